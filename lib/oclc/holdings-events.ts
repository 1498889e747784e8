import type { ItemListRow, PageContext } from '../procedures/context';
import { bibOf, controlNumberOf, mmsIdOf } from '../procedures/context';
import { titleOf } from '../procedures/bib-facts';
import { isActiveItem } from '../procedures/item-facts';
import type { HoldingsMemory } from './holdings-memory';
import { findItemHome, listCoversBib, recallBib, rememberPage, sameItem, stillEditing } from './holdings-memory';
import { isActiveListRow, type ListState, listStateOf } from './list-state';
import { extractOclcNumbers } from './oclc-number';
import type { HoldingsEventKind, Reminder } from './reminder';
import { actionOf, buildReminder } from './reminder';

/** Whether the bib has (other) active items: known yes, known no, or the pages seen cannot tell. */
type Presence = 'some' | 'none' | 'unknown';

interface ItemRef {
  itemId: string | null;
  barcode: string;
}

interface HoldingsEvent {
  kind: HoldingsEventKind;
  mmsId: string;
  /** For set: does the bib have other active items? For delete: does it keep any? */
  others: Presence;
  /** The change itself was seen (a saved list), not only started (an editor left, a relink page). */
  certain: boolean;
  /** Suppression and deletion marks always ask: they do not prove the copies left. */
  alwaysAsk?: boolean;
  doubt?: string;
  /** What the list on screen showed, when the event comes from (or is confirmed by) a list. */
  seen?: ListState;
  /** Only for a bib whose MARC was seen with an OCLC number: a state alone never asks about an unknown bib. */
  needsKnownNumber?: boolean;
}

/**
 * The WorldCat holdings moments between two pages: first item added, last item withdrawn or moved to
 * a withdrawn location, item reinstated, relink from one bib to another, bib suppressed or marked for
 * deletion. Uses only what the pages show plus what `memory` saw earlier of the same MMS IDs; when they
 * cannot tell, the reminder asks (needsConfirmation) rather than guess. Pure: update the memory
 * afterwards with rememberPage (or use observePage, which does both).
 */
export function detectHoldingsEvents(
  previous: PageContext | null,
  current: PageContext,
  memory: HoldingsMemory,
): Reminder[] {
  const events: HoldingsEvent[] = [
    ...listStateEvents(current),
    ...itemsListEvents(current, memory),
    ...itemEditorEvents(previous, current, memory),
    ...lastItemDialogEvents(previous, current, memory),
    ...relinkPageEvents(previous, current, memory),
    ...bibStatusEvents(previous, current, memory),
  ];
  const reminders: Reminder[] = [];
  for (const event of events) {
    const reminder = toReminder(event, previous, current, memory);
    if (!reminder) continue;
    const same = reminders.findIndex((r) => r.mmsId === reminder.mmsId && r.action === reminder.action);
    if (same < 0) reminders.push(reminder);
    else if (reminders[same]!.needsConfirmation && !reminder.needsConfirmation) reminders[same] = reminder;
    // The reminder kept says what the list showed, whichever event brought it.
    const kept = reminders[same < 0 ? reminders.length - 1 : same]!;
    if (!kept.seen && reminder.seen) kept.seen = reminder.seen;
  }
  return reminders;
}

/** Detects the events of a page change and returns the updated memory with them. */
export function observePage(
  memory: HoldingsMemory,
  previous: PageContext | null,
  current: PageContext,
): { reminders: Reminder[]; memory: HoldingsMemory } {
  const reminders = detectHoldingsEvents(previous, current, memory);
  return { reminders, memory: rememberPage(memory, previous, current, reminders) };
}

// ---- A list's state: no active copy left, whatever happened before ----

/**
 * A List of Items or List of Holdings that shows every copy of the bib (its count says so, it is not one
 * holdings record's items) and none of them active: the WorldCat holding should go, however the copies went
 * (withdrawn in another tab, moved to a withdrawn location, a dialog the extension cannot read). A list that
 * shows part of the copies (paged, one holdings record, no count) cannot say "none left", and an empty one cannot
 * say any copy went: no reminder (an empty list after a list with active copies is the memory's last-item case).
 */
function listStateEvents(current: PageContext): HoldingsEvent[] {
  const state = listStateOf(current);
  // An empty list proves no copy went: a bib on order, or an electronic one, never had a WorldCat holding to delete.
  if (!state || state.partial !== null || state.shown === 0 || state.active > 0) return [];
  return [
    {
      kind: 'no-active-copies',
      mmsId: state.mmsId,
      others: 'none',
      certain: true,
      seen: state,
      needsKnownNumber: true,
    },
  ];
}

// ---- Items list: compare the saved list with what was remembered ----

function itemsListEvents(current: PageContext, memory: HoldingsMemory): HoldingsEvent[] {
  const mmsId = mmsIdOf(current);
  if (current.kind !== 'items-list' || !current.items || !mmsId) return [];
  const events: HoldingsEvent[] = [];
  const profile = current.profile;
  const remembered = recallBib(memory, mmsId);
  const complete = listCoversBib(current);
  const activeNow = current.items.some((row) => isActiveListRow(row, profile));
  const state = listStateOf(current);
  const seen = state && state.partial === null ? { seen: state } : {};

  for (const row of current.items) {
    const home = findItemHome(memory, row);
    if (!home) continue;
    const active = isActiveListRow(row, profile);
    if (home.mmsId !== mmsId) {
      events.push({
        kind: 'relinked-away',
        mmsId: home.mmsId,
        others: otherActive(home.mmsId, [row], null, memory),
        certain: true,
      });
      if (active)
        events.push({ kind: 'relinked-in', mmsId, others: otherActive(mmsId, [row], current, memory), certain: true });
    } else if (home.item.active && !active) {
      events.push({
        kind: 'moved-to-withdrawn-location',
        mmsId,
        others: otherActive(mmsId, [row], current, memory),
        certain: true,
      });
    } else if (!home.item.active && active) {
      events.push({
        kind: 'item-reinstated',
        mmsId,
        others: otherActive(mmsId, [row], current, memory),
        certain: true,
        ...seen,
      });
    }
  }

  // Bib-level comparison: a complete remembered list against the list now shown.
  if (remembered?.itemsComplete) {
    const activeBefore = remembered.items.some((item) => item.active);
    if (!activeBefore && activeNow) {
      events.push({ kind: 'first-item-added', mmsId, others: 'none', certain: true, ...seen });
    } else if (activeBefore && !activeNow && complete) {
      const gone = remembered.items.some((item) => item.active && !current.items!.some((row) => sameItem(row, item)));
      events.push({
        kind: gone ? 'last-item-withdrawn' : 'moved-to-withdrawn-location',
        mmsId,
        others: 'none',
        certain: true,
        ...seen,
      });
    }
  }
  return events;
}

// ---- Leaving the Physical Item Editor ----

function itemEditorEvents(previous: PageContext | null, current: PageContext, memory: HoldingsMemory): HoldingsEvent[] {
  if (previous?.kind !== 'item-editor' || !previous.item || stillEditing(previous, current)) return [];
  const item = previous.item;
  const mmsId = mmsIdOf(previous);
  if (!mmsId) return [];
  const home = findItemHome(memory, item);
  const isNew = previous.itemIsNew ?? (item.itemId === null && !home);
  const list = current.kind === 'items-list' && mmsIdOf(current) === mmsId ? current : null;
  const row = list?.items?.find((candidate) => sameItem(candidate, item));
  if (list && !row) return []; // back on the list and the item is not there: the edit was cancelled
  const activeAfter = row ? isActiveListRow(row, current.profile) : isActiveItem(item, previous.profile);
  const certain = row !== undefined;
  const doubt = certain ? undefined : 'The page did not show whether the item was saved.';
  const others = (bib: string) => otherActive(bib, [item], list, memory);

  if (home && home.mmsId !== mmsId) {
    const events: HoldingsEvent[] = [
      { kind: 'relinked-away', mmsId: home.mmsId, others: others(home.mmsId), certain, doubt },
    ];
    if (activeAfter) events.push({ kind: 'relinked-in', mmsId, others: others(mmsId), certain, doubt });
    return events;
  }
  const activeBefore = isNew ? false : home?.item.active;
  if (activeAfter && activeBefore === false) {
    return [{ kind: isNew ? 'first-item-added' : 'item-reinstated', mmsId, others: others(mmsId), certain, doubt }];
  }
  if (!activeAfter && activeBefore === true) {
    return [{ kind: 'moved-to-withdrawn-location', mmsId, others: others(mmsId), certain, doubt }];
  }
  return [];
}

// ---- "The last item of this holdings record was deleted or moved" ----

function lastItemDialogEvents(
  previous: PageContext | null,
  current: PageContext,
  memory: HoldingsMemory,
): HoldingsEvent[] {
  if (current.kind !== 'withdraw-dialog' || current.withdrawDialog !== 'last-item') return [];
  if (previous?.kind === 'withdraw-dialog' && previous.withdrawDialog === 'last-item') return [];
  const mmsId = mmsIdOf(current) ?? (previous ? mmsIdOf(previous) : undefined);
  if (!mmsId) return [];
  const leaving: ItemRef[] = [
    ...actedOnRows(current.items),
    ...(previous?.kind === 'items-list' ? actedOnRows(previous.items, true) : []),
    ...(previous?.item ? [previous.item] : []),
  ];
  const list = previous?.kind === 'items-list' && mmsIdOf(previous) === mmsId ? previous : null;
  // Without knowing which items are leaving, the active items on screen may be exactly those.
  const others = leaving.length > 0 ? otherActive(mmsId, leaving, list, memory) : 'unknown';
  return [
    {
      kind: 'last-item-withdrawn',
      mmsId,
      others,
      certain: true,
      doubt: 'Alma says this holdings record lost its last item, but the bib may have other holdings.',
    },
  ];
}

/** Rows a withdraw acts on: the ticked ones, or (when nothing is ticked and `onlySelected` is off) all. */
function actedOnRows(rows: readonly ItemListRow[] | undefined, onlySelected = false): ItemRef[] {
  if (!rows) return [];
  const selected = rows.filter((row) => row.selected === true);
  return selected.length > 0 || onlySelected ? selected : [...rows];
}

// ---- Relink page ----

function relinkPageEvents(previous: PageContext | null, current: PageContext, memory: HoldingsMemory): HoldingsEvent[] {
  if (current.kind !== 'relink' || !current.relink || previous?.kind === 'relink') return [];
  const { sourceMmsId, targetMmsId } = current.relink;
  const events: HoldingsEvent[] = [];
  const doubt = 'A relink is under way; the page cannot show which copies each bib keeps.';
  // The source loses copies: a reminder matters only if it had any active ones.
  if (sourceMmsId && otherActive(sourceMmsId, [], null, memory) !== 'none') {
    events.push({ kind: 'relinked-away', mmsId: sourceMmsId, others: 'unknown', certain: false, doubt });
  }
  if (targetMmsId) {
    events.push({
      kind: 'relinked-in',
      mmsId: targetMmsId,
      others: otherActive(targetMmsId, [], null, memory),
      certain: false,
      doubt,
    });
  }
  return events;
}

// ---- Bib suppressed or marked for deletion ----

function bibStatusEvents(previous: PageContext | null, current: PageContext, memory: HoldingsMemory): HoldingsEvent[] {
  const bib = bibOf(current);
  const mmsId = mmsIdOf(current);
  if (!bib || bib !== current.record || !mmsId || !current.recordStatus) return [];
  const before =
    previous && bibOf(previous) === previous.record && mmsIdOf(previous) === mmsId ? previous.recordStatus : undefined;
  const remembered = recallBib(memory, mmsId);
  const events: HoldingsEvent[] = [];
  const turnedOn = (now: boolean | undefined, then: boolean | undefined, earlier: boolean | undefined) =>
    now === true && (then === false || (then === undefined && earlier === false));
  if (turnedOn(current.recordStatus.suppressed, before?.suppressed, remembered?.suppressed)) {
    events.push({
      kind: 'bib-suppressed',
      mmsId,
      others: 'unknown',
      certain: false,
      alwaysAsk: true,
      doubt: 'Suppression hides the title but does not prove the copies are gone.',
    });
  }
  if (turnedOn(current.recordStatus.markedForDeletion, before?.markedForDeletion, remembered?.markedForDeletion)) {
    events.push({
      kind: 'bib-marked-for-deletion',
      mmsId,
      others: 'unknown',
      certain: false,
      alwaysAsk: true,
      doubt: "A duplicate's copies may live on another record with the same OCLC number.",
    });
  }
  return events;
}

// ---- Shared ----

/**
 * Does the bib have active items other than `excluded`? From the list on screen when it belongs to the
 * bib, else from memory. "some" needs one active item seen; "none" needs a list of every item.
 */
function otherActive(
  mmsId: string,
  excluded: readonly ItemRef[],
  list: PageContext | null,
  memory: HoldingsMemory,
): Presence {
  const isExcluded = (item: ItemRef) => excluded.some((other) => sameItem(other, item));
  if (list && list.kind === 'items-list' && list.items && mmsIdOf(list) === mmsId) {
    if (list.items.some((row) => !isExcluded(row) && isActiveListRow(row, list.profile))) return 'some';
    if (listCoversBib(list)) return 'none';
    // A partial list: other holdings may still have copies the memory knows about.
    const remembered = recallBib(memory, mmsId);
    const elsewhere = remembered?.items.some(
      (item) => item.active && !isExcluded(item) && !list.items!.some((row) => sameItem(row, item)),
    );
    return elsewhere ? 'some' : 'unknown';
  }
  const remembered = recallBib(memory, mmsId);
  if (!remembered) return 'unknown';
  if (remembered.items.some((item) => item.active && !isExcluded(item))) return 'some';
  return remembered.itemsComplete ? 'none' : 'unknown';
}

/** The bib's OCLC numbers and title from the pages or memory; null numbers when the MARC was never seen. */
function bibFacts(
  mmsId: string,
  previous: PageContext | null,
  current: PageContext,
  memory: HoldingsMemory,
): { numbers: string[] | null; title: string } {
  for (const ctx of [current, previous]) {
    if (!ctx) continue;
    const bib = bibOf(ctx);
    if (bib && (controlNumberOf(bib) === mmsId || mmsIdOf(ctx) === mmsId)) {
      return { numbers: extractOclcNumbers(bib), title: titleOf(bib) || ctx.title || '' };
    }
  }
  const remembered = recallBib(memory, mmsId);
  const pageTitle = [current, previous].find((ctx) => ctx && mmsIdOf(ctx) === mmsId && ctx.title)?.title;
  return { numbers: remembered?.oclcNumbers ?? null, title: remembered?.title || pageTitle || '' };
}

function toReminder(
  event: HoldingsEvent,
  previous: PageContext | null,
  current: PageContext,
  memory: HoldingsMemory,
): Reminder | null {
  const action = actionOf(event.kind);
  // Another active copy remains (delete) or already exists (set): WorldCat is already right.
  if (event.others === 'some' && !event.alwaysAsk) return null;
  if (recallBib(memory, event.mmsId)?.lastReminder === action) return null;
  const facts = bibFacts(event.mmsId, previous, current, memory);
  if (facts.numbers !== null && facts.numbers.length === 0) return null; // no OCLC number: nothing to maintain by number
  if (event.needsKnownNumber && facts.numbers === null) return null;
  const needsConfirmation =
    event.alwaysAsk === true || !event.certain || event.others === 'unknown' || facts.numbers === null;
  const doubts = [
    event.doubt,
    event.others === 'unknown' && !event.alwaysAsk ? 'The pages seen do not show every item of the bib.' : undefined,
  ];
  return buildReminder(
    {
      event: event.kind,
      mmsId: event.mmsId,
      title: facts.title,
      oclcNumber: facts.numbers?.[0] ?? null,
      needsConfirmation,
      doubt: needsConfirmation ? doubts.filter(Boolean).join(' ') || undefined : undefined,
      ...(event.seen ? { seen: event.seen } : {}),
    },
    current.profile,
  );
}
