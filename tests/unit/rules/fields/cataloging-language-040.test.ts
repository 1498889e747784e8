import { describe, expect, it } from 'vitest';
import { catalogingLanguage040 } from '../../../../lib/rules/fields/cataloging-language-040';
import { places, run } from '../helpers';

describe('cataloging-language-040', () => {
  it('accepts a valid $b', () => {
    expect(run(catalogingLanguage040, ['040 ## $aDLC$beng$cDLC'])).toEqual([]);
  });

  it('says nothing when $b is missing (that $b is required is the OCLC policy rule oclc-cataloging-language)', () => {
    expect(run(catalogingLanguage040, ['040 ## $aDLC$cDLC'])).toEqual([]);
  });

  it('flags invalid and obsolete codes without a fix', () => {
    const invalid = run(catalogingLanguage040, ['040 ## $aDLC$benglish$cDLC']);
    expect(places(invalid)).toEqual([{ ruleId: 'cataloging-language-040', tag: '040', occurrence: 0, code: 'b' }]);
    expect(invalid[0]!.fix).toBeUndefined();
    expect(run(catalogingLanguage040, ['040 ## $aDLC$besk$cDLC'])[0]!.message).toContain('obsolete');
  });
});
