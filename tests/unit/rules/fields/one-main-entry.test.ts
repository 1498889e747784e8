import { describe, expect, it } from 'vitest';
import { oneMainEntry } from '../../../../lib/rules/fields/one-main-entry';
import { undefinedTagRule } from '../../../../lib/rules/definitions/undefined-tag';
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

describe('one-main-entry and UNIMARC 1XX: one fault, one rule', () => {
  it('leaves 1XX tags MARC 21 does not define (UNIMARC 100, 101, 102) to undefined-tag', () => {
    const fields = ['100 ## $a19001124d1981', '101 0# $aeng', '102 ## $aus'];
    expect(run(oneMainEntry, fields)).toEqual([]);
    expect(places(run(undefinedTagRule, fields)).map((place) => place.tag)).toEqual(['101', '102']);
  });
});
