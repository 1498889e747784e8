import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDatabaseService } from '../background/database-service';
import { createCompanionHandlers } from '../background/handlers';
import { createPageMemoryService } from '../background/page-memory-service';
import { sessionStore } from '../background/session-store';
import { createSettingsService } from '../background/settings-service';
import { LIVE_BUDGET_MS, createValidateHandler } from '../background/validation-handler';
import { handleBackgroundMessages, type BackgroundHandlers } from '../extension/messaging';
import { loadSettings, watchSettings } from '../extension/storage';
import { answerShortcutBindings, forwardCommand } from '../extension/commands';

/**
 * Runs the validation engine for all content scripts (background/validation-handler.ts), and owns long-lived
 * state — the companion database (checklist progress, OCLC worklist) and the memory of
 * earlier pages — and answers the typed messages of extension/messaging from content scripts and extension pages.
 */
export default defineBackground(() => {
  // The e2e tests of the budget note set a smaller budget in the test build: whether a real record fits in
  // LIVE_BUDGET_MS depends on the machine and on how warm the worker's compiled rules are.
  const liveBudget = { ms: LIVE_BUDGET_MS };
  const database = createDatabaseService();
  const pages = createPageMemoryService(sessionStore(), (error) =>
    console.warn('[Alma Companion] background: the memory of earlier pages could not be stored or read', error),
  );
  const handlers: BackgroundHandlers = {
    ping: () => ({ version: browser.runtime.getManifest().version }),
    validate: createValidateHandler(
      createSettingsService({ load: loadSettings, watch: watchSettings }),
      () => liveBudget.ms,
    ),
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
  // Keyboard commands (rebindable in the browser) go to the panel in the tab's frames; the panel asks for the keys.
  const onCommand = (command: string, tab?: { id?: number }) =>
    forwardCommand(command, tab).catch((error: unknown) =>
      console.warn('[Alma Companion] background: a keyboard command could not reach the tab', error),
    );
  browser.commands.onCommand.addListener(onCommand);
  answerShortcutBindings();
  // The e2e tests cannot press browser-level shortcuts headless: the test build lets them call this same handler.
  if (import.meta.env.MODE === 'test')
    Object.assign(globalThis, { almaCompanionOnCommand: onCommand, almaCompanionLiveBudget: liveBudget });
  // A closed tab's previous page and reminders mean nothing any more.
  browser.tabs.onRemoved.addListener((tabId) => void pages.forgetTab(`tab:${tabId}`));
});
