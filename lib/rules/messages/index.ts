import { DE_RULE_MESSAGES } from './de';
import { EN_RULE_MESSAGES, type RuleMessageId } from './en';

/**
 * Rule messages in the cataloger's language. A rule reports a message id and its parameters (the values from
 * the record, never words); the engine keeps the English text in `message` for every consumer that has no
 * language (logs, parity reports, JSON), and the panel and the CLI call `localizedMessage` to show it in
 * theirs. Pure: no DOM, no `browser.*` (the extension passes the interface language in).
 */
export type { RuleMessageId } from './en';
export type RuleLanguage = 'en' | 'de';
export const RULE_LANGUAGES: readonly RuleLanguage[] = ['en', 'de'];
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message by id and parameters, as a rule hands it to fieldFinding/recordFinding. */
export interface RuleText {
  messageId: RuleMessageId;
  params: MessageParams;
}

const CATALOGS: Record<RuleLanguage, Record<RuleMessageId, string>> = { en: EN_RULE_MESSAGES, de: DE_RULE_MESSAGES };

export function ruleText(messageId: RuleMessageId, params: MessageParams = {}): RuleText {
  return { messageId, params };
}

/** "de", "de-AT", "de_DE.UTF-8" → de; anything else (or nothing) → en. */
export function ruleLanguageOf(locale: string | undefined | null): RuleLanguage {
  return /^de(?:$|[-_.@])/i.test(locale?.trim() ?? '') ? 'de' : 'en';
}

function place(language: RuleLanguage, id: 'place.field' | 'place.subfield', params: MessageParams): string {
  const occurrence = Number(params.occurrence ?? 0);
  return fill(language, CATALOGS[language][id], { ...params, number: occurrence + 1 });
}

function fill(language: RuleLanguage, template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === 'field') return place(language, 'place.field', params);
    if (name === 'subfield') return place(language, 'place.subfield', params);
    if (name === 'sub') return `$${params.code ?? ''}`;
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The message `messageId` with its parameters, in `language`. */
export function formatRuleMessage(messageId: RuleMessageId, params: MessageParams, language: RuleLanguage): string {
  return fill(language, CATALOGS[language][messageId], params);
}

export function isRuleMessageId(id: string): id is RuleMessageId {
  return Object.hasOwn(EN_RULE_MESSAGES, id);
}

/**
 * What a finding says in `language`. Its English `message` when it has no message id, when the language is
 * English, or when something rewrote the message after the rule (a summary of several findings, a custom rule's
 * own words): then the English text is the only one that says all of it.
 */
export function localizedMessage(
  finding: { message: string; messageId?: string; params?: MessageParams },
  language: RuleLanguage,
): string {
  const { messageId, params } = finding;
  if (language === 'en' || !messageId || !params || !isRuleMessageId(messageId)) return finding.message;
  if (formatRuleMessage(messageId, params, 'en') !== finding.message) return finding.message;
  return formatRuleMessage(messageId, params, language);
}
