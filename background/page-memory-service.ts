import type { MarcRecord } from '../lib/marc/types';
import type { ItemMemoryKey, ItemRecord } from '../lib/page-model';
import type { HoldingsAction, Reminder } from '../lib/oclc/reminder';
import type { PageContext } from '../lib/procedures/context';
import {
  createPageMemoryState,
  dismissTabReminder,
  forgetTab,
  itemMemoryKey,
  observeTabPage,
  recallBibRecord,
  recallItemFields,
  forgetItemFields,
  rememberItemFields,
  restorePageMemoryState,
  tabReminders,
  type PageMemoryState,
} from './page-memory';

/** Where the page memory is kept between service-worker restarts (storage.session in the extension). */
export interface StateStore {
  load(): Promise<unknown>;
  save(value: PageMemoryState): Promise<void>;
  /** Calls `listener` when the stored memory is removed from outside (the browser's tools, a test). */
  onCleared?(listener: () => void): void;
}

/** A store in plain memory, for tests and for browsers without storage.session. */
export function memoryStore(): StateStore {
  let value: unknown;
  return {
    load: async () => value,
    save: async (next) => {
      value = next;
    },
  };
}

export interface PageMemoryService {
  observe(tab: string, context: PageContext): Promise<Reminder[]>;
  reminders(tab: string): Promise<Reminder[]>;
  recallBib(mmsId: string): Promise<MarcRecord | null>;
  /** Merges the fields a page of the item editor shows; resolves with everything remembered of the item. */
  rememberItem(tab: string, key: ItemMemoryKey, fields: Partial<ItemRecord>): Promise<Partial<ItemRecord>>;
  recallItem(tab: string, key: ItemMemoryKey): Promise<Partial<ItemRecord> | null>;
  /** Forgets what is remembered of the item (an unsaved item that is being saved). */
  forgetItem(tab: string, key: ItemMemoryKey): Promise<void>;
  dismiss(tab: string, which: { mmsId: string; action: HoldingsAction }): Promise<Reminder[]>;
  forgetTab(tab: string): Promise<void>;
}

/**
 * The memory of earlier pages (background/page-memory.ts) behind one queue: frames of several tabs
 * report pages at the same time, and each change must see the one before it. A store that fails to load
 * or save does not stop reminders: the service then keeps going with what it has in memory.
 */
export function createPageMemoryService(
  store: StateStore,
  onError: (error: unknown) => void = () => undefined,
): PageMemoryService {
  let state: PageMemoryState | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const current = async (): Promise<PageMemoryState> => {
    if (state) return state;
    try {
      state = restorePageMemoryState(await store.load());
    } catch (error) {
      onError(error);
      state = createPageMemoryState();
    }
    return state;
  };
  const commit = async (next: PageMemoryState): Promise<void> => {
    state = next;
    try {
      await store.save(next);
    } catch (error) {
      onError(error);
    }
  };
  /** Runs `task` after every earlier one, whatever their outcome. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  // Cleared storage means a clean memory, not the copy this worker still holds.
  store.onCleared?.(() => {
    void serial(async () => {
      state = null;
    });
  });

  return {
    observe: (tab, context) =>
      serial(async () => {
        const result = observeTabPage(await current(), tab, assertPageContext(context));
        await commit(result.state);
        return result.reminders;
      }),
    reminders: (tab) => serial(async () => tabReminders(await current(), tab)),
    recallBib: (mmsId) => serial(async () => recallBibRecord(await current(), mmsId)),
    rememberItem: (tab, key, fields) =>
      serial(async () => {
        const result = rememberItemFields(await current(), itemMemoryKey(tab, key), fields);
        await commit(result.state);
        return result.fields;
      }),
    recallItem: (tab, key) => serial(async () => recallItemFields(await current(), itemMemoryKey(tab, key))),
    forgetItem: (tab, key) =>
      serial(async () => {
        await commit(forgetItemFields(await current(), itemMemoryKey(tab, key)));
      }),
    dismiss: (tab, which) =>
      serial(async () => {
        const result = dismissTabReminder(await current(), tab, which);
        await commit(result.state);
        return result.reminders;
      }),
    forgetTab: (tab) =>
      serial(async () => {
        await commit(forgetTab(await current(), tab));
      }),
  };
}

/** Messages cross a trust boundary in shape if not in origin: a malformed page is refused, not stored. */
export function assertPageContext(value: unknown): PageContext {
  const context = value as Partial<PageContext> | null;
  if (typeof context !== 'object' || context === null || typeof context.kind !== 'string') {
    throw new Error('The page description is missing its page kind; nothing was recorded.');
  }
  if (typeof context.profile !== 'object' || context.profile === null) {
    throw new Error('The page description is missing the institution profile; nothing was recorded.');
  }
  if (context.items !== undefined && !Array.isArray(context.items)) {
    throw new Error('The page description lists items in an unexpected form; nothing was recorded.');
  }
  return context as PageContext;
}
