import { localizedMessage, ruleLanguageOf } from '../lib/rules/messages';
import type { Finding } from '../lib/rules/types';
import { t } from './i18n';

/**
 * A finding's message in the interface's language: the language of the catalog the browser picked
 * (`interfaceLanguage`), so a rule message never comes in another language than the panel around it.
 * Rules not converted yet, and custom rules, give their own (English or the institution's) words.
 */
export function findingMessage(finding: Pick<Finding, 'message' | 'messageId' | 'params'>): string {
  return localizedMessage(finding, ruleLanguageOf(t('interfaceLanguage')));
}
