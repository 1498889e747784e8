import type { Finding, Rule } from '../types';
import { dataFieldsWithLinked } from '../shared/linkage';
import { fieldFinding } from '../shared/make-finding';
import { placeParams, quoted } from '../shared/place';
import { ean13CheckDigit } from '../shared/isbn';
import type { DataFieldEntry } from '../shared/field-entry';
import { type RuleMessageId, ruleText, withParams } from '../messages';

const UPC = /^\d{12}$/;
const EAN = /^\d{13}$/;
/** ISMN: 979-0 followed by nine digits (13-digit form) or M followed by nine digits (older form). */
const ISMN_13 = /^9790\d{9}$/;
const ISMN_10 = /^M\d{9}$/;
const SEPARATORS = /[ -]/g;

/**
 * 024 with indicator 1 = 1 (UPC), 2 (ISMN) or 3 (EAN): the number in $a has a fixed length and a
 * check digit (MARC::Lintadditions check_024 checks UPC and EAN; ISMN was on its to-do list).
 */
export const standardIdentifier024: Rule = {
  id: 'standard-identifier-024',
  title: 'UPC, ISMN and EAN (024) length and check digit',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale: 'Barcodes are scanned and matched automatically; a wrong digit matches nothing or the wrong product.',
  source: 'https://www.loc.gov/marc/bibliographic/bd024.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const entry of dataFieldsWithLinked(ctx, '024')) {
      const kind = entry.field.ind1;
      if (kind !== '1' && kind !== '2' && kind !== '3') continue;
      const subfields = entry.field.subfields;
      for (let i = 0; i < subfields.length; i++) {
        if (subfields[i]!.code === 'a') checkNumber(entry, i, kind, subfields[i]!.value, findings);
      }
    }
    return findings;
  },
};

function checkNumber(entry: DataFieldEntry, index: number, kind: string, value: string, findings: Finding[]): void {
  const number = value.split(' ')[0]!.replace(SEPARATORS, '');
  let digits: string | null = null;
  let wrongNumber: RuleMessageId;
  if (kind === '1') {
    wrongNumber = 'standard-identifier-024.not-upc';
    if (UPC.test(number)) digits = `0${number}`;
  } else if (kind === '3') {
    wrongNumber = 'standard-identifier-024.not-ean';
    if (EAN.test(number)) digits = number;
  } else {
    wrongNumber = 'standard-identifier-024.not-ismn';
    if (ISMN_13.test(number)) digits = number;
    else if (ISMN_10.test(number)) digits = `9790${number.slice(1)}`;
  }
  if (digits === null) {
    findings.push(
      fieldFinding(
        standardIdentifier024,
        entry,
        ruleText(
          wrongNumber,
          withParams(placeParams(entry.field.tag, entry.occurrence, 'a'), { value: quoted(value) }),
        ),
        { code: 'a', subfieldIndex: index },
      ),
    );
    return;
  }
  const expected = ean13CheckDigit(digits.slice(0, 12));
  if (digits.charAt(12) === expected) return;
  findings.push(
    fieldFinding(
      standardIdentifier024,
      entry,
      ruleText(
        'standard-identifier-024.check-digit',
        withParams(placeParams(entry.field.tag, entry.occurrence, 'a'), { number, expected }),
      ),
      { code: 'a', subfieldIndex: index },
    ),
  );
}
