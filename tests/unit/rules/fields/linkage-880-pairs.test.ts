import { describe, expect, it } from 'vitest';
import { linkage880Pairs } from '../../../../lib/rules/fields/linkage-880-pairs';
import { places, run } from '../helpers';

const rule = linkage880Pairs;
const at = (tag: string, occurrence: number) => ({ ruleId: rule.id, tag, occurrence, code: '6' });

describe('linkage-880-pairs', () => {
  it('accepts pairs that link both ways, and unpaired 880s with occurrence 00', () => {
    expect(
      run(rule, [
        '245 10 $6880-01$aTitle.',
        '260 ## $6880-02$aPlace',
        '880 10 $6245-01$aタイトル.',
        '880 ## $6260-02$a東京',
        '880 ## $6500-00$aメモ',
      ]),
    ).toEqual([]);
  });

  it('flags an 880 whose partner does not link back', () => {
    const findings = run(rule, ['245 10 $aTitle.', '880 10 $6245-01$aタイトル.']);
    expect(places(findings)).toEqual([at('880', 0)]);
    expect(findings[0]!.message).toContain('no 245');
  });

  it('flags a field whose 880 is missing', () => {
    expect(places(run(rule, ['245 10 $6880-01$aTitle.']))).toEqual([at('245', 0)]);
  });

  it('flags a tag mismatch and a reused occurrence number', () => {
    expect(places(run(rule, ['246 10 $6880-01$aTitle.', '880 10 $6245-01$aタイトル.']))).toEqual([at('880', 0)]);
    const reused = run(rule, ['245 10 $6880-01$aTitle.', '880 10 $6245-01$aタイトル.', '880 10 $6245-01$aタイトル2.']);
    expect(places(reused)).toEqual([at('880', 1)]);
    expect(reused[0]!.message).toContain('already used by 880 occurrence 1');
  });

  // bd9xx: a locally defined field's $6 is local data; a local field may still be an 880's partner.
  it('does not report the $6 of a locally defined field, and lets a local field be the partner', () => {
    expect(run(linkage880Pairs, ['940 ## $6880-05$aLocal title'])).toEqual([]);
    expect(run(linkage880Pairs, ['590 ## $6880-01$aLocal note', '880 ## $6590-01$aМестная заметка'])).toEqual([]);
    expect(places(run(linkage880Pairs, ['500 ## $6880-05$aNote']))).toEqual([
      { ruleId: 'linkage-880-pairs', tag: '500', occurrence: 0, code: '6' },
    ]);
  });

  // One root cause, one finding: "880-06." is linkage-880-subfield-6's finding (with a fix), not also a broken pair.
  it('pairs a $6 with trailing punctuation, and does not ask a local field to link back', () => {
    expect(
      run(linkage880Pairs, ['500 ## $6880-06.$aTranslation of: Sense and sensibility.', '880 ## $6500-06/$aX']),
    ).toEqual([]);
    expect(run(linkage880Pairs, ['880 ## $6998-21$a孫致禮譯.'])).toEqual([]);
    expect(run(linkage880Pairs, ['880 ## $6500-21$aNote.'])).toHaveLength(1);
  });
});
