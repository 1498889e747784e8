import { isDataField } from '../../marc/types';
import type { Edit, Finding, Rule } from '../types';
import { fieldFinding } from '../shared/make-finding';
import { placeParams, quoted } from '../shared/place';
import { ruleText, type RuleMessageId, withParams } from '../messages';
import { withSubfieldValue } from '../shared/subfields';
import type { DataFieldEntry } from '../shared/field-entry';
import { dataFieldsWithLinked } from '../shared/linkage';
import {
  expectedIsbnCheck,
  hasIsbnShape,
  hasUnspacedQualifier,
  isValidIsbn,
  lintIsbnNumber,
  normalisedIsbnValue,
} from '../shared/isbn';

/** MARC::Lint only looks for valid numbers in $z written as "ISBN ..." or with hyphens. */
const LOOKS_WRITTEN_OUT = /^ISBN|^\d*-\d+/;
const ISBN13_PREFIX = /^97[89]/;

/**
 * MARC::Lint check_020: invalid characters (hyphens, spaces, labels), qualifier spacing, number of
 * digits, ISBN-10 and ISBN-13 check digits; a checksum-valid ISBN in $z (cancelled/invalid ISBN).
 * Differences: the $z check also covers ISBN-13 (Lint: ISBN-10 only; and with Business::ISBN 3.x it
 * dies there), and an ISBN-13 must begin 978 or 979.
 */
export const isbn: Rule = {
  id: 'isbn',
  title: 'ISBN (020) form and check digit',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'A mistyped ISBN breaks matching in Alma, OCLC and vendor systems; valid numbers belong in $a, invalid ones in $z.',
  source: 'https://www.loc.gov/marc/bibliographic/bd020.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const entry of dataFieldsWithLinked(ctx, '020')) {
      if (!isDataField(entry.field)) continue;
      const subfields = entry.field.subfields;
      for (let i = 0; i < subfields.length; i++) {
        const { code, value } = subfields[i]!;
        if (code === 'a') checkIsbn(entry, i, value, findings);
        else if (code === 'z') checkCancelled(entry, i, value, findings);
      }
    }
    return findings;
  },
};

function checkIsbn(entry: DataFieldEntry, index: number, value: string, findings: Finding[]): void {
  const number = lintIsbnNumber(value);
  const badStart = !value.startsWith(number);
  const unspacedQualifier = hasUnspacedQualifier(value);
  const shaped = hasIsbnShape(number);
  const notIsbn13 = shaped && number.length === 13 && !ISBN13_PREFIX.test(number);
  const expected = shaped && !notIsbn13 ? expectedIsbnCheck(number) : '';
  const badCheck = expected !== '' && number.charAt(number.length - 1) !== expected;
  if (!badStart && !unspacedQualifier && shaped && !notIsbn13 && !badCheck) return;

  // Something is wrong: build the messages, and the clean-up fix once for the findings it applies to.
  const cleaned = normalisedIsbnValue(value);
  const fix: Edit | undefined = cleaned
    ? {
        type: 'replace-field',
        fieldIndex: entry.fieldIndex,
        field: withSubfieldValue(entry.field, index, cleaned),
        description: `Write the ISBN as ${quoted(cleaned)}`,
        safe: true,
      }
    : undefined;
  const place = placeParams(entry.field.tag, entry.occurrence, 'a');
  const report = (id: RuleMessageId, params: Record<string, string | number>, withFix: boolean) =>
    findings.push(
      fieldFinding(isbn, entry, ruleText(id, withParams(place, params)), {
        code: 'a',
        subfieldIndex: index,
        ...(withFix && fix ? { fix } : {}),
      }),
    );

  if (badStart) {
    report('isbn.bad-start', { value: quoted(value) }, true);
  }
  if (unspacedQualifier) {
    report('isbn.unspaced-qualifier', { value: quoted(value) }, true);
  }
  if (!shaped) {
    report('isbn.not-isbn', { value: quoted(value), number: quoted(number) }, true);
  } else if (notIsbn13) {
    report('isbn.not-isbn13', { number }, false);
  } else if (badCheck) {
    report('isbn.bad-check', { length: number.length, number, expected }, false);
  }
}

function checkCancelled(entry: DataFieldEntry, index: number, value: string, findings: Finding[]): void {
  if (!LOOKS_WRITTEN_OUT.test(value)) return;
  const number = lintIsbnNumber(value);
  if (!isValidIsbn(number)) return;
  findings.push(
    fieldFinding(
      isbn,
      entry,
      ruleText('isbn.valid-in-z', withParams(placeParams(entry.field.tag, entry.occurrence, 'z'), { number })),
      { code: 'z', subfieldIndex: index },
    ),
  );
}
