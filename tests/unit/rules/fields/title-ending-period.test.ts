import { describe, expect, it } from 'vitest';
import { titleEndingPeriod } from '../../../../lib/rules/fields/title-ending-period';
import { applyFix, contextFor, fixedField, places, record, run } from '../helpers';

describe('title-ending-period', () => {
  it('accepts a final period', () => {
    expect(run(titleEndingPeriod, ['245 10 $aEmma /$cJane Austen.'])).toEqual([]);
  });

  it('adds the missing period as a fix, and the fixed record passes', () => {
    const rec = record(['245 10 $aEmma /$cJane Austen [pseud.]']);
    const findings = titleEndingPeriod.check(contextFor(rec));
    expect(places(findings)).toEqual([{ ruleId: 'title-ending-period', tag: '245', occurrence: 0, code: 'c' }]);
    expect(fixedField(findings[0])).toEqual({
      tag: '245',
      ind1: '1',
      ind2: '0',
      subfields: [
        { code: 'a', value: 'Emma /' },
        { code: 'c', value: 'Jane Austen [pseud.].' },
      ],
    });
    expect(titleEndingPeriod.check(contextFor(applyFix(rec, findings[0])))).toEqual([]);
  });

  it('replaces trailing spaces by the period', () => {
    expect(fixedField(run(titleEndingPeriod, ['245 10 $aEmma.  '])[0])).toMatchObject({
      subfields: [{ code: 'a', value: 'Emma.' }],
    });
  });

  it('offers no fix after dangling ISBD punctuation', () => {
    const findings = run(titleEndingPeriod, ['245 10 $aEmma /']);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.fix).toBeUndefined();
  });

  it('reminds about LCRI 1.0C for ? and !', () => {
    const findings = run(titleEndingPeriod, ['245 10 $aWhy?']);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('LCRI 1.0C');
  });

  it('skips records whose leader/18 says ISBD punctuation is omitted', () => {
    expect(run(titleEndingPeriod, ['245 10 $aEmma'], '00000nam a2200000 c 4500')).toEqual([]);
  });

  // bd880: a CJK 245 ends with the full-width full stop; right-to-left fields may end with U+200F after the period.
  it('accepts the full-width or ideographic full stop and a trailing right-to-left mark', () => {
    expect(run(titleEndingPeriod, ['880 10 $6245-01$a北韓法令集／$c鄭慶謨．'])).toEqual([]);
    expect(run(titleEndingPeriod, ['880 10 $6245-01$a日本文学史。'])).toEqual([]);
    expect(run(titleEndingPeriod, ['880 10 $6245-01/(2/r$aהספר האחרון /$cדן אמיר.\u200f'])).toEqual([]);
    expect(run(titleEndingPeriod, ['880 10 $6245-01$a日本文学史'])).toHaveLength(1);
  });

  it('does not judge the end of undecoded MARC-8 text', () => {
    expect(run(titleEndingPeriod, ['245 10 $aKitab\u001b(3iuN\u001b(B'])).toEqual([]);
  });

  // bdleader/18 blank: non-ISBD records follow no ISBD ending convention; a joining mark at the end still means a
  // cut-off field.
  it('in non-ISBD records reports only an ending in a joining mark', () => {
    const nonIsbd = '00000nam  2200000   4500';
    expect(
      run(titleEndingPeriod, ['245 14 $aThe sky pilot;$ba tale of the foothills,$cby Ralph Connor [pseud.]'], nonIsbd),
    ).toEqual([]);
    expect(run(titleEndingPeriod, ['245 10 $aChicago stories$cby Mary J. Holmes'], nonIsbd)).toEqual([]);
    expect(places(run(titleEndingPeriod, ['245 10 $aHandbook of practical hygiene,'], nonIsbd))).toEqual([
      { ruleId: 'title-ending-period', tag: '245', occurrence: 0, code: 'a' },
    ]);
    expect(run(titleEndingPeriod, ['245 14 $aThe sky pilot /$cby Ralph Connor [pseud.]'])).toHaveLength(1);
  });
});
