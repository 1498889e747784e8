import { describe, expect, it } from 'vitest';
import { captionPatternLinks } from '../../../../lib/rules/holdings/caption-pattern-links';
import { places, run } from '../helpers';

const SERIAL = '00000ny  a2200000un 4500';
const rule = captionPatternLinks;
const check = (fields: string[]) => run(rule, fields, SERIAL, 'holdings');

describe('caption-pattern-links', () => {
  it('accepts enumerations linked to their captions, and captions without enumeration', () => {
    expect(
      check(['853 20 $81$av.$bno.', '853 20 $82$av.', '863 40 $81.1$a1-5', '863 40 $82.1$a6', '854 00 $81$av.']),
    ).toEqual([]);
  });

  it('flags an enumeration whose caption is missing', () => {
    const findings = check(['853 20 $81$av.', '863 40 $82.1$a1-5']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '863', occurrence: 0, code: '8' }]);
    expect(findings[0]!.message).toContain('no 853 has $8 "2"');
  });

  it('flags missing or malformed $8 in captions and enumerations', () => {
    expect(places(check(['853 20 $av.', '863 40 $a1']))).toEqual([
      { ruleId: rule.id, tag: '853', occurrence: 0, code: '8' },
      { ruleId: rule.id, tag: '863', occurrence: 0, code: '8' },
    ]);
    expect(places(check(['853 20 $8a$av.', '863 40 $81$a1']))).toEqual([
      { ruleId: rule.id, tag: '853', occurrence: 0, code: '8' },
      { ruleId: rule.id, tag: '863', occurrence: 0, code: '8' },
    ]);
  });

  it('flags a link number used by two captions of the same tag', () => {
    expect(places(check(['853 20 $81$av.', '853 20 $81$ano.', '863 40 $81.1$a1']))).toEqual([
      { ruleId: rule.id, tag: '853', occurrence: 1, code: '8' },
    ]);
  });

  it('pairs 855 with 865 only', () => {
    expect(places(check(['853 20 $81$av.', '865 40 $81.1$a1']))).toEqual([
      { ruleId: rule.id, tag: '865', occurrence: 0, code: '8' },
    ]);
  });
});
