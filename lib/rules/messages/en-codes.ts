/**
 * English messages of the fixed-field, code-list and structure rules (leader, 006/007/008, code lists, subfield
 * and indicator form, field lengths). Merged into EN_RULE_MESSAGES (en.ts); same conventions as there.
 */
export const EN_CODE_RULE_MESSAGES = {} as const;
