import type { EN_CODE_RULE_MESSAGES } from './en-codes';

/** German for en-codes.ts; the type demands every id there. Terms as in de.ts. */
export const DE_CODE_RULE_MESSAGES: Record<keyof typeof EN_CODE_RULE_MESSAGES, string> = {};
