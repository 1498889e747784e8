import { describe, expect, it } from 'vitest';
import { oclcCatalogingLanguage } from '../../../../lib/rules/oclc/oclc-cataloging-language';
import { rulePolicy } from '../../../../lib/rules/policy';
import { fixedField, places, run } from '../helpers';

describe('oclc-cataloging-language', () => {
  it('accepts 040 with $b, whatever its code (the code is cataloging-language-040), and a record without 040', () => {
    expect(run(oclcCatalogingLanguage, ['040 ## $aDLC$beng$cDLC'])).toEqual([]);
    expect(run(oclcCatalogingLanguage, ['040 ## $aDE-101$bxyz$cDE-101'])).toEqual([]);
    expect(run(oclcCatalogingLanguage, ['245 00 $aA title.'])).toEqual([]);
  });

  it('offers "$b eng" after $a as an explicit (not safe) choice when $b is missing', () => {
    const findings = run(oclcCatalogingLanguage, ['040 ## $aDLC$cDLC']);
    expect(places(findings)).toEqual([{ ruleId: 'oclc-cataloging-language', tag: '040', occurrence: 0, code: 'b' }]);
    expect(fixedField(findings[0])).toEqual({
      tag: '040',
      ind1: ' ',
      ind2: ' ',
      subfields: [
        { code: 'a', value: 'DLC' },
        { code: 'b', value: 'eng' },
        { code: 'c', value: 'DLC' },
      ],
    });
    expect(findings[0]!.fix).toMatchObject({ safe: false });
    expect(findings[0]!.fix!.description).toContain('only if the record was catalogued in English');
  });

  it('is labelled as the OCLC input-standards policy', () => {
    expect(rulePolicy(oclcCatalogingLanguage)?.group).toBe('oclc');
  });
});
