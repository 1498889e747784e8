import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDatabaseService } from '../background/database-service';
import { createCompanionHandlers } from '../background/handlers';
import { createPageMemoryService } from '../background/page-memory-service';
import { sessionStore } from '../background/session-store';
import { handleValidate } from '../background/validation-handler';
import { handleBackgroundMessages, type BackgroundHandlers } from '../extension/messaging';
import { loadSettings } from '../extension/storage';

/**
 * Runs the validation engine for all content scripts (background/validation-handler.ts), and owns long-lived
 * state — the companion database (checklist progress, OCLC worklist) and the memory of
 * earlier pages — and answers the typed messages of extension/messaging from content scripts and extension pages.
 */
export default defineBackground(() => {
  const database = createDatabaseService();
  const pages = createPageMemoryService(sessionStore(), (error) =>
    console.warn('[Alma Companion] background: the memory of earlier pages could not be stored or read', error),
  );
  const handlers: BackgroundHandlers = {
    ping: () => ({ version: browser.runtime.getManifest().version }),
    validate: handleValidate,
    ...createCompanionHandlers({
      database,
      pages,
      retentionDays: async () => (await loadSettings()).ui.checklistRetentionDays,
      openWorklist: async () => {
        await browser.tabs.create({ url: browser.runtime.getURL('/worklist.html') });
      },
    }),
  };
  handleBackgroundMessages(handlers);
  // A closed tab's previous page and reminders mean nothing any more.
  browser.tabs.onRemoved.addListener((tabId) => void pages.forgetTab(`tab:${tabId}`));
});
