import { type RuleLanguage, ruleLanguageOf } from '../lib/rules/messages/language';
import { t } from './i18n';

/**
 * The language rule words (titles, rationales, fix labels) are shown in: the language of the catalog the browser
 * picked (`interfaceLanguage`), as for rule messages (finding-message.ts), so they never come in another
 * language than the page around them. Call it while rendering, never when a module loads.
 */
export function interfaceRuleLanguage(): RuleLanguage {
  return ruleLanguageOf(t('interfaceLanguage'));
}

/**
 * A fix's label (Fix button, status and undo lines). The background words it in the interface's language with
 * the finding (lib/validation/localize.ts), so the page shows it as it came.
 */
export function shownFixDescription(edit: { description: string }): string {
  return edit.description;
}
