import type { EN_TEXT_RULE_MESSAGES } from './en-text';

/** German for en-text.ts; the type demands every id there. Terms as in de.ts. */
export const DE_TEXT_RULE_MESSAGES: Record<keyof typeof EN_TEXT_RULE_MESSAGES, string> = {};
