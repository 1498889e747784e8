export type { CustomRuleDefinition, CustomRuleKind } from './types';
export { CUSTOM_RULE_ID_PREFIX } from './types';
export { compileCustomRule, compileCustomRules, type CompileResult } from './compile-custom-rule';
export { tryCustomRule, recordKindOf } from './try-custom-rule';
export { compileTagPattern, TAG_PATTERN } from './tag-pattern';
export { slugify, uniqueSlug, SLUG_PATTERN } from './slug';
export { compilePattern, MAX_PATTERN_LENGTH } from './check-definition';
