import type { Page } from '@playwright/test';

export const LOG_PREFIX = '[Alma Companion]';

/** Console text that can only come from the extension: our logger, WXT's logger, or extension URLs. */
const FROM_EXTENSION = [LOG_PREFIX, '[wxt]', 'chrome-extension://'];

/**
 * Collects what must never happen on an Alma page: uncaught exceptions (in the page or any of its frames),
 * and errors or warnings from the extension (the feature manager catches feature failures and logs them,
 * and WXT only warns when the panel's stylesheet cannot load, so both would otherwise pass silently).
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = message.text();
    if (FROM_EXTENSION.some((marker) => text.includes(marker))) errors.push(`${message.type()}: ${text}`);
  });
  return errors;
}
