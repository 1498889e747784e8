import type { MarcRecord } from '../lib/marc/types';
import type { ItemMemoryKey, ItemRecord } from '../lib/page-model';
import { observePage } from '../lib/oclc/holdings-events';
import type { HoldingsMemory } from '../lib/oclc/holdings-memory';
import { createHoldingsMemory } from '../lib/oclc/holdings-memory';
import type { HoldingsAction, Reminder } from '../lib/oclc/reminder';
import type { PageContext } from '../lib/procedures/context';
import { bibOf, mmsIdOf } from '../lib/procedures/context';
import { carryOverWithdrawnItems, previousForComparison } from '../content/page-context/enrich';
import { isPlainObject } from '../lib/is-plain-object';

/**
 * The companion's one record memory: what the background remembers of the pages catalogers saw, in any tab
 * of the browser session, so a later page can be compared with an earlier one or complete what it does not
 * show: lib/oclc's holdings memory (items and OCLC numbers per MMS ID), the last bib records seen in the
 * Metadata Editor by MMS ID (so the item editor and list pages of any tab know the bib), the fields of items
 * seen (the item editor's tabs are separate pages), and per tab the previous page and the reminders still
 * on screen. Plain JSON (kept in storage.session), bounded, never mutated.
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

export interface RememberedItemFields {
  fields: Partial<ItemRecord>;
  seen: number;
}

export interface PageMemoryState {
  version: typeof PAGE_MEMORY_VERSION;
  clock: number;
  holdings: HoldingsMemory;
  bibs: Record<string, RememberedRecord>;
  /** By itemMemoryKey: the item's PID, or the unsaved item of one tab and bib. */
  items: Record<string, RememberedItemFields>;
  tabs: Record<string, TabMemory>;
}

export const PAGE_MEMORY_VERSION = 2;

/** Enough for a working session; small against storage.session's quota (records are a few kB each). */
export const PAGE_MEMORY_LIMITS = { bibs: 30, items: 50, tabs: 20, remindersPerTab: 10 } as const;

/**
 * A remembered record keeps at most this many fields, subfields per field and characters per value. MARC
 * itself stops far below (an ISO 2709 field is under 10,000 bytes); only a stuck key or a bad paste goes past.
 */
export const PAGE_MEMORY_RECORD_LIMITS = { fields: 2_000, subfields: 1_000, characters: 10_000 } as const;

export function createPageMemoryState(): PageMemoryState {
  return { version: PAGE_MEMORY_VERSION, clock: 0, holdings: createHoldingsMemory(), bibs: {}, items: {}, tabs: {} };
}

/** A stored value when it has this version's shape; anything else (older, damaged) starts afresh. */
export function restorePageMemoryState(value: unknown): PageMemoryState {
  if (typeof value !== 'object' || value === null) return createPageMemoryState();
  const state = value as Partial<PageMemoryState>;
  const valid =
    state.version === PAGE_MEMORY_VERSION &&
    typeof state.clock === 'number' &&
    isPlainObject(state.bibs) &&
    isPlainObject(state.items) &&
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
  // What is kept is bounded: the whole memory is written to storage.session after every page, and one
  // pathological record (20,000 empty subfields) made each write block the worker every tab shares.
  const kept = boundedContext(current);
  const tabs = boundBySeen(
    { ...state.tabs, [tab]: { previous: kept, reminders, seen: clock } },
    PAGE_MEMORY_LIMITS.tabs,
  );
  return {
    state: { ...state, clock, holdings: memory, bibs: bibsWithContext(state.bibs, kept, clock), tabs },
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

function bibsWithContext(
  bibs: Record<string, RememberedRecord>,
  context: PageContext,
  clock: number,
): Record<string, RememberedRecord> {
  const record = bibOf(context);
  const mmsId = mmsIdOf(context);
  if (!record || !mmsId) return bibs;
  return boundBySeen({ ...bibs, [mmsId]: { record, seen: clock } }, PAGE_MEMORY_LIMITS.bibs);
}

/**
 * The page as remembered: its records with every field cut to PAGE_MEMORY_RECORD_LIMITS (the same object
 * when nothing is over them, which is every real record). What the memory is read for (the leader, 001, 035,
 * 300, the record's status, the item and holdings lists) is far inside the limits.
 */
export function boundedContext(context: PageContext): PageContext {
  const record = context.record && boundedRecord(context.record);
  const bib = context.bib && (context.bib === context.record ? record : boundedRecord(context.bib));
  if (record === context.record && bib === context.bib) return context;
  const bounded = { ...context };
  if (record) bounded.record = record;
  if (bib) bounded.bib = bib;
  return bounded;
}

export function boundedRecord(record: MarcRecord): MarcRecord {
  const { fields: fieldLimit, subfields: subfieldLimit, characters } = PAGE_MEMORY_RECORD_LIMITS;
  const within = (field: MarcRecord['fields'][number]): boolean =>
    'subfields' in field
      ? field.subfields.length <= subfieldLimit &&
        field.subfields.every((subfield) => subfield.value.length <= characters)
      : field.value.length <= characters;
  if (record.fields.length <= fieldLimit && record.fields.every(within)) return record;
  return {
    ...record,
    fields: record.fields.slice(0, fieldLimit).map((field) => {
      if (within(field)) return field;
      if (!('subfields' in field)) return { ...field, value: field.value.slice(0, characters) };
      const subfields = field.subfields
        .slice(0, subfieldLimit)
        .map((subfield) => ({ code: subfield.code, value: subfield.value.slice(0, characters) }));
      return { ...field, subfields };
    }),
  };
}

/** The bib record last seen for this MMS ID, or null. */
export function recallBibRecord(state: PageMemoryState, mmsId: string): MarcRecord | null {
  return Object.hasOwn(state.bibs, mmsId) ? (state.bibs[mmsId]?.record ?? null) : null;
}

/**
 * Where an item's fields are kept: by PID across all tabs; an unsaved item (no PID yet) only for the tab
 * that shows it, as one item per bib, since two tabs adding items to one bib are two different items.
 */
export function itemMemoryKey(tab: string, key: ItemMemoryKey): string {
  return key.itemId ? `item:${key.itemId}` : `new:${tab}:${key.mmsId ?? ''}`;
}

/**
 * Merges the fields one page of the item editor shows into what is remembered of the item: each field sent
 * replaces the remembered one, fields not sent (not on this page: unknown, not empty) are kept.
 */
export function rememberItemFields(
  state: PageMemoryState,
  key: string,
  fields: Partial<ItemRecord>,
): { state: PageMemoryState; fields: Partial<ItemRecord> } {
  const clock = state.clock + 1;
  const merged = { ...(Object.hasOwn(state.items, key) ? state.items[key]?.fields : undefined), ...fields };
  const items = boundBySeen({ ...state.items, [key]: { fields: merged, seen: clock } }, PAGE_MEMORY_LIMITS.items);
  return { state: { ...state, clock, items }, fields: merged };
}

/** The item's fields as remembered from the pages seen, or null. */
export function recallItemFields(state: PageMemoryState, key: string): Partial<ItemRecord> | null {
  return Object.hasOwn(state.items, key) ? (state.items[key]?.fields ?? null) : null;
}

/**
 * Forgets what was remembered of one item: an unsaved item once it is saved, so the next new item of the same
 * bib in that tab (the same memory key) starts from its own pages, not from the previous one's other tab.
 */
export function forgetItemFields(state: PageMemoryState, key: string): PageMemoryState {
  if (!Object.hasOwn(state.items, key)) return state;
  const { [key]: _forgotten, ...items } = state.items;
  return { ...state, items };
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

/** A closed tab's previous page, reminders and unsaved items mean nothing any more. */
export function forgetTab(state: PageMemoryState, tab: string): PageMemoryState {
  const unsaved = `new:${tab}:`;
  const itemKeys = Object.keys(state.items).filter((key) => key.startsWith(unsaved));
  if (!Object.hasOwn(state.tabs, tab) && itemKeys.length === 0) return state;
  const { [tab]: _closed, ...tabs } = state.tabs;
  const items = { ...state.items };
  for (const key of itemKeys) delete items[key];
  return { ...state, tabs, items };
}

function boundBySeen<T extends { seen: number }>(entries: Record<string, T>, limit: number): Record<string, T> {
  const keys = Object.keys(entries);
  if (keys.length <= limit) return entries;
  keys.sort((a, b) => entries[b]!.seen - entries[a]!.seen);
  const kept: Record<string, T> = {};
  for (const key of keys.slice(0, limit)) kept[key] = entries[key]!;
  return kept;
}
