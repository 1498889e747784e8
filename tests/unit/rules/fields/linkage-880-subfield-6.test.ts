import { describe, expect, it } from 'vitest';
import { linkage880Subfield6 } from '../../../../lib/rules/fields/linkage-880-subfield-6';
import { fixedField, places, run } from '../helpers';

const rule = linkage880Subfield6;

describe('linkage-880-subfield-6', () => {
  it('accepts well-formed linkage, with script and orientation', () => {
    expect(run(rule, ['245 10 $6880-01$aTitle.', '880 10 $6245-01/(3/r$aعنوان.'])).toEqual([]);
  });

  it('flags an 880 without $6 (MARC::Lint "880: No subfield 6")', () => {
    const findings = run(rule, ['245 10 $aTitle.', '880 10 $aTitle.']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '880', occurrence: 0, code: '6' }]);
    expect(findings[0]!.fieldIndex).toBe(1);
  });

  it('flags a malformed $6 and fixes trailing punctuation', () => {
    const findings = run(rule, ['500 ## $6880-21.$aNote.', '880 ## $6500 21$aNote.']);
    expect(places(findings)).toEqual([
      { ruleId: rule.id, tag: '500', occurrence: 0, code: '6' },
      { ruleId: rule.id, tag: '880', occurrence: 0, code: '6' },
    ]);
    expect(fixedField(findings[0])).toMatchObject({
      subfields: [
        { code: '6', value: '880-21' },
        { code: 'a', value: 'Note.' },
      ],
    });
    expect(findings[1]!.fix).toBeUndefined();
  });
  it('ignores a right-to-left mark after the linkage, and still flags a malformed one', () => {
    expect(run(linkage880Subfield6, ['880 10 $6245-01/(2/r\u200f$aשלום'])).toEqual([]);
    expect(run(linkage880Subfield6, ['880 10 $6245/(2/r\u200f$aשלום'])).toHaveLength(1);
  });

  // bd9xx: subfields of locally defined fields, $6 included, mean what the library defines.
  it('does not judge $6 in locally defined fields (9XX, X9X)', () => {
    expect(run(linkage880Subfield6, ['940 ## $6245-01 local$aBay Area bridges'])).toEqual([]);
    expect(run(linkage880Subfield6, ['690 ## $6copy 2$aBridges'])).toEqual([]);
    expect(run(linkage880Subfield6, ['500 ## $6copy 2$aNote'])).toHaveLength(1);
  });
});
