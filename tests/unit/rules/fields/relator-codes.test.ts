import { describe, expect, it } from 'vitest';
import { relatorCodes } from '../../../../lib/rules/fields/relator-codes';
import { codeListDates } from '../../../../lib/marc21/codelists';
import { fixedField, places, run } from '../helpers';

const rule = relatorCodes;

describe('relator-codes', () => {
  it('accepts codes of the MARC Code List for Relators and relationship URIs in $4', () => {
    expect(
      run(rule, [
        '100 1# $aSmith, Jane,$eauthor.$4aut',
        '700 1# $aDoe, John,$eillustrator.$4ill$4http://id.loc.gov/vocabulary/relators/ill',
        '710 2# $aAcme Press,$epublisher.$4https://rdaregistry.info/Elements/u/P60441',
        '711 2# $aConference on Things$jeditor.$4edt',
      ]),
    ).toEqual([]);
  });

  it('reports a code the list does not know at info, with the date of the list', () => {
    const findings = run(rule, ['700 1# $aDoe, John.$4xyz']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '700', occurrence: 0, code: '4' }]);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.message).toContain(`not in LC's MARC Code List for Relators as of ${codeListDates.relators}`);
    expect(findings[0]!.fix).toBeUndefined();
  });

  it('says a discontinued code is obsolete, not unknown, and keeps it a warning', () => {
    const findings = run(rule, ['700 1# $aDoe, John.$4voc']);
    expect(findings[0]!.message).toContain('discontinued');
    expect(findings[0]!.message).not.toContain('not in LC');
    expect(findings[0]!.severity).toBe('warning');
  });

  it('offers the code for a term or a code with punctuation keyed into $4', () => {
    expect(fixedField(run(rule, ['700 1# $aDoe, John.$4Illustrator'])[0])).toMatchObject({
      subfields: [
        { code: 'a', value: 'Doe, John.' },
        { code: '4', value: 'ill' },
      ],
    });
    expect(fixedField(run(rule, ['100 1# $aSmith, Jane.$4aut.'])[0])).toMatchObject({
      subfields: [
        { code: 'a', value: 'Smith, Jane.' },
        { code: '4', value: 'aut' },
      ],
    });
  });

  it('checks 880 fields linked to a name field, and leaves $4 of other fields alone', () => {
    expect(places(run(rule, ['880 1# $6700-01$aDoe.$4zzz']))).toEqual([
      { ruleId: rule.id, tag: '880', occurrence: 0, code: '4' },
    ]);
    expect(run(rule, ['758 ## $aSomething$4http://example.org/rel', '541 ## $4zzz'])).toEqual([]);
  });
});
