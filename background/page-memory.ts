import type { MarcRecord } from '../lib/marc/types';
import { observePage } from '../lib/oclc/holdings-events';
import type { HoldingsMemory } from '../lib/oclc/holdings-memory';
import { createHoldingsMemory } from '../lib/oclc/holdings-memory';
import type { HoldingsAction, Reminder } from '../lib/oclc/reminder';
import type { PageContext } from '../lib/procedures/context';
import { bibOf, mmsIdOf } from '../lib/procedures/context';
import { carryOverWithdrawnItems, previousForComparison } from '../content/page-context/enrich';
import { isPlainObject } from '../lib/is-plain-object';

/**
 * What the background remembers of the pages catalogers saw, so a later page can be compared with an
 * earlier one: lib/oclc's holdings memory (items and OCLC numbers per MMS ID), the last bib records seen
 * in the Metadata Editor (so item and list pages know the bib), and per tab the previous page and the
 * reminders still on screen. Plain JSON (kept in storage.session), bounded, never mutated.
 */
export interface TabMemory {
  previous: PageContext | null;
  /** Reminders shown until the cataloger adds or dismisses them; newest last. */
  reminders: Reminder[];
  seen: number;
}

export interface RememberedRecord {
  record: MarcRecord;
  seen: number;
}

export interface PageMemoryState {
  version: typeof PAGE_MEMORY_VERSION;
  clock: number;
  holdings: HoldingsMemory;
  bibs: Record<string, RememberedRecord>;
  tabs: Record<string, TabMemory>;
}

export const PAGE_MEMORY_VERSION = 1;

/** Enough for a working session; small against storage.session's quota (records are a few kB each). */
export const PAGE_MEMORY_LIMITS = { bibs: 30, tabs: 20, remindersPerTab: 10 } as const;

export function createPageMemoryState(): PageMemoryState {
  return { version: PAGE_MEMORY_VERSION, clock: 0, holdings: createHoldingsMemory(), bibs: {}, tabs: {} };
}

/** A stored value when it has this version's shape; anything else (older, damaged) starts afresh. */
export function restorePageMemoryState(value: unknown): PageMemoryState {
  if (typeof value !== 'object' || value === null) return createPageMemoryState();
  const state = value as Partial<PageMemoryState>;
  const valid =
    state.version === PAGE_MEMORY_VERSION &&
    typeof state.clock === 'number' &&
    isPlainObject(state.bibs) &&
    isPlainObject(state.tabs) &&
    isPlainObject(state.holdings) &&
    isPlainObject(state.holdings.bibs) &&
    typeof state.holdings.tick === 'number';
  return valid ? (state as PageMemoryState) : createPageMemoryState();
}

export interface ObserveResult {
  state: PageMemoryState;
  /** Reminders of this page change (also included in `reminders`). */
  fresh: Reminder[];
  /** Every reminder the tab should show now. */
  reminders: Reminder[];
}

/** Records a page seen in tab `tab`, detects holdings events against that tab's previous page. */
export function observeTabPage(state: PageMemoryState, tab: string, context: PageContext): ObserveResult {
  const clock = state.clock + 1;
  const known = state.tabs[tab];
  const previous = known?.previous ?? null;
  const current = carryOverWithdrawnItems(previous, context);
  const { reminders: fresh, memory } = observePage(state.holdings, previousForComparison(previous, current), current);
  const reminders = mergeReminders(known?.reminders ?? [], fresh);
  const tabs = boundBySeen(
    { ...state.tabs, [tab]: { previous: current, reminders, seen: clock } },
    PAGE_MEMORY_LIMITS.tabs,
  );
  return {
    state: { ...state, clock, holdings: memory, bibs: rememberBib(state.bibs, current, clock), tabs },
    fresh,
    reminders,
  };
}

/** A new reminder replaces older ones for the same bib: the latest change decides what WorldCat needs. */
function mergeReminders(shown: readonly Reminder[], fresh: readonly Reminder[]): Reminder[] {
  let merged = [...shown];
  for (const reminder of fresh) merged = [...merged.filter((old) => old.mmsId !== reminder.mmsId), reminder];
  return merged.slice(-PAGE_MEMORY_LIMITS.remindersPerTab);
}

function rememberBib(
  bibs: Record<string, RememberedRecord>,
  context: PageContext,
  clock: number,
): Record<string, RememberedRecord> {
  const record = bibOf(context);
  const mmsId = mmsIdOf(context);
  if (!record || !mmsId) return bibs;
  return boundBySeen({ ...bibs, [mmsId]: { record, seen: clock } }, PAGE_MEMORY_LIMITS.bibs);
}

/** The bib record last seen for this MMS ID, or null. */
export function recallBibRecord(state: PageMemoryState, mmsId: string): MarcRecord | null {
  return Object.hasOwn(state.bibs, mmsId) ? (state.bibs[mmsId]?.record ?? null) : null;
}

/** Removes the tab's reminder for this bib and action (added to the worklist, or dismissed). */
export function dismissTabReminder(
  state: PageMemoryState,
  tab: string,
  which: { mmsId: string; action: HoldingsAction },
): { state: PageMemoryState; reminders: Reminder[] } {
  const known = state.tabs[tab];
  if (!known) return { state, reminders: [] };
  const reminders = known.reminders.filter(
    (reminder) => reminder.mmsId !== which.mmsId || reminder.action !== which.action,
  );
  return { state: { ...state, tabs: { ...state.tabs, [tab]: { ...known, reminders } } }, reminders };
}

/** The tab's reminders without recording a page. */
export function tabReminders(state: PageMemoryState, tab: string): Reminder[] {
  return state.tabs[tab]?.reminders ?? [];
}

export function forgetTab(state: PageMemoryState, tab: string): PageMemoryState {
  if (!Object.hasOwn(state.tabs, tab)) return state;
  const { [tab]: _closed, ...tabs } = state.tabs;
  return { ...state, tabs };
}

function boundBySeen<T extends { seen: number }>(entries: Record<string, T>, limit: number): Record<string, T> {
  const keys = Object.keys(entries);
  if (keys.length <= limit) return entries;
  keys.sort((a, b) => entries[b]!.seen - entries[a]!.seen);
  const kept: Record<string, T> = {};
  for (const key of keys.slice(0, limit)) kept[key] = entries[key]!;
  return kept;
}
