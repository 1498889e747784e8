import { browser } from 'wxt/browser';
import type { PageMemoryState } from './page-memory';
import { memoryStore, type StateStore } from './page-memory-service';

const KEY = 'pageMemory';

/**
 * storage.session: kept while the browser runs, across service-worker restarts, cleared when it closes —
 * the lifetime of "pages seen in this working session". Falls back to plain memory where the browser has
 * no session storage.
 */
export function sessionStore(): StateStore {
  const area = browser.storage?.session;
  if (!area) return memoryStore();
  return {
    load: async () => {
      const stored = (await area.get(KEY))[KEY];
      // An earlier release stored the object itself; anything unreadable starts afresh (restorePageMemoryState).
      if (typeof stored !== 'string') return stored;
      try {
        return JSON.parse(stored) as unknown;
      } catch {
        return undefined;
      }
    },
    // Stored as one JSON string: the memory is written after every page of every tab, and handing the browser
    // the object made the worker every tab shares serialise each record, subfield by subfield, in its own
    // thread (30 remembered bibs, 700 kB: about 200 ms blocked per write; as a string about 9 ms).
    save: (value: PageMemoryState) => area.set({ [KEY]: JSON.stringify(value) }),
    onCleared: (listener) =>
      browser.storage.onChanged.addListener((changes, areaName) => {
        if (areaName === 'session' && Object.hasOwn(changes, KEY) && changes[KEY]?.newValue === undefined) listener();
      }),
  };
}
