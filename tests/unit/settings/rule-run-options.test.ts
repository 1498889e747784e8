import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../../lib/rules/engine';
import { createDefaultSettings, UC_BERKELEY_PROFILE, type Settings } from '../../../lib/settings';
import { ruleRunOptionsFrom, withPolicyGroups } from '../../../lib/settings/rule-run-options';
import { policyPreset } from '../../../lib/settings/presets';
import { builtInRules } from '../../../lib/rules/registry';
import { rulePolicy } from '../../../lib/rules/policy';
import { record } from '../rules/helpers';

const sample = record([
  '001 991234',
  '008 000101s2000    xxu           000 0 eng d',
  '245 00 $aA title',
  '590 ## $aDublette',
]);

function withCustomRule(settings: Settings): Settings {
  settings.customRules.push({
    id: 'no-dublette',
    title: 'No "Dublette" notes',
    tag: '5XX',
    subfield: 'a',
    pattern: 'dublette',
    flags: 'i',
    match: 'must-not-match',
    severity: 'error',
    message: 'Remove the duplicate marker',
    appliesTo: ['bib'],
  });
  return settings;
}

describe('ruleRunOptionsFrom', () => {
  it('runs custom rules from the settings next to the built-in ones', () => {
    const settings = withCustomRule(createDefaultSettings());
    const findings = validateRecord(sample, 'bib', ruleRunOptionsFrom(settings));
    const custom = findings.filter((finding) => finding.ruleId === 'custom/no-dublette');
    expect(custom).toHaveLength(1);
    expect(custom[0]).toMatchObject({ tag: '590', code: 'a', severity: 'error' });
    expect(findings.some((finding) => !finding.ruleId.startsWith('custom/'))).toBe(true);
  });

  it('leaves out rules switched off and applies severity overrides, custom rules included', () => {
    const settings = withCustomRule(createDefaultSettings());
    const before = validateRecord(sample, 'bib', ruleRunOptionsFrom(settings));
    const builtIn = before.find((finding) => !finding.ruleId.startsWith('custom/'));
    expect(builtIn).toBeDefined();
    settings.rules = {
      ...settings.rules,
      enabled: { [builtIn!.ruleId]: false },
      severity: { 'custom/no-dublette': 'info' },
    };
    const after = validateRecord(sample, 'bib', ruleRunOptionsFrom(settings));
    expect(after.some((finding) => finding.ruleId === builtIn!.ruleId)).toBe(false);
    expect(after.find((finding) => finding.ruleId === 'custom/no-dublette')?.severity).toBe('info');
  });

  it('passes the profile and the local-tag option through', () => {
    const settings = createDefaultSettings(UC_BERKELEY_PROFILE);
    settings.allowLocalTags = false;
    const options = ruleRunOptionsFrom(settings);
    expect(options.profile).toBe(settings.profile);
    expect(options.options).toEqual({ allowLocalTags: false });
    expect(options.settings).toBe(settings.rules);
  });

  it('reports custom rules that do not compile and keeps the others', () => {
    const settings = withCustomRule(createDefaultSettings());
    settings.customRules.push({ ...settings.customRules[0]!, id: 'broken', title: 'Broken', pattern: '([a-z' });
    const options = ruleRunOptionsFrom(settings);
    expect(options.extraRules.map((rule) => rule.id)).toEqual(['custom/no-dublette']);
    expect(options.customRuleErrors).toHaveLength(1);
    expect(options.customRuleErrors[0]).toMatch(/Broken.*invalid/);
  });
});

function withPolicies(presetId: string): Settings {
  const settings = createDefaultSettings();
  settings.profile.policies = policyPreset(presetId)!;
  return settings;
}

describe('policy groups of the profile', () => {
  const policyRuleIds = builtInRules.filter((rule) => rulePolicy(rule) !== undefined).map((rule) => rule.id);
  const formatRuleIds = builtInRules.filter((rule) => rulePolicy(rule) === undefined).map((rule) => rule.id);

  it('"MARC 21 only" switches every policy rule off and leaves every format rule alone', () => {
    const settings = withPolicies('marc21-only');
    const { settings: rules } = ruleRunOptionsFrom(settings);
    for (const id of policyRuleIds) expect(rules.enabled?.[id], id).toBe(false);
    for (const id of formatRuleIds) expect(rules.enabled?.[id], id).toBeUndefined();
  });

  it('"PCC / OCLC (US)" keeps OCLC, PCC and ISBD rules and drops Berkeley procedures', () => {
    const { settings: rules } = ruleRunOptionsFrom(withPolicies('pcc-oclc'));
    expect(rules.enabled?.['oclc-number-form']).toBeUndefined();
    expect(rules.enabled?.['rda-publication-264']).toBeUndefined();
    expect(rules.enabled?.['heading-punctuation']).toBeUndefined();
    expect(rules.enabled?.['hol-852-location-missing']).toBe(false);
  });

  it('a rule the cataloger switched on by hand runs although its group is off', () => {
    const settings = withPolicies('marc21-only');
    settings.rules.enabled['oclc-cataloging-language'] = true;
    expect(ruleRunOptionsFrom(settings).settings.enabled?.['oclc-cataloging-language']).toBe(true);
  });

  it('keeps the same rule settings object when no group is off (the engine caches on it)', () => {
    const settings = createDefaultSettings(UC_BERKELEY_PROFILE);
    expect(withPolicyGroups(settings.rules, settings.profile)).toBe(settings.rules);
  });

  it('a group switched off stops its findings in validation', () => {
    const noB = record(['008 000101s2000    xxu           000 0 eng d', '040 ## $aDLC$cDLC', '245 00 $aA title.']);
    const ruleIds = (settings: Settings) =>
      validateRecord(noB, 'bib', ruleRunOptionsFrom(settings)).map((finding) => finding.ruleId);
    expect(ruleIds(createDefaultSettings())).toContain('oclc-cataloging-language');
    expect(ruleIds(withPolicies('marc21-only'))).not.toContain('oclc-cataloging-language');
  });
});
