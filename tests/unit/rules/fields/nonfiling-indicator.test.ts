import { describe, expect, it } from 'vitest';
import { nonfilingIndicator } from '../../../../lib/rules/fields/nonfiling-indicator';
import { applyFix, book008, fixedField, record, contextFor, run } from '../helpers';

const check = (fields: string[]) => nonfilingIndicator.check(contextFor(record(fields)));

describe('nonfiling-indicator', () => {
  it('accepts an English article counted with its space', () => {
    expect(run(nonfilingIndicator, [book008(), '245 14 $aThe hobbit.'])).toEqual([]);
  });

  it('flags an uncounted English article and fixes the indicator', () => {
    const rec = record([book008(), '245 10 $aThe hobbit.']);
    const findings = nonfilingIndicator.check(contextFor(rec));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'nonfiling-indicator',
      tag: '245',
      occurrence: 0,
      indicator: 2,
      fieldIndex: 1,
    });
    expect(findings[0]!.message).toContain('should be 4');
    expect(fixedField(findings[0])).toEqual({
      tag: '245',
      ind1: '1',
      ind2: '4',
      subfields: [{ code: 'a', value: 'The hobbit.' }],
    });
    expect(nonfilingIndicator.check(contextFor(applyFix(rec, findings[0])))).toEqual([]);
  });

  it('counts quotes and brackets around the article as MARC::Lint does', () => {
    expect(run(nonfilingIndicator, [book008(), `245 15 $a"The 'wild' ones."`])).toHaveLength(1);
    expect(run(nonfilingIndicator, [book008(), `245 15 $a"The wild ones."`])).toEqual([]);
    expect(run(nonfilingIndicator, [book008({ language: 'fre' }), "245 12 $aL'étranger."])).toEqual([]);
  });

  it('knows exceptions that only look like articles', () => {
    expect(run(nonfilingIndicator, [book008(), '245 10 $aA to Z of everything.'])).toEqual([]);
    expect(run(nonfilingIndicator, [book008({ language: 'spa' }), '245 10 $aLos Angeles.'])).toEqual([]);
  });

  it('uses the record language: "Die" is an article in German, not in English', () => {
    expect(run(nonfilingIndicator, [book008({ language: 'ger' }), '245 14 $aDie Welt.'])).toEqual([]);
    const german = run(nonfilingIndicator, [book008({ language: 'ger' }), '245 10 $aDie Welt.']);
    expect(german.map((f) => fixedField(f))).toEqual([
      { tag: '245', ind1: '1', ind2: '4', subfields: [{ code: 'a', value: 'Die Welt.' }] },
    ]);
    expect(run(nonfilingIndicator, [book008(), '245 10 $aDie hard.'])).toEqual([]);
  });

  it('accepts 0 or the article length for a word that is an article only in another language', () => {
    expect(run(nonfilingIndicator, [book008(), '245 10 $aLa bohème.'])).toEqual([]);
    expect(run(nonfilingIndicator, [book008(), '245 13 $aLa bohème.'])).toEqual([]);
    const odd = run(nonfilingIndicator, [book008(), '245 12 $aLa bohème.']);
    expect(odd).toHaveLength(1);
    expect(odd[0]!.fix).toBeUndefined();
  });

  it('flags a count on a title without article, with a fix to 0 when the language is known', () => {
    const findings = run(nonfilingIndicator, [book008(), '245 04 $aHobbits.']);
    expect(findings).toHaveLength(1);
    expect(fixedField(findings[0])).toMatchObject({ ind2: '0' });
    const unknownLanguage = check(['245 04 $aHobbits.']);
    expect(unknownLanguage).toHaveLength(1);
    expect(unknownLanguage[0]!.fix).toBeUndefined();
  });

  it("falls back to MARC::Lint's list when the language is unknown", () => {
    expect(check(['245 10 $aThe hobbit.'])).toHaveLength(1);
    expect(check(['245 10 $aDie Welt.'])).toEqual([]);
  });

  it('accepts 0 or 3 for Scandinavian "en", as Lint does', () => {
    expect(run(nonfilingIndicator, [book008({ language: 'swe' }), '245 10 $aEn dag.'])).toEqual([]);
    expect(run(nonfilingIndicator, [book008({ language: 'swe' }), '245 13 $aEn dag.'])).toEqual([]);
  });

  it('reports a non-numeric indicator once, with the article length as fix', () => {
    const findings = run(nonfilingIndicator, [book008(), '245 1# $aThe end.']);
    expect(findings).toHaveLength(1);
    expect(fixedField(findings[0])).toMatchObject({ ind2: '4' });
  });

  it('checks indicator 1 of 130/630/730 and indicator 2 of 240/830, and 880s linked to 245', () => {
    const findings = run(nonfilingIndicator, [
      book008(),
      '130 0# $aThe Bible.',
      '245 10 $6880-01$aHobbit.',
      '630 40 $aBible.',
      '880 14 $6245-01$aThe hobbit.',
    ]);
    expect(findings.map((f) => [f.tag, f.occurrence, f.indicator])).toEqual([
      ['130', 0, 1],
      ['630', 0, 1],
    ]);
    const linked = run(nonfilingIndicator, [book008(), '245 10 $6880-01$aHobbit.', '880 10 $6245-01$aThe hobbit.']);
    expect(linked.map((f) => [f.tag, f.occurrence, f.fieldIndex])).toEqual([['880', 0, 2]]);
  });

  // Appendix F lists al- (Arabic) and ha- (Hebrew); in the script the article is written onto its word.
  it('accepts an attached Arabic or Hebrew article skipped or not, and flags other counts', () => {
    const arabic = book008({ language: 'ara' });
    expect(
      run(nonfilingIndicator, [arabic, '245 13 $6880-01$aal-Adab al-ʻArabi.', '880 12 $6245-01/(3/r$aالأدب العربي.']),
    ).toEqual([]);
    expect(
      run(nonfilingIndicator, [arabic, '245 13 $6880-01$aal-Adab al-ʻArabi.', '880 10 $6245-01/(3/r$aالأدب العربي.']),
    ).toEqual([]);
    const hebrew = book008({ language: 'heb' });
    expect(run(nonfilingIndicator, [hebrew, '245 13 $6880-01$aha-Sefer.', '880 11 $6245-01/(2/r$aהספר.'])).toEqual([]);
    expect(run(nonfilingIndicator, [arabic, '880 13 $6245-01/(3/r$aالأدب العربي.'])).toHaveLength(1);
    expect(run(nonfilingIndicator, [hebrew, '880 12 $6245-01/(2/r$aהספר.'])).toHaveLength(1);
    // A right-to-left mark before the text is invisible: the count may include it or not.
    expect(run(nonfilingIndicator, [arabic, '880 12 $6245-01/(3/r$a\u200fالأدب العربي.'])).toEqual([]);
    expect(run(nonfilingIndicator, [arabic, '880 13 $6245-01/(3/r$a\u200fالأدب العربي.'])).toEqual([]);
    // "ال" alone, or ה before a non-Hebrew character, is no attached article.
    expect(run(nonfilingIndicator, [arabic, '880 12 $6245-01/(3/r$aال'])).toHaveLength(1);
  });
});
