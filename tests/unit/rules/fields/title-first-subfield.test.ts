import { describe, expect, it } from 'vitest';
import { titleFirstSubfield } from '../../../../lib/rules/fields/title-first-subfield';
import { places, run } from '../helpers';

describe('title-first-subfield', () => {
  it('accepts $a first, $6 then $a, and $k first without $a', () => {
    expect(run(titleFirstSubfield, ['245 10 $aEmma.'])).toEqual([]);
    expect(run(titleFirstSubfield, ['245 10 $6880-01$aEmma.', '880 10 $6245-01$aエマ.'])).toEqual([]);
    expect(run(titleFirstSubfield, ['245 00 $kPapers,$f1920-1950.'])).toEqual([]);
  });

  it('flags another subfield first', () => {
    const findings = run(titleFirstSubfield, ['245 10 $bsubtitle /$aTitle.']);
    expect(places(findings)).toEqual([{ ruleId: 'title-first-subfield', tag: '245', occurrence: 0, code: 'b' }]);
    expect(findings[0]!.subfieldIndex).toBe(0);
  });

  it('flags $6 not first once, and a non-$a after $6', () => {
    expect(places(run(titleFirstSubfield, ['245 10 $aTitle.$6880-01']))).toEqual([
      { ruleId: 'title-first-subfield', tag: '245', occurrence: 0, code: '6' },
    ]);
    expect(places(run(titleFirstSubfield, ['245 10 $6880-01$bsub.$aTitle.']))).toEqual([
      { ruleId: 'title-first-subfield', tag: '245', occurrence: 0, code: 'b' },
    ]);
    expect(places(run(titleFirstSubfield, ['245 10 $6880-01']))).toEqual([
      { ruleId: 'title-first-subfield', tag: '245', occurrence: 0, code: '6' },
    ]);
  });

  it('checks 880s linked to 245 as MARC::Lint does', () => {
    expect(places(run(titleFirstSubfield, ['245 10 $6880-01$aEmma.', '880 10 $6245-01$cby me.$aエマ.']))).toEqual([
      { ruleId: 'title-first-subfield', tag: '880', occurrence: 0, code: 'c' },
    ]);
  });

  // Appendix A control subfields: $6 first, then $8 field links, then the data (ecbdcntf.html).
  it('accepts $8 field links before $a, after $6 or on their own', () => {
    expect(run(titleFirstSubfield, ['245 10 $81\\c$aField notes /$cAnna Smith.'])).toEqual([]);
    expect(run(titleFirstSubfield, ['245 10 $6880-01$81\\c$aField notes /$cAnna Smith.'])).toEqual([]);
    expect(run(titleFirstSubfield, ['245 10 $81\\c$82\\c$aField notes.'])).toEqual([]);
    expect(places(run(titleFirstSubfield, ['245 10 $81\\c$bnotes from the field /$cAnna Smith.']))).toEqual([
      { ruleId: 'title-first-subfield', tag: '245', occurrence: 0, code: 'b' },
    ]);
    expect(places(run(titleFirstSubfield, ['245 10 $6880-01$81\\c$cAnna Smith.']))).toEqual([
      { ruleId: 'title-first-subfield', tag: '245', occurrence: 0, code: 'c' },
    ]);
  });
});
