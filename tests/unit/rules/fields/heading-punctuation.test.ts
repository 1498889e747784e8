import { describe, expect, it } from 'vitest';
import { headingPunctuation } from '../../../../lib/rules/fields/heading-punctuation';
import { places, run } from '../helpers';

const rule = headingPunctuation;

describe('heading-punctuation', () => {
  it('accepts headings ending with a period or date hyphen, ignoring control subfields', () => {
    expect(
      run(rule, [
        '100 1# $aAusten, Jane,$d1775-1817,$eauthor.$0http://id.loc.gov/authorities/names/n79032879',
        '700 1# $aChapman, R. W.$q(Robert William),$d1881-1960.',
        '650 #0 $aCats$xBehavior.',
        '650 #7 $aCats$2fast',
        '651 #0 $aParis (France)',
      ]),
    ).toEqual([]);
  });

  it('flags a missing final period and ")." endings', () => {
    expect(places(run(rule, ['110 2# $aInternational Correspondence Schools']))).toEqual([
      { ruleId: rule.id, tag: '110', occurrence: 0, code: 'a' },
    ]);
    expect(places(run(rule, ['651 #0 $aParis (France).']))).toEqual([
      { ruleId: rule.id, tag: '651', occurrence: 0, code: 'a' },
    ]);
  });

  it('flags a relator term without comma, but not $e of a meeting (subordinate unit)', () => {
    expect(places(run(rule, ['700 1# $aAusten, Jane$eauthor.']))).toEqual([
      { ruleId: rule.id, tag: '700', occurrence: 0, code: 'e' },
    ]);
    expect(run(rule, ['711 2# $aConference on Cats$eSteering Committee.'])).toEqual([]);
  });

  it('flags $l without a preceding period', () => {
    expect(places(run(rule, ['730 0# $aBible$lEnglish.']))).toEqual([
      { ruleId: rule.id, tag: '730', occurrence: 0, code: 'l' },
    ]);
  });
});
