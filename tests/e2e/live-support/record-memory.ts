import type { ExtensionBrowser } from '../support/extension-browser';

/** The part of the extension API these helpers use inside the service worker. */
interface ChromeSessionStorage {
  chrome: {
    storage: { session: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> } };
  };
}

/**
 * Whether the background's record memory (storage.session, shared by every tab) holds the bib with this
 * MMS ID: an item page opened after that knows the bib, whichever tab showed it.
 */
export async function bibRemembered(extension: ExtensionBrowser, mmsId: string): Promise<boolean> {
  const worker = extension.context.serviceWorkers()[0] ?? (await extension.context.waitForEvent('serviceworker'));
  return worker.evaluate(async (id) => {
    const { session } = (globalThis as unknown as ChromeSessionStorage).chrome.storage;
    // The background stores its memory as one JSON string (background/session-store.ts).
    const stored = (await session.get('pageMemory')).pageMemory;
    const memory = (typeof stored === 'string' ? JSON.parse(stored) : stored) as
      | { bibs?: Record<string, unknown> }
      | undefined;
    return Object.hasOwn(memory?.bibs ?? {}, id);
  }, mmsId);
}

/** Empties the record memory, as a new browser session would (the background drops its copy too). */
export async function clearRecordMemory(extension: ExtensionBrowser): Promise<void> {
  await extension.context.serviceWorkers()[0]?.evaluate(async () => {
    await (globalThis as unknown as ChromeSessionStorage).chrome.storage.session.remove('pageMemory');
  });
}
