/**
 * English messages of the text, linking, holdings, item and procedure rules (punctuation, 880 linkage,
 * classification, 852, related records, the engine's own summaries). Merged into EN_RULE_MESSAGES (en.ts); same
 * conventions as there.
 */
export const EN_TEXT_RULE_MESSAGES = {} as const;
