import { describe, expect, it } from 'vitest';
import { ITEM_CHECK_READS } from '../../../../lib/item-check-reads';
import { itemRules } from '../../../../lib/rules/items';
import {
  itemCheckTitle,
  policyDocument,
  ruleRationale,
  ruleTitle,
  ruleWordIds,
} from '../../../../lib/rules/messages/rule-words';
import { rulePolicy } from '../../../../lib/rules/policy';
import { DE_ITEM_RULE_WORDS } from '../../../../lib/rules/messages/rule-words-de-items';
import { DE_POLICY_DOCUMENTS, DE_RULE_WORDS } from '../../../../lib/rules/messages/rule-words-de';
import { builtInRules } from '../../../../lib/rules/registry';
import type { Rule } from '../../../../lib/rules/types';

/**
 * Every built-in rule's title and rationale in German (lib/rules/messages/rule-words-de*.ts), and nothing for
 * rules that do not exist: the options page shows them to a German cataloger in place of the English.
 */
const byId = new Map(builtInRules.map((rule) => [rule.id, rule]));
/** Tags, positions and subfield codes a title names: "245", "008/35-37", "$a", "1XX", "LDR". */
const marcTokens = (text: string): string[] =>
  [...text.matchAll(/\$[a-z0-9]|\b\d{3}(?:\/\d{2}(?:-\d{2})?)?\b|\b\dXX\b|\b\d{3}-\d{3}\b/g)].map((m) => m[0]).sort();

describe('German rule titles and rationales', () => {
  it('cover every built-in rule, and name no rule that does not exist', () => {
    const ids = ruleWordIds('de');
    expect(new Set(ids).size, 'an id in both German tables').toBe(ids.length);
    expect(
      ids.filter((id) => !byId.has(id)),
      'German words for unknown rule ids',
    ).toEqual([]);
    expect(builtInRules.filter((rule) => !ids.includes(rule.id)).map((rule) => rule.id)).toEqual([]);
  });

  it('keep the item rules, and only those, in the table the content script ships', () => {
    expect(Object.keys(DE_ITEM_RULE_WORDS).sort()).toEqual(itemRules.map((rule) => rule.id).sort());
    expect(Object.keys(DE_RULE_WORDS).filter((id) => itemRules.some((rule) => rule.id === id))).toEqual([]);
  });

  it.each(builtInRules.map((rule) => [rule.id, rule] as const))(
    '%s: German, with the same MARC places',
    (_id, rule) => {
      const title = ruleTitle(rule, 'de');
      const rationale = ruleRationale(rule, 'de');
      expect(title).not.toBe(rule.title);
      expect(rationale).not.toBe(rule.rationale);
      expect(title.trim()).toBe(title);
      expect(title).not.toMatch(/\.$/);
      expect(rationale).toMatch(/[.!?]$/);
      // What the English title names (tags, positions, subfields) the German names too.
      expect(marcTokens(title)).toEqual(marcTokens(rule.title));
    },
  );

  it('fall back to the English words: in English, for custom rules and for ids without German', () => {
    const isbn = byId.get('isbn')!;
    expect(ruleTitle(isbn, 'en')).toBe(isbn.title);
    expect(ruleTitle(isbn, 'de')).toBe('ISBN (020): Form und Prüfziffer');
    const custom: Pick<Rule, 'id' | 'title' | 'rationale' | 'origin'> = {
      id: 'isbn',
      title: 'Our ISBN check',
      rationale: 'Ours.',
      origin: 'custom',
    };
    expect(ruleTitle(custom, 'de')).toBe('Our ISBN check');
    expect(ruleRationale(custom, 'de')).toBe('Ours.');
    const unknown = { id: 'no-such-rule', title: 'T', rationale: 'R.', origin: 'marc21' };
    expect([ruleTitle(unknown, 'de'), ruleRationale(unknown, 'de')]).toEqual(['T', 'R.']);
    expect(ruleTitle({ id: 'constructor', title: 'C', origin: 'marc21' }, 'de')).toBe('C');
  });

  it('name every policy document a built-in rule cites, and no other', () => {
    const documents = new Set(builtInRules.flatMap((rule) => rulePolicy(rule)?.document ?? []));
    expect(documents.size).toBeGreaterThan(3);
    expect([...documents].filter((document) => !Object.hasOwn(DE_POLICY_DOCUMENTS, document))).toEqual([]);
    expect(Object.keys(DE_POLICY_DOCUMENTS).filter((document) => !documents.has(document))).toEqual([]);
    expect(policyDocument({ document: 'UC Berkeley Library staff procedures' }, 'de')).toBe(
      'Arbeitsanweisungen der UC Berkeley Library',
    );
    expect(policyDocument({ document: 'UC Berkeley Library staff procedures' }, 'en')).toBe(
      'UC Berkeley Library staff procedures',
    );
    expect(policyDocument({ document: 'Our cataloging manual' }, 'de')).toBe('Our cataloging manual');
  });

  it('name every item check the panel can list in German (content/live/read-item.ts)', () => {
    for (const check of ITEM_CHECK_READS) {
      expect(itemCheckTitle(check, 'de')).toBe(ruleTitle(byId.get(check.id)!, 'de'));
      expect(itemCheckTitle(check, 'en')).toBe(check.title);
    }
    expect(itemCheckTitle({ id: 'isbn', title: 'ISBN' }, 'de')).toBe('ISBN');
  });
});
