import { sendToBackground } from '../messaging';
import type { Validator } from './jobs';

/** The content script's validator: the engine runs in the background (lib/background/validation-handler.ts). */
export const backgroundValidator: Validator = (job, settings) => sendToBackground('validate', { job, settings });
