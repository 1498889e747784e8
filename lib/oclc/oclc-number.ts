import type { MarcRecord } from '../marc/types';
import { isControlField, isDataField } from '../marc/types';

/**
 * OCLC numbers in the forms 035 $a carries them: `(OCoLC)ocm00012345` (8 digits, zero-padded),
 * `(OCoLC)ocn123456789` (9 digits), `(OCoLC)on1234567890` (10 or more) and `(OCoLC)12345`.
 * https://libguides.tcnj.edu/c.php?g=334069&p=6740834
 */
const OCLC_VALUE = /^\s*(?:\(OCoLC\)\s*)?(?:ocm|ocn|on)?\s*0*(\d+)\s*$/i;
const HAS_OCLC_MARK = /^\s*(?:\(OCoLC\)|oc[mn]|on\d)/i;

/** The digits of an OCLC number without prefix or leading zeros, or null when the value is not one. */
export function normaliseOclcNumber(value: string): string | null {
  const match = OCLC_VALUE.exec(value);
  if (!match || match[1] === undefined) return null;
  return match[1] === '' ? null : match[1];
}

/**
 * The record's OCLC numbers, normalised to digits, without duplicates, in record order: 035 $a values
 * that carry the (OCoLC) prefix or an ocm/ocn/on prefix, and 001 when 003 is `OCoLC`.
 * Cancelled numbers (035 $z) are left out unless `includeCancelled` is set.
 */
export function extractOclcNumbers(
  record: MarcRecord | undefined,
  options: { includeCancelled?: boolean } = {},
): string[] {
  const numbers: string[] = [];
  if (!record) return numbers;
  const add = (value: string) => {
    if (!HAS_OCLC_MARK.test(value)) return;
    const digits = normaliseOclcNumber(value);
    if (digits !== null && digits !== '0' && !numbers.includes(digits)) numbers.push(digits);
  };
  let controlNumber: string | undefined;
  let controlSource: string | undefined;
  for (const field of record.fields) {
    if (field.tag === '001' && isControlField(field)) controlNumber ??= field.value;
    else if (field.tag === '003' && isControlField(field)) controlSource ??= field.value.trim();
    else if (field.tag === '035' && isDataField(field)) {
      for (const subfield of field.subfields) {
        if (subfield.code === 'a' || (options.includeCancelled && subfield.code === 'z')) add(subfield.value);
      }
    }
  }
  if (controlNumber !== undefined && controlSource?.toUpperCase() === 'OCOLC') {
    const digits = normaliseOclcNumber(controlNumber);
    if (digits !== null && digits !== '0' && !numbers.includes(digits)) numbers.push(digits);
  }
  return numbers;
}

/** WorldCat page of an OCLC number. */
export function worldcatUrl(oclcNumber: string): string {
  return `https://search.worldcat.org/title/${encodeURIComponent(oclcNumber)}`;
}
