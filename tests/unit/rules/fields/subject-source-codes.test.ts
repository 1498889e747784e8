import { describe, expect, it } from 'vitest';
import { subjectSourceCodes } from '../../../../lib/rules/fields/subject-source-codes';
import { codeListDates } from '../../../../lib/marc21/codelists';
import { fixedField, places, run } from '../helpers';

const rule = subjectSourceCodes;

describe('subject-source-codes', () => {
  it('accepts listed subject and genre sources, with edition qualifiers', () => {
    expect(run(rule, ['650 #7 $aCats.$2fast', '655 #7 $aFiction.$2lcgft', '650 #7 $aCooking.$2bisacsh/2010'])).toEqual(
      [],
    );
  });

  it('uses the genre list for 655 and the subject list for 650', () => {
    expect(places(run(rule, ['650 #7 $aCats.$2lcgft']))).toEqual([
      { ruleId: rule.id, tag: '650', occurrence: 0, code: '2' },
    ]);
  });

  it('moves lcsh into indicator 2 = 0 and trims punctuation after a code', () => {
    expect(fixedField(run(rule, ['655 #7 $aDomestic fiction.$2lcsh'])[0])).toEqual({
      tag: '655',
      ind1: ' ',
      ind2: '0',
      subfields: [{ code: 'a', value: 'Domestic fiction.' }],
    });
    expect(fixedField(run(rule, ['655 #7 $aLove stories.$2gsafd.'])[0])).toMatchObject({
      subfields: [
        { code: 'a', value: 'Love stories.' },
        { code: '2', value: 'gsafd' },
      ],
    });
  });

  it('flags unknown codes without a fix, and ignores $2 when indicator 2 is not 7', () => {
    const findings = run(rule, ['651 #7 $aParis.$2madeup']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '651', occurrence: 0, code: '2' }]);
    expect(findings[0]!.fix).toBeUndefined();
    expect(run(rule, ['650 #0 $aCats.$2madeup'])).toEqual([]);
  });

  it('accepts the current LC codes the 2020 lists lacked (DNB/GND, Nordic, RDA vocabularies in 655)', () => {
    const codes = ['gnd-content', 'gnd-carrier', 'gnd-music', 'nskzs', 'slm', 'cbk', 'rdare', 'lcgft', 'fast'];
    expect(
      run(
        rule,
        codes.map((code) => `655 #7 $aSomething.$2${code}`),
      ),
    ).toEqual([]);
    expect(run(rule, ['650 #7 $aCats.$2cyac', '650 #7 $aKatzen$2gnd', '651 #7 $aParis$2wikidata'])).toEqual([]);
  });

  it("reports an unknown code at info as not in LC's list as of its date, a discontinued one as obsolete", () => {
    const unknown = run(rule, ['655 #7 $aThing.$2notacode'])[0]!;
    expect(unknown.severity).toBe('info');
    expect(unknown.message).toContain(
      `not in LC's Genre/Form Code and Term Source Codes as of ${codeListDates['genre-sources']}`,
    );
    const discontinued = run(rule, ['650 #7 $aThing.$2ndllsh'])[0]!;
    expect(discontinued.message).toContain('discontinued');
    expect(discontinued.severity).toBe('warning');
  });
});
