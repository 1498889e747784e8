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
    load: async () => (await area.get(KEY))[KEY],
    save: (value: PageMemoryState) => area.set({ [KEY]: value }),
    onCleared: (listener) =>
      browser.storage.onChanged.addListener((changes, areaName) => {
        if (areaName === 'session' && Object.hasOwn(changes, KEY) && changes[KEY]?.newValue === undefined) listener();
      }),
  };
}
