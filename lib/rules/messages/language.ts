/**
 * The languages rule messages come in, apart from the catalogs themselves: the content script names the
 * interface language with this and leaves the words to the background, which holds the catalogs (so they are
 * not in every Alma frame's content script).
 */
export type RuleLanguage = 'en' | 'de';
export const RULE_LANGUAGES: readonly RuleLanguage[] = ['en', 'de'];

export function isRuleLanguage(value: unknown): value is RuleLanguage {
  return value === 'en' || value === 'de';
}

/** The rule language for a locale ("de", "de-CH", "de_AT"): German for German, English otherwise. */
export function ruleLanguageOf(locale: string | undefined | null): RuleLanguage {
  return /^de(?:$|[-_.@])/i.test(locale?.trim() ?? '') ? 'de' : 'en';
}
