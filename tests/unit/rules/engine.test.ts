import { describe, expect, it } from 'vitest';
import type { ItemRecord } from '../../../content/alma/types';
import { ENGINE_RULE_CRASHED, selectRules, validateItem, validateRecord } from '../../../lib/rules/engine';
import type { Finding, Rule, RuleContext, RuleSettings } from '../../../lib/rules/types';
import { bookRecord, df, holdingsRecord } from './structure/build-record';

function fakeRule(
  id: string,
  overrides: Partial<Rule> = {},
  produce: (ctx: RuleContext) => Finding[] = () => [{ ruleId: id, severity: 'warning', message: `${id} fired` }],
): Rule & { calls: number } {
  const rule = {
    id,
    title: `Fake ${id}`,
    defaultSeverity: 'warning' as const,
    appliesTo: ['bib', 'holdings'] as Rule['appliesTo'],
    origin: 'custom' as const,
    profiles: ['all'],
    rationale: 'test',
    source: `https://example.org/${id}`,
    calls: 0,
    check(ctx: RuleContext) {
      rule.calls++;
      return produce(ctx);
    },
    ...overrides,
  };
  return rule;
}

describe('selectRules', () => {
  const bibOnly = fakeRule('bib-only', { appliesTo: ['bib'] });
  const oclc = fakeRule('oclc-too', { profiles: ['all', 'oclc'] });
  const plain = fakeRule('plain');
  const rules = [bibOnly, oclc, plain];

  it('keeps rules for the kind and the rule set', () => {
    expect(selectRules(rules, 'bib').map((s) => s.rule.id)).toEqual(['bib-only', 'oclc-too', 'plain']);
    expect(selectRules(rules, 'holdings').map((s) => s.rule.id)).toEqual(['oclc-too', 'plain']);
    expect(selectRules(rules, 'bib', { ruleSet: 'oclc' }).map((s) => s.rule.id)).toEqual(['oclc-too']);
  });

  it('disables only on an explicit false and carries severity overrides', () => {
    const selected = selectRules(rules, 'bib', {
      enabled: { 'bib-only': false, plain: true },
      severity: { plain: 'error' },
    });
    expect(selected.map((s) => [s.rule.id, s.severityOverride])).toEqual([
      ['oclc-too', undefined],
      ['plain', 'error'],
    ]);
  });
});

describe('validateRecord', () => {
  it('runs the selected rules and fills severity overrides and the source link', () => {
    const plain = fakeRule('plain');
    const findings = validateRecord(bookRecord(), 'bib', {
      rules: [plain],
      settings: { severity: { plain: 'error' } },
    });
    expect(findings).toEqual([
      { ruleId: 'plain', severity: 'error', message: 'plain fired', source: 'https://example.org/plain' },
    ]);
  });

  it('does not run a disabled rule', () => {
    const plain = fakeRule('plain');
    expect(validateRecord(bookRecord(), 'bib', { rules: [plain], settings: { enabled: { plain: false } } })).toEqual(
      [],
    );
    expect(plain.calls).toBe(0);
  });

  it("runs only the OCLC rule set's rules when ruleSet is 'oclc'", () => {
    const rules = [fakeRule('plain'), fakeRule('oclc-too', { profiles: ['all', 'oclc'] })];
    expect(validateRecord(bookRecord(), 'bib', { rules, settings: { ruleSet: 'oclc' } }).map((f) => f.ruleId)).toEqual([
      'oclc-too',
    ]);
    expect(validateRecord(bookRecord(), 'bib', { rules }).map((f) => f.ruleId)).toEqual(['plain', 'oclc-too']);
  });

  it('reflects changed settings on the next call (selection is cached per settings, not stale)', () => {
    const rules = [fakeRule('plain')];
    expect(validateRecord(bookRecord(), 'bib', { rules, settings: { enabled: {} } })).toHaveLength(1);
    expect(validateRecord(bookRecord(), 'bib', { rules, settings: { enabled: { plain: false } } })).toHaveLength(0);
    expect(validateRecord(bookRecord(), 'bib', { rules, settings: { enabled: {} } })).toHaveLength(1);
  });

  it('follows a rule set changed on the same settings object between calls', () => {
    const rules = [fakeRule('plain'), fakeRule('oclc-too', { profiles: ['all', 'oclc'] })];
    const settings: Partial<RuleSettings> = { ruleSet: 'all' };
    expect(validateRecord(bookRecord(), 'bib', { rules, settings })).toHaveLength(2);
    settings.ruleSet = 'oclc';
    expect(validateRecord(bookRecord(), 'bib', { rules, settings }).map((f) => f.ruleId)).toEqual(['oclc-too']);
    settings.enabled = { 'oclc-too': false };
    expect(validateRecord(bookRecord(), 'bib', { rules, settings })).toEqual([]);
  });

  it('isolates a crashing rule: the others still report, the crash becomes an info finding', () => {
    const crashing = fakeRule('crashing', {}, () => {
      throw new Error('boom');
    });
    const plain = fakeRule('plain');
    const findings = validateRecord(bookRecord(), 'bib', { rules: [crashing, plain] });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      [ENGINE_RULE_CRASHED, 'info'],
      ['plain', 'warning'],
    ]);
    expect(findings[0]?.message).toContain('crashing');
    expect(findings[0]?.message).toContain('boom');
  });

  it('makes tag, occurrence and fieldIndex consistent', () => {
    const record = bookRecord([df('650', ' 0', 'a', 'Second topic.')]);
    const secondSubjectIndex = record.fields.length - 1;
    const byIndex = fakeRule('by-index', {}, () => [
      { ruleId: 'by-index', severity: 'warning', message: 'm', fieldIndex: secondSubjectIndex },
    ]);
    const byTag = fakeRule('by-tag', {}, () => [
      { ruleId: 'by-tag', severity: 'warning', message: 'm', tag: '650', occurrence: 1 },
    ]);
    const stale = fakeRule('stale', {}, () => [
      { ruleId: 'stale', severity: 'warning', message: 'm', fieldIndex: 999, tag: '500', occurrence: 0 },
    ]);
    const findings = validateRecord(record, 'bib', { rules: [byIndex, byTag, stale] });
    expect(findings.map((f) => [f.tag, f.occurrence, f.fieldIndex])).toEqual([
      ['650', 1, secondSubjectIndex],
      ['650', 1, secondSubjectIndex],
      ['500', 0, undefined],
    ]);
  });

  it('passes extra rules, profile and options to the rules', () => {
    const seen: RuleContext[] = [];
    const spy = fakeRule('spy', {}, (ctx) => {
      seen.push(ctx);
      return [];
    });
    const profile = {
      name: 'Test',
      oclcSymbol: 'XYZ',
      libraryCodes: [],
      locationCodes: [],
      withdrawnLocationPattern: '',
      barcodePattern: '',
      mvmDescriptionPattern: '',
      documentationBaseUrl: '',
      extraHosts: [],
    };
    validateRecord(holdingsRecord(), 'holdings', {
      rules: [],
      extraRules: [spy],
      profile,
      options: { allowLocalTags: false },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      kind: 'holdings',
      profile: { oclcSymbol: 'XYZ' },
      options: { allowLocalTags: false },
    });
    expect(seen[0]?.index.byTag('852')).toHaveLength(1);
  });

  it('defaults to the built-in registry with local tags allowed', () => {
    const findings = validateRecord(bookRecord([df('949', '  ', 'a', 'local')]), 'bib');
    expect(findings.filter((f) => f.ruleId === 'undefined-tag')).toEqual([]);
  });
});

describe('validateItem', () => {
  it('runs item rules with the item and its bib', () => {
    const item = { barcode: '123' } as ItemRecord;
    const itemRule = fakeRule('item-rule', { appliesTo: ['item'] }, (ctx) => [
      { ruleId: 'item-rule', severity: 'warning', message: `${ctx.item?.barcode} / ${ctx.bib?.fields.length}` },
    ]);
    const bibRule = fakeRule('bib-rule');
    const findings = validateItem(item, { rules: [itemRule, bibRule], bib: bookRecord() });
    expect(findings.map((f) => f.message)).toEqual([`123 / ${bookRecord().fields.length}`]);
    expect(bibRule.calls).toBe(0);
  });
});
