import { describe, expect, it } from 'vitest';
import type { MarcRecord } from '../../../../lib/marc/types';
import { buildRecordIndex } from '../../../../lib/rules/record-index';
import { GENERIC_PROFILE } from '../../../../lib/settings/profile';
import type { Finding, RuleContext } from '../../../../lib/rules/types';
import { compileCustomRule, compileCustomRules, type CustomRuleDefinition } from '../../../../lib/rules/custom';

const record: MarcRecord = {
  leader: '00000cam a2200000 a 4500',
  fields: [
    { tag: '001', value: '991234567890106532' },
    {
      tag: '245',
      ind1: '1',
      ind2: '0',
      subfields: [
        { code: 'a', value: 'Title :' },
        { code: 'b', value: 'sub.' },
      ],
    },
    { tag: '650', ind1: ' ', ind2: '0', subfields: [{ code: 'a', value: 'Cats.' }] },
    {
      tag: '651',
      ind1: ' ',
      ind2: '7',
      subfields: [
        { code: 'a', value: 'Dublette' },
        { code: '2', value: 'fast' },
      ],
    },
    {
      tag: '650',
      ind1: ' ',
      ind2: '7',
      subfields: [
        { code: 'a', value: 'Dogs' },
        { code: 'a', value: 'Dublette x' },
      ],
    },
    { tag: '919', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: 'TEMP' }] },
  ],
};

function run(def: CustomRuleDefinition, target: MarcRecord = record): Finding[] {
  const result = compileCustomRule(def);
  if (!result.ok) throw new Error(result.error);
  const ctx: RuleContext = {
    kind: 'bib',
    record: target,
    profile: GENERIC_PROFILE,
    options: { allowLocalTags: true },
    index: buildRecordIndex(target),
  };
  return result.rule.check(ctx);
}

const base: CustomRuleDefinition = {
  id: 'no-dublette',
  title: 'No duplicate marker',
  tag: '6XX',
  pattern: 'Dublette',
  match: 'must-not-match',
  severity: 'warning',
  message: 'Remove the duplicate marker before saving.',
  appliesTo: ['bib'],
};

describe('compileCustomRule', () => {
  it('produces a custom-origin rule with id custom/<slug>', () => {
    const result = compileCustomRule({ ...base, source: 'https://example.org/policy' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rule.id).toBe('custom/no-dublette');
    expect(result.rule.origin).toBe('custom');
    expect(result.rule.defaultSeverity).toBe('warning');
    expect(result.rule.appliesTo).toEqual(['bib']);
    expect(result.rule.source).toBe('https://example.org/policy');
  });

  it('matches X wildcards and reports each offending subfield with 0-based occurrence and 1-based text', () => {
    const findings = run({ ...base, subfield: 'a' });
    expect(findings.map((f) => [f.tag, f.occurrence, f.fieldIndex, f.code, f.subfieldIndex])).toEqual([
      ['651', 0, 3, 'a', 0],
      ['650', 1, 4, 'a', 1],
    ]);
    expect(findings[1]!.message).toContain('Field 650 (occurrence 2), subfield $a');
    expect(findings[1]!.message).toContain('Remove the duplicate marker');
    expect(findings[1]!.message).toContain('"Dublette x"');
    expect(findings[1]!.severity).toBe('warning');
  });

  it('tests the whole field as Alma shows it when no subfield is given', () => {
    const findings = run({ ...base, tag: '245', pattern: '^\\$\\$a [^$]+ \\$\\$b', match: 'must-match' });
    expect(findings).toEqual([]);
    const failing = run({ ...base, tag: '245', pattern: '\\$\\$c', match: 'must-match' });
    expect(failing).toHaveLength(1);
    expect(failing[0]!.message).toContain('"$$a Title : $$b sub."');
  });

  it('filters on indicators, with # meaning blank', () => {
    expect(run({ ...base, ind2: '7', subfield: 'a' }).map((f) => f.fieldIndex)).toEqual([3, 4]);
    expect(run({ ...base, tag: '919', ind1: '#', pattern: 'TEMP' }).map((f) => f.fieldIndex)).toEqual([5]);
    expect(run({ ...base, tag: '919', ind1: '1', pattern: 'TEMP' })).toEqual([]);
  });

  it('supports must-match on control fields, the leader and middle wildcards', () => {
    expect(run({ ...base, tag: '001', pattern: '^99\\d+$', match: 'must-match' })).toEqual([]);
    expect(run({ ...base, tag: '001', pattern: '6532$', match: 'must-not-match' })).toHaveLength(1);
    const leader = run(
      { ...base, tag: 'LDR', pattern: '^.{5}[acdnp]', match: 'must-match' },
      { ...record, leader: '00000zam a2200000 a 4500' },
    );
    expect(leader.map((f) => f.tag)).toEqual(['LDR']);
    expect(run({ ...base, tag: '9x9', pattern: 'TEMP' }).map((f) => f.tag)).toEqual(['919']);
  });

  it('honours flags', () => {
    expect(run({ ...base, subfield: 'a', pattern: 'dublette' })).toEqual([]);
    expect(run({ ...base, subfield: 'a', pattern: 'dublette', flags: 'i' })).toHaveLength(2);
  });

  it('gives the same answer on repeated checks (no stateful regex)', () => {
    const result = compileCustomRule({ ...base, subfield: 'a' });
    if (!result.ok) throw new Error(result.error);
    const ctx: RuleContext = {
      kind: 'bib',
      record,
      profile: GENERIC_PROFILE,
      options: { allowLocalTags: true },
      index: buildRecordIndex(record),
    };
    expect(result.rule.check(ctx)).toEqual(result.rule.check(ctx));
  });

  it.each([
    [{ pattern: '([a-z' }, /regular expression \/\(\[a-z\/ is invalid/],
    [{ pattern: '' }, /regular expression is empty/],
    [{ flags: 'g' }, /flags "g" are not allowed/],
    [{ tag: '65' }, /tag "65" must be three digits/],
    [{ ind1: '10' }, /indicator 1 "10"/],
    [{ subfield: '$a' }, /subfield code "\$a"/],
    [{ id: 'Bad Id' }, /id "Bad Id" must be lowercase/],
    [{ message: '  ' }, /message is empty/],
    [{ appliesTo: [] }, /record kinds must list/],
    [{ severity: 'fatal' }, /severity "fatal"/],
    [{ pattern: 'a'.repeat(600) }, /keep it under 500/],
  ])('rejects %o with a clear error', (change, expected) => {
    const result = compileCustomRule({ ...base, ...change } as CustomRuleDefinition);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^Custom rule "No duplicate marker": /);
    expect(result.error).toMatch(expected);
  });

  it('compileCustomRules keeps the good rules and reports the bad ones', () => {
    const { rules, errors } = compileCustomRules([base, { ...base, id: 'broken', title: 'Broken', pattern: '(' }]);
    expect(rules.map((r) => r.id)).toEqual(['custom/no-dublette']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/"Broken".*invalid/);
  });

  it('compiles its regular expression once, not on each check', () => {
    const OriginalRegExp = globalThis.RegExp;
    let constructed = 0;
    globalThis.RegExp = new Proxy(OriginalRegExp, {
      construct(target, args) {
        constructed++;
        return Reflect.construct(target, args) as object;
      },
    });
    try {
      const result = compileCustomRule({ ...base, subfield: 'a' });
      if (!result.ok) throw new Error(result.error);
      const afterCompile = constructed;
      expect(afterCompile).toBeGreaterThan(0);
      const ctx: RuleContext = {
        kind: 'bib',
        record,
        profile: GENERIC_PROFILE,
        options: { allowLocalTags: true },
        index: buildRecordIndex(record),
      };
      let count = 0;
      for (let i = 0; i < 1000; i++) count += result.rule.check(ctx).length;
      expect(count).toBe(2000);
      expect(constructed).toBe(afterCompile);
    } finally {
      globalThis.RegExp = OriginalRegExp;
    }
  });
});
