import { describe, expect, it } from 'vitest';
import { oneMainEntry } from '../../../../lib/rules/fields/one-main-entry';
import { places, run } from '../helpers';

describe('one-main-entry', () => {
  it('accepts a single 1XX', () => {
    expect(run(oneMainEntry, ['100 1# $aAusten, Jane.', '245 10 $aEmma.', '700 1# $aChapman, R. W.'])).toEqual([]);
  });

  it('flags every 1XX after the first, naming the one already there', () => {
    const findings = run(oneMainEntry, [
      '100 1# $aAusten, Jane.',
      '110 2# $aPenguin.',
      '245 10 $aEmma.',
      '100 1# $aChapman, R. W.',
    ]);
    expect(places(findings)).toEqual([
      { ruleId: 'one-main-entry', tag: '110', occurrence: 0 },
      { ruleId: 'one-main-entry', tag: '100', occurrence: 1 },
    ]);
    expect(findings[0]!.message).toContain('already has 100');
    expect(findings[0]!.message).toContain('found 3');
  });
});

describe('one-main-entry, counting as MARC::Lint does', () => {
  it('counts every 1XX tag, so UNIMARC records (100, 101, 102) are reported', () => {
    const findings = run(oneMainEntry, ['100 ## $a19001124d1981', '101 0# $aeng', '102 ## $aus']);
    expect(places(findings)).toEqual([
      { ruleId: 'one-main-entry', tag: '101', occurrence: 0 },
      { ruleId: 'one-main-entry', tag: '102', occurrence: 0 },
    ]);
    expect(findings[0]!.message).toContain('UNIMARC');
  });
});
