import { describe, expect, it } from 'vitest';
import { titleSubfieldPunctuation } from '../../../../lib/rules/fields/title-subfield-punctuation';
import { fixedField, places, run } from '../helpers';

const rule = titleSubfieldPunctuation;

describe('title-subfield-punctuation', () => {
  it('accepts ISBD punctuation', () => {
    expect(run(rule, ['245 10 $aEmma :$ba novel /$cJane Austen.'])).toEqual([]);
    expect(run(rule, ['245 00 $aStar wars.$nEpisode IV,$pA new hope$h[videorecording] /$cLucasfilm.'])).toEqual([]);
  });

  it('does not check non-ISBD records (Leader/18 blank), and checks ISBD ones (Leader/18 a)', () => {
    const nonIsbd = '00000nam  2200000   4500';
    expect(run(rule, ['245 10 $aChicago stories$cby Mary J. Holmes'], nonIsbd)).toEqual([]);
    expect(run(rule, ['245 10 $aChicago stories$cby Mary J. Holmes'], '00000nam a2200000 a 4500')).toHaveLength(1);
  });

  it('flags $c without " /" and fixes it after a word', () => {
    const findings = run(rule, ['245 10 $aEmma$cJane Austen.']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '245', occurrence: 0, code: 'c' }]);
    expect(fixedField(findings[0])).toMatchObject({
      subfields: [
        { code: 'a', value: 'Emma /' },
        { code: 'c', value: 'Jane Austen.' },
      ],
    });
    expect(fixedField(run(rule, ['245 10 $aEmma/$cJane Austen.'])[0])).toMatchObject({
      subfields: [
        { code: 'a', value: 'Emma /' },
        { code: 'c', value: 'Jane Austen.' },
      ],
    });
    expect(run(rule, ['245 10 $aEmma :$cJane Austen.'])[0]!.fix).toBeUndefined();
  });

  it('flags spaced initials in $c, except in [i.e. ...]', () => {
    expect(places(run(rule, ['245 10 $aThe hobbit /$cJ. R. R. Tolkien.']))).toEqual([
      { ruleId: rule.id, tag: '245', occurrence: 0, code: 'c' },
    ]);
    expect(run(rule, ['245 10 $aThe hobbit /$cJ.R.R. Tolkien.'])).toEqual([]);
  });

  it('flags $b, $h, $n and $p without their punctuation', () => {
    expect(places(run(rule, ['245 10 $aEmma,$ba novel.']))).toEqual([
      { ruleId: rule.id, tag: '245', occurrence: 0, code: 'b' },
    ]);
    expect(run(rule, ['245 10 $aEmma $h[text].'])).toHaveLength(1);
    expect(run(rule, ['245 10 $aEmma$htext.'])).toHaveLength(1);
    expect(places(run(rule, ['245 10 $aStar wars$nEpisode IV.']))).toEqual([
      { ruleId: rule.id, tag: '245', occurrence: 0, code: 'n' },
    ]);
    expect(places(run(rule, ['245 10 $aStar wars.$nEpisode IV.$pA new hope.']))).toEqual([
      { ruleId: rule.id, tag: '245', occurrence: 0, code: 'p' },
    ]);
    expect(places(run(rule, ['245 10 $aStar wars$pA new hope.']))).toEqual([
      { ruleId: rule.id, tag: '245', occurrence: 0, code: 'p' },
    ]);
  });
});
