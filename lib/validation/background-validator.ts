import { sendToBackground } from '../messaging';
import type { Validator } from './jobs';

/** Chrome's and Firefox's wording when the extension was reloaded or updated under an open page. */
const ORPHANED = /extension context invalidated|extension context is invalid/i;

/** The content script's validator: the engine runs in the background (lib/background/validation-handler.ts). */
export const backgroundValidator: Validator = async (job, settings) => {
  try {
    return await sendToBackground('validate', { job, settings });
  } catch (error) {
    if (ORPHANED.test(error instanceof Error ? error.message : String(error))) {
      throw new Error('the extension was updated or reloaded since this page was opened. Reload the page to check the record again.');
    }
    throw error;
  }
};
