import { DE_RULE_MESSAGES } from './de';
import { EN_RULE_MESSAGES, type RuleMessageId } from './en';
import { marcNameIn } from './field-names-de';
import type { RuleLanguage } from './language';

/**
 * Rule messages in the cataloger's language. A rule reports a message id and its parameters (the values from
 * the record, never words); the engine keeps the English text in `message` for every consumer that has no
 * language (logs, parity reports, JSON), and the panel and the CLI call `localizedMessage` to show it in
 * theirs. Pure: no DOM, no `browser.*` (the extension passes the interface language in).
 */
export type { RuleMessageId } from './en';
export { RULE_LANGUAGES, isRuleLanguage, ruleLanguageOf, type RuleLanguage } from './language';
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

/**
 * `{ ...base, ...extra }`: the same keys in the same order (messages and JSON output do not change). Use it instead
 * of `{ ...base, key: value }`: Node 20's V8 (the CLI, the bench) adds properties to an object made by a spread
 * through a slow path, about 1-3 µs per property, which made rule messages the largest cost of validation;
 * Object.assign costs about 0.2 µs there and in Chrome.
 */
export function withParams(base: MessageParams, extra: MessageParams): Record<string, string | number> {
  return Object.assign({}, base, extra);
}

/** A message as the fields of a finding: its English text, its id and its parameters. */
export function findingText(text: RuleText): { message: string; messageId: RuleMessageId; params: MessageParams } {
  const { messageId, params } = text;
  return { message: formatRuleMessage(messageId, params, 'en'), messageId, params };
}

/** A finding's message parameters as a template slot reads them. */
type Slot = (params: MessageParams) => string;
/** A catalog template cut once into literal text and slots (no regex, no parsing per finding). */
type Compiled = readonly (string | Slot)[];

const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;
/** Per language and template; bounded, since templates come from the catalogs only. */
const templates: Record<RuleLanguage, Map<string, Compiled>> = { en: new Map(), de: new Map() };
/** The place templates apart: their `{number}` is computed (see `compiled`). */
const placeTemplates: Record<RuleLanguage, Map<string, Compiled>> = { en: new Map(), de: new Map() };
/** `{name:number}` (100,000 / 100.000): one formatter per language, as toLocaleString would build per call. */
const NUMBER_FORMATS: Record<RuleLanguage, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-US'),
  de: new Intl.NumberFormat('de-DE'),
};
const ORDINAL_SUFFIXES = ['th', 'st', 'nd', 'rd'];

/**
 * Fills `{name}` with a parameter; `{field}`, `{subfield}`, `{sub}` and `{label}` with the place; and typed
 * placeholders with words of the language: `{name:values}` (a list of indicator values), `{name:indicator}`
 * (first/second), `{name:value}` (an indicator value, blank in words), `{name:ordinal}` (2nd / 2.), `{name:number}`
 * (100,000 / 100.000), `{name:marc}` (a MARC 21 field, position or layout name), `{name:message}` (the message
 * of catalog id `name` with the parameters in `nameParams`),
 * `{name:list}` (items joined with "or"; "@id" items are catalog words: see itemList).
 */
function fill(language: RuleLanguage, template: string, params: MessageParams): string {
  return run(compiled(templates[language], language, template, false), params);
}

/** "Field 245 (occurrence 1)", "Field 020 (occurrence 1), $a": params tag, occurrence (0-based), code. */
function place(language: RuleLanguage, id: 'place.field' | 'place.subfield', params: MessageParams): string {
  return run(compiled(placeTemplates[language], language, CATALOGS[language][id], true), params);
}

function run(parts: Compiled, params: MessageParams): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    out += typeof part === 'string' ? part : part(params);
  }
  return out;
}

/**
 * `template` cut into literals and slots, once per cache. In the place templates (`placeNumber`), `{number}` is
 * the 1-based occurrence, computed from the finding's 0-based `occurrence` parameter.
 */
function compiled(
  cache: Map<string, Compiled>,
  language: RuleLanguage,
  template: string,
  placeNumber: boolean,
): Compiled {
  const known = cache.get(template);
  if (known !== undefined) return known;
  const parts: (string | Slot)[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push(slotFor(language, match[0], match[1]!, match[2], placeNumber));
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  cache.set(template, parts);
  return parts;
}

function slotFor(
  language: RuleLanguage,
  whole: string,
  name: string,
  kind: string | undefined,
  placeNumber: boolean,
): Slot {
  if (kind === undefined) {
    if (name === 'field') return (params) => place(language, 'place.field', params);
    if (name === 'subfield') return (params) => place(language, 'place.subfield', params);
    if (name === 'sub') return (params) => `$${params.code ?? ''}`;
    if (name === 'label') return (params) => label(language, params);
  }
  if (kind === 'message') return (params) => quotedMessage(language, params[name], params[`${name}Params`], whole);
  const show = shownAs(language, kind);
  if (placeNumber && name === 'number') return (params) => show(Number(params.occurrence ?? 0) + 1);
  if (kind === undefined) {
    // The most common slot: a parameter as it is.
    return (params) => {
      const value = params[name];
      return value === undefined ? whole : typeof value === 'string' ? value : String(value);
    };
  }
  return (params) => {
    const value = params[name];
    return value === undefined ? whole : show(value);
  };
}

/**
 * `{x:message}`: another finding's message inside this one (the engine's summary of many findings in one field):
 * `x` is its catalog id, `xParams` its parameters as JSON. Left as the placeholder when either is unusable.
 */
function quotedMessage(
  language: RuleLanguage,
  id: string | number | undefined,
  json: string | number | undefined,
  whole: string,
): string {
  if (typeof id !== 'string' || !isRuleMessageId(id) || typeof json !== 'string') return whole;
  try {
    return fill(language, CATALOGS[language][id], JSON.parse(json) as MessageParams);
  } catch {
    return whole;
  }
}

/** How a parameter's value is shown for a placeholder kind (none: as it is). */
function shownAs(language: RuleLanguage, kind: string | undefined): (value: string | number) => string {
  const words = CATALOGS[language];
  if (kind === 'values') return (value) => valueList(language, String(value));
  if (kind === 'list') return (value) => itemList(language, String(value));
  if (kind === 'indicator') return (value) => words[Number(value) === 1 ? 'word.first' : 'word.second'];
  if (kind === 'value') return (value) => shownValue(language, String(value));
  if (kind === 'ordinal') return (value) => ordinalOf(language, Number(value));
  if (kind === 'number') return (value) => NUMBER_FORMATS[language].format(Number(value));
  // A MARC 21 field, position or layout name from the definitions (English) in the language (field-names-de.ts).
  if (kind === 'marc') return (value) => marcNameIn(String(value), language);
  return (value) => String(value);
}

/** "245", "245 (2nd)", "880 (2nd, for 245)": params tag, occurrence (0-based), several (1: more than one), for. */
function label(language: RuleLanguage, params: MessageParams): string {
  const nth = Number(params.several) === 1 ? ordinalOf(language, Number(params.occurrence ?? 0) + 1) : '';
  const forTag = params.for ? fill(language, CATALOGS[language]['place.for'], params) : '';
  const inside = nth && forTag ? `${nth}, ${forTag}` : nth || forTag;
  return inside ? `${params.tag} (${inside})` : String(params.tag);
}

function ordinalOf(language: RuleLanguage, n: number): string {
  if (language === 'de') return `${n}.`;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (ORDINAL_SUFFIXES[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** An indicator value as a message shows it: blank in words, others quoted ("1"). */
function shownValue(language: RuleLanguage, value: string): string {
  if (value === ' ') return CATALOGS[language]['word.blank'];
  // One printable ASCII character other than " and \ (every indicator value): JSON would not escape it.
  if (value.length === 1) {
    const code = value.charCodeAt(0);
    if (code > 0x20 && code < 0x7f && code !== 0x22 && code !== 0x5c) return `"${value}"`;
  }
  return JSON.stringify(value);
}

/** Lists by language and values string: the values come from the MARC 21 definitions (a few hundred at most). */
const valueLists: Record<RuleLanguage, Map<string, string>> = { en: new Map(), de: new Map() };
const MAX_CACHED_VALUE_LISTS = 1000;

/** Indicator values as a list: "blank, 0 or 1". The parameter holds the values as one string, e.g. " 01". */
function valueList(language: RuleLanguage, values: string): string {
  const cache = valueLists[language];
  const known = cache.get(values);
  if (known !== undefined) return known;
  const words = CATALOGS[language];
  const shown = [...values].sort().map((value) => (value === ' ' ? words['word.blank'] : value));
  let list: string;
  if (shown.length === 0) list = words['word.nothing'];
  else if (shown.length === 1) list = shown[0]!;
  else list = fill(language, words['word.or'], { first: shown.slice(0, -1).join(', '), last: shown.at(-1)! });
  if (cache.size >= MAX_CACHED_VALUE_LISTS) cache.clear();
  cache.set(values, list);
  return list;
}

/**
 * `{name:list}`: the parameter holds items separated by U+001F, shown joined like `{name:values}` ("a, b or c"). An
 * item "@id" or "@id:arg" is the catalog template `id` in the language (its `{arg}` filled), so a rule can name
 * words ("blank", "| (no attempt to code)", "a tab") among record values; other items are shown as they are.
 */
function itemList(language: RuleLanguage, value: string): string {
  // Most lists are a definition's codes for a position, the same for many findings: built once.
  const cache = itemLists[language];
  const known = cache.get(value);
  if (known !== undefined) return known;
  const list = listOfItems(language, value);
  if (cache.size >= MAX_CACHED_VALUE_LISTS) cache.clear();
  cache.set(value, list);
  return list;
}

const itemLists: Record<RuleLanguage, Map<string, string>> = { en: new Map(), de: new Map() };

function listOfItems(language: RuleLanguage, value: string): string {
  const words = CATALOGS[language];
  const shown = value
    .split('\u001f')
    .filter(Boolean)
    .map((item) => {
      if (item.charCodeAt(0) !== 0x40) return item;
      const colon = item.indexOf(':');
      const id = colon < 0 ? item.slice(1) : item.slice(1, colon);
      return isRuleMessageId(id) ? fill(language, words[id], { arg: colon < 0 ? '' : item.slice(colon + 1) }) : item;
    });
  if (shown.length === 0) return words['word.nothing'];
  if (shown.length === 1) return shown[0]!;
  return fill(language, words['word.or'], { first: shown.slice(0, -1).join(', '), last: shown.at(-1)! });
}

/** The message `messageId` with its parameters, in `language`. */
export function formatRuleMessage(messageId: RuleMessageId, params: MessageParams, language: RuleLanguage): string {
  const cache = byMessageId[language];
  let parts = cache.get(messageId);
  if (parts === undefined) {
    parts = compiled(templates[language], language, CATALOGS[language][messageId], false);
    cache.set(messageId, parts);
  }
  return run(parts, params);
}

/** The compiled template of each message id (one lookup per finding instead of catalog object + template). */
const byMessageId: Record<RuleLanguage, Map<string, Compiled>> = { en: new Map(), de: new Map() };

export function isRuleMessageId(id: string): id is RuleMessageId {
  return Object.hasOwn(EN_RULE_MESSAGES, id);
}

/**
 * What a finding says in `language`. Its English `message` when it has no message id or the language is English.
 * Whatever rewrites a message after the rule drops its id and parameters (the engine's summary of findings it
 * cannot say by id, lib/rules/engine.ts), so the id is trusted here without formatting the English again to
 * compare: that was the cost of every German finding.
 */
export function localizedMessage(
  finding: { message: string; messageId?: string; params?: MessageParams },
  language: RuleLanguage,
): string {
  const { messageId, params } = finding;
  if (language === 'en' || !messageId || !params || !isRuleMessageId(messageId)) return finding.message;
  return formatRuleMessage(messageId, params, language);
}
