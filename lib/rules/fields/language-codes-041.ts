import type { Finding, Rule } from '../types';
import { codeListDates, languageCodes, obsoleteLanguageCodes } from '../../marc21/codelists';
import { dataFieldsWithLinked } from '../shared/linkage';
import { fieldFinding } from '../shared/make-finding';
import { placeParams, quoted } from '../shared/place';
import { ruleText, withParams } from '../messages';
import { withSubfieldValue } from '../shared/subfields';
import type { DataFieldEntry } from '../shared/field-entry';

const NOT_LOWER_CASE_LETTER = /[^a-z]/g;

/** Subfields of 041 that do not hold language codes. Lint checks them too (deliberate difference). */
const NOT_LANGUAGE_CODES = new Set(['2', '3', '6', '8']);

/**
 * MARC::Lint check_041: unless indicator 2 is 7 (codes from the source in $2), every subfield must be
 * a multiple of three characters (one code, or several run together in older records), and each
 * three-character code must be in the MARC Code List for Languages ("may be obsolete" otherwise).
 */
export const languageCodes041: Rule = {
  id: 'language-codes-041',
  title: 'Language codes (041) are valid MARC codes',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale: 'Language facets and limits in discovery read 041; an unknown code drops the record out of them.',
  source: 'https://www.loc.gov/marc/bibliographic/bd041.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const entry of dataFieldsWithLinked(ctx, '041')) {
      if (entry.field.ind2 === '7') continue;
      const subfields = entry.field.subfields;
      for (let i = 0; i < subfields.length; i++) {
        const { code, value } = subfields[i]!;
        if (NOT_LANGUAGE_CODES.has(code)) continue;
        checkCodes(entry, i, code, value, findings);
      }
    }
    return findings;
  },
};

function checkCodes(entry: DataFieldEntry, index: number, code: string, value: string, findings: Finding[]): void {
  const place = placeParams(entry.field.tag, entry.occurrence, code);
  if (value.length % 3 !== 0) {
    const lettersOnly = lettersIfAllValid(value);
    findings.push(
      fieldFinding(
        languageCodes041,
        entry,
        lettersOnly
          ? ruleText('language-codes-041.letters', withParams(place, { value: quoted(value), letters: lettersOnly }))
          : ruleText('language-codes-041.not-codes', withParams(place, { value: quoted(value) })),
        {
          code,
          subfieldIndex: index,
          ...(lettersOnly
            ? {
                fix: {
                  type: 'replace-field' as const,
                  fieldIndex: entry.fieldIndex,
                  field: withSubfieldValue(entry.field, index, lettersOnly),
                  description: `Write $${code} as "${lettersOnly}"`,
                  safe: lettersOnly.length === 3,
                },
              }
            : {}),
        },
      ),
    );
    return;
  }
  for (let start = 0; start < value.length; start += 3) {
    const language = value.slice(start, start + 3);
    if (languageCodes.has(language)) continue;
    const lower = language.toLowerCase();
    const fixable = value.length === 3 && lower !== language && languageCodes.has(lower);
    const message = obsoleteLanguageCodes.has(language)
      ? ruleText('language-codes-041.obsolete', withParams(place, { language }))
      : fixable
        ? ruleText('language-codes-041.lower-case', withParams(place, { language, lower }))
        : ruleText('language-codes-041.unknown', withParams(place, { language, date: codeListDates.languages }));
    findings.push(
      fieldFinding(languageCodes041, entry, message, {
        code,
        subfieldIndex: index,
        ...(fixable
          ? {
              fix: {
                type: 'replace-field' as const,
                fieldIndex: entry.fieldIndex,
                field: withSubfieldValue(entry.field, index, lower),
                description: `Write the code as "${lower}"`,
                safe: true,
              },
            }
          : {}),
      }),
    );
  }
}

/** "(eng)" or "eng." → "eng" when what remains is one or more valid codes; otherwise null. */
function lettersIfAllValid(value: string): string | null {
  const letters = value.replace(NOT_LOWER_CASE_LETTER, '');
  if (letters.length === 0 || letters.length % 3 !== 0) return null;
  for (let start = 0; start < letters.length; start += 3)
    if (!languageCodes.has(letters.slice(start, start + 3))) return null;
  return letters;
}
