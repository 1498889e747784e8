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

  // bd245 $c: "by John Smith, B.A." style statements name a degree after the name (AACR2 1.1F7).
  it('does not take a degree after a name for spaced initials, and still flags initials before a name', () => {
    expect(run(rule, ['245 10 $aA sermon preached at Oxford /$cby John Williams, B. A.'])).toEqual([]);
    expect(run(rule, ['245 10 $aReport /$cby J. Smith, M. D., and R. Jones, LL. D.'])).toEqual([]);
    expect(places(run(rule, ['245 10 $aPoems /$cby T. S. Eliot.']))).toEqual([
      { ruleId: rule.id, tag: '245', occurrence: 0, code: 'c' },
    ]);
  });

  // bd245 $h and AACR2 1.1C: the GMD is bracketed, and a qualifier in parentheses may follow it inside.
  it('accepts a parenthesised qualifier inside the GMD brackets, and still flags a GMD without them', () => {
    expect(run(rule, ['245 10 $aCircle of friends$h[text (large print)] /$cMaeve Binchy.'])).toEqual([]);
    expect(run(rule, ['245 14 $aThe scroll$h[(large type)] /$cby Grant Jeffrey.'])).toEqual([]);
    expect(run(rule, ['245 00 $aNature sounds$h[sound recording].'])).toEqual([]);
    expect(places(run(rule, ['245 10 $aCircle of friends$htext (large print) /$cMaeve Binchy.']))).toEqual([
      { ruleId: rule.id, tag: '245', occurrence: 0, code: 'h' },
    ]);
    expect(run(rule, ['245 10 $aCircle of friends$h[text (large print /$cMaeve Binchy.'])).toHaveLength(1);
  });

  // bd880: the vernacular 245 keeps the punctuation of its script; right-to-left editors leave U+200F after it.
  it('accepts right-to-left marks after the ISBD marks and the script forms of the marks in 880', () => {
    expect(
      run(rule, [
        '245 10 $6880-01$aal-Adab :$bdirasat /$cSamir.',
        '880 10 $6245-01/(3/r\u200f$a\u200fالأدب :\u200f$b\u200fدراسات /\u200f$c\u200fسمير.',
      ]),
    ).toEqual([]);
    expect(
      run(rule, ['245 10 $6880-01$aZhongguo :$bjian shi /$cWang Li.', '880 10 $6245-01$a中国：$b简史／$c王力.']),
    ).toEqual([]);
    expect(
      places(
        run(rule, ['245 10 $6880-01$aal-Adab$cSamir.', '880 10 $6245-01/(3/r\u200f$a\u200fالأدب\u200f$c\u200fسمير.']),
      ),
    ).toEqual([
      { ruleId: rule.id, tag: '245', occurrence: 0, code: 'c' },
      { ruleId: rule.id, tag: '880', occurrence: 0, code: 'c' },
    ]);
  });

  it('does not judge the end of undecoded MARC-8 text (escape sequences still in it)', () => {
    expect(run(rule, ['245 10 $a\u001b(3iuN\u001b(B$bdirasat.'])).toEqual([]);
    expect(run(rule, ['245 10 $aKitab$bdirasat.'])).toHaveLength(1);
  });
});
