import { describe, expect, it } from 'vitest';
import { rdaTypeTerms } from '../../../../lib/rules/fields/rda-type-terms';
import { codeListDates } from '../../../../lib/marc21/codelists';
import { places, run } from '../helpers';

const rule = rdaTypeTerms;

describe('rda-type-terms', () => {
  it('accepts LC term/code pairs, repeated pairs, and terms in another case', () => {
    expect(
      run(rule, [
        '336 ## $atext$btxt$2rdacontent',
        '336 ## $astill image$atext$bsti$btxt$2rdacontent',
        '337 ## $aunmediated$bn$2rdamedia',
        '338 ## $aVolume$bnc$2rdacarrier',
        '338 ## $aonline resource$bcr$2rdacarrier',
      ]),
    ).toEqual([]);
  });

  it('does not judge terms in the language of cataloguing, or other vocabularies', () => {
    expect(
      run(rule, [
        '040 ## $aDE-101$bger$erda',
        '336 ## $aText$btxt$2gnd-content',
        '337 ## $aohne Hilfsmittel zu benutzen$bn$2gnd-media',
        '338 ## $aBand$bnc$2gnd-carrier',
        '336 ## $atexte$btxt$2rdacontent',
        '338 ## $avolume$bxx$2isbdcarrier',
      ]),
    ).toEqual([]);
  });

  it("flags a code that contradicts LC's term in $a", () => {
    const findings = run(rule, ['338 ## $avolume$bcr$2rdacarrier']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '338', occurrence: 0, code: 'b' }]);
    expect(findings[0]!.message).toContain('"cr" is the code for "online resource"');
    expect(findings[0]!.message).toContain('"nc"');
  });

  it('reports a code the list does not know at info, with the date of the list', () => {
    const findings = run(rule, ['337 ## $aunmediated$bq$2rdamedia']);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.message).toContain(
      `not in LC's Term and Code List for RDA Media Types as of ${codeListDates['rda-media-types']}`,
    );
  });

  it('does not pair terms and codes when their numbers differ', () => {
    expect(run(rule, ['336 ## $atext$astill image$btxt$2rdacontent'])).toEqual([]);
  });
});
