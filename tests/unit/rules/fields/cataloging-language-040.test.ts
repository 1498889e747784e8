import { describe, expect, it } from 'vitest';
import { catalogingLanguage040 } from '../../../../lib/rules/fields/cataloging-language-040';
import { fixedField, places, run } from '../helpers';

describe('cataloging-language-040', () => {
  it('accepts a valid $b', () => {
    expect(run(catalogingLanguage040, ['040 ## $aDLC$beng$cDLC'])).toEqual([]);
  });

  it('offers "$b eng" after $a as an explicit choice when $b is missing', () => {
    const findings = run(catalogingLanguage040, ['040 ## $aDLC$cDLC']);
    expect(places(findings)).toEqual([{ ruleId: 'cataloging-language-040', tag: '040', occurrence: 0, code: 'b' }]);
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
    expect(findings[0]!.fix!.description).toContain('only if the record was catalogued in English');
  });

  it('flags invalid and obsolete codes without a fix', () => {
    const invalid = run(catalogingLanguage040, ['040 ## $aDLC$benglish$cDLC']);
    expect(places(invalid)).toEqual([{ ruleId: 'cataloging-language-040', tag: '040', occurrence: 0, code: 'b' }]);
    expect(invalid[0]!.fix).toBeUndefined();
    expect(run(catalogingLanguage040, ['040 ## $aDLC$besk$cDLC'])[0]!.message).toContain('obsolete');
  });
});
