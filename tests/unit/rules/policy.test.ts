import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../../lib/rules/registry';
import { POLICY_GROUPS, policyGroupOn, rulePolicy } from '../../../lib/rules/policy';
import { GENERIC_PROFILE } from '../../../lib/settings/profile';
import { validateRecord } from '../../../lib/rules/engine';
import { record } from './helpers';

describe('policy labels', () => {
  it('every built-in rule checks the format or is labelled policy with a group, a document and a source', () => {
    for (const rule of builtInRules) {
      const policy = rulePolicy(rule);
      expect(rule.source, rule.id).toMatch(/^https:\/\//);
      if (policy === undefined) {
        // A format rule: defined by MARC 21 itself.
        expect(rule.origin, rule.id).toBe('marc21');
        continue;
      }
      expect(POLICY_GROUPS, rule.id).toContain(policy.group);
      expect(policy.document.length, rule.id).toBeGreaterThan(10);
    }
  });

  it('labels OCLC, Alma and procedure rules by origin, Berkeley pages as Berkeley procedures', () => {
    const byId = new Map(builtInRules.map((rule) => [rule.id, rule]));
    const groupOf = (id: string) => rulePolicy(byId.get(id)!)?.group;
    expect(groupOf('oclc-number-form')).toBe('oclc');
    expect(groupOf('field-length-oclc')).toBe('oclc');
    expect(groupOf('field-length-alma')).toBe('alma');
    expect(groupOf('hol-852-location-missing')).toBe('berkeley');
    expect(groupOf('item-pieces-without-fulfillment-note')).toBe('alma');
  });

  it('labels the MARC 21 rules that enforce a practice, and not the format rules', () => {
    const groupOf = (id: string) => rulePolicy(builtInRules.find((rule) => rule.id === id)!)?.group;
    expect(groupOf('oclc-cataloging-language')).toBe('oclc');
    expect(groupOf('cataloging-language-040')).toBeUndefined();
    expect(groupOf('heading-punctuation')).toBe('isbd');
    expect(groupOf('rda-publication-264')).toBe('pcc');
    expect(groupOf('rda-content-carrier')).toBe('pcc');
    expect(groupOf('physical-description-present')).toBe('pcc');
    expect(groupOf('title-ending-period')).toBe('isbd');
    expect(groupOf('rel-link-not-resolvable')).toBe('alma');
    for (const id of ['leader-length', 'invalid-indicator', 'subject-source-codes', 'relator-codes', 'isbn'])
      expect(groupOf(id), id).toBeUndefined();
  });

  it('runs a group unless the profile switches it off', () => {
    expect(policyGroupOn(GENERIC_PROFILE, 'oclc')).toBe(true);
    expect(policyGroupOn({ ...GENERIC_PROFILE, policies: { oclc: false } }, 'oclc')).toBe(false);
    expect(policyGroupOn({ ...GENERIC_PROFILE, policies: { oclc: false } }, 'isbd')).toBe(true);
  });

  it('puts the policy group on the findings of policy rules only (the CLI and panel show it)', () => {
    const findings = validateRecord(
      record([
        '008 000101s2000    xxu           000 0 eng d',
        '020 ## $a0306406153',
        '040 ## $aDLC$cDLC',
        '245 00 $aA title.',
      ]),
      'bib',
    );
    const byRule = (id: string) => findings.find((finding) => finding.ruleId === id);
    expect(byRule('oclc-cataloging-language')?.policy).toBe('oclc');
    expect(byRule('isbn')).toBeDefined();
    expect(byRule('isbn')?.policy).toBeUndefined();
  });
});
