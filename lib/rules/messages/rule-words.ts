import type { RuleLanguage } from './index';
import { DE_ITEM_RULE_WORDS } from './rule-words-de-items';
import { DE_POLICY_DOCUMENTS, DE_RULE_WORDS } from './rule-words-de';

/**
 * A built-in rule's title and rationale in the cataloger's language (the options page's rule list, the panel's
 * note on item checks still waiting). The rule files keep the English words, which stay the fallback: for
 * English, for custom rules (the institution's own words) and for an id the catalog lacks. Pure: no DOM, no
 * `browser.*` (the caller passes the language, as for rule messages).
 */
export interface RuleWords {
  title: string;
  rationale: string;
}

type RuleLike = { id: string; title: string; rationale: string; origin?: string };

/** The item rules' words alone, per language (what the content script needs). */
const ITEM_CATALOGS: Readonly<Record<Exclude<RuleLanguage, 'en'>, Readonly<Record<string, RuleWords>>>> = {
  de: DE_ITEM_RULE_WORDS,
};

/**
 * The catalogs of each language other than English: together they hold every built-in rule's words. Arrays of
 * the two tables rather than one merged object, so a bundle that only uses itemCheckTitle drops DE_RULE_WORDS.
 */
const CATALOGS: Readonly<Record<Exclude<RuleLanguage, 'en'>, ReadonlyArray<Readonly<Record<string, RuleWords>>>>> = {
  de: [DE_RULE_WORDS, DE_ITEM_RULE_WORDS],
};

function wordsOf(rule: Pick<RuleLike, 'id' | 'origin'>, language: RuleLanguage): RuleWords | undefined {
  // A custom rule may happen to take a built-in rule's id; its words are the institution's own.
  if (language === 'en' || rule.origin === 'custom') return undefined;
  for (const catalog of CATALOGS[language]) if (Object.hasOwn(catalog, rule.id)) return catalog[rule.id];
  return undefined;
}

/** The rule ids a language has words for (the meta-test compares them with the registry). */
export function ruleWordIds(language: Exclude<RuleLanguage, 'en'>): string[] {
  return CATALOGS[language].flatMap((catalog) => Object.keys(catalog));
}

export function ruleTitle(rule: Pick<RuleLike, 'id' | 'title' | 'origin'>, language: RuleLanguage): string {
  return wordsOf(rule, language)?.title ?? rule.title;
}

export function ruleRationale(rule: Pick<RuleLike, 'id' | 'rationale' | 'origin'>, language: RuleLanguage): string {
  return wordsOf(rule, language)?.rationale ?? rule.rationale;
}

/**
 * An item check's title (lib/item-check-reads.ts) for the content script: reads only the item rules' catalog,
 * so bundling this function does not bring in every rule's words.
 */
export function itemCheckTitle(check: { id: string; title: string }, language: RuleLanguage): string {
  if (language === 'en') return check.title;
  const items = ITEM_CATALOGS[language];
  return Object.hasOwn(items, check.id) ? items[check.id]!.title : check.title;
}

/** The document a policy label names (its tooltip on the options page), in `language`; English when unknown. */
export function policyDocument(policy: { document: string }, language: RuleLanguage): string {
  if (language === 'en' || !Object.hasOwn(DE_POLICY_DOCUMENTS, policy.document)) return policy.document;
  return DE_POLICY_DOCUMENTS[policy.document]!;
}
