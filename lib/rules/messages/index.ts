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

/** A message as the fields of a finding: its English text, its id and its parameters. */
export function findingText(text: RuleText): { message: string; messageId: RuleMessageId; params: MessageParams } {
  return { message: formatRuleMessage(text.messageId, text.params, 'en'), ...text };
}

/** "de", "de-AT", "de_DE.UTF-8" → de; anything else (or nothing) → en. */
export function ruleLanguageOf(locale: string | undefined | null): RuleLanguage {
  return /^de(?:$|[-_.@])/i.test(locale?.trim() ?? '') ? 'de' : 'en';
}

function place(language: RuleLanguage, id: 'place.field' | 'place.subfield', params: MessageParams): string {
  const occurrence = Number(params.occurrence ?? 0);
  return fill(language, CATALOGS[language][id], { ...params, number: occurrence + 1 });
}

/** "245", "245 (2nd)", "880 (2nd, for 245)": params tag, occurrence (0-based), several (1: more than one), for. */
function label(language: RuleLanguage, params: MessageParams): string {
  const nth = Number(params.several) === 1 ? ordinalOf(language, Number(params.occurrence ?? 0) + 1) : '';
  const forTag = params.for ? fill(language, CATALOGS[language]['place.for'], params) : '';
  const inside = [nth, forTag].filter(Boolean).join(', ');
  return inside ? `${params.tag} (${inside})` : String(params.tag);
}

function ordinalOf(language: RuleLanguage, n: number): string {
  if (language === 'de') return `${n}.`;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** An indicator value as a message shows it: blank in words, others quoted ("1"). */
function shownValue(language: RuleLanguage, value: string): string {
  return value === ' ' ? CATALOGS[language]['word.blank'] : JSON.stringify(value);
}

/** Indicator values as a list: "blank, 0 or 1". The parameter holds the values as one string, e.g. " 01". */
function valueList(language: RuleLanguage, values: string): string {
  const words = CATALOGS[language];
  const shown = [...values].sort().map((value) => (value === ' ' ? words['word.blank'] : value));
  if (shown.length === 0) return words['word.nothing'];
  if (shown.length === 1) return shown[0]!;
  return fill(language, words['word.or'], { first: shown.slice(0, -1).join(', '), last: shown.at(-1)! });
}

/**
 * Fills `{name}` with a parameter; `{field}`, `{subfield}`, `{sub}` and `{label}` with the place; and typed
 * placeholders with words of the language: `{name:values}` (a list of indicator values), `{name:indicator}`
 * (first/second), `{name:value}` (an indicator value, blank in words), `{name:ordinal}` (2nd / 2.), `{name:number}`
 * (100,000 / 100.000).
 */
function fill(language: RuleLanguage, template: string, params: MessageParams): string {
  // Every finding's message is filled (English too): cut each template once, then a loop, no regex per call.
  const parts = partsOf(template);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    out += typeof part === 'string' ? part : slot(language, part, params);
  }
  return out;
}

/** A catalog template cut into literal text and `{name}` / `{name:kind}` placeholders. */
type TemplatePart = string | { whole: string; name: string; kind: string | undefined };
const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;
/** Bounded: templates come from the catalogs only. */
const compiledTemplates = new Map<string, readonly TemplatePart[]>();

function partsOf(template: string): readonly TemplatePart[] {
  let parts = compiledTemplates.get(template);
  if (parts !== undefined) return parts;
  const list: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) list.push(template.slice(last, match.index));
    list.push({ whole: match[0], name: match[1]!, kind: match[2] });
    last = match.index + match[0].length;
  }
  if (last < template.length) list.push(template.slice(last));
  parts = list;
  compiledTemplates.set(template, parts);
  return parts;
}

function slot(language: RuleLanguage, part: Exclude<TemplatePart, string>, params: MessageParams): string {
  const { name, kind } = part;
  if (kind === undefined) {
    if (name === 'field') return place(language, 'place.field', params);
    if (name === 'subfield') return place(language, 'place.subfield', params);
    if (name === 'sub') return `$${params.code ?? ''}`;
    if (name === 'label') return label(language, params);
  }
  const value = params[name];
  if (value === undefined) return part.whole;
  if (kind === 'values') return valueList(language, String(value));
  if (kind === 'indicator') return CATALOGS[language][Number(value) === 1 ? 'word.first' : 'word.second'];
  if (kind === 'value') return shownValue(language, String(value));
  if (kind === 'ordinal') return ordinalOf(language, Number(value));
  if (kind === 'number') return Number(value).toLocaleString(language === 'de' ? 'de-DE' : 'en-US');
  return String(value);
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
