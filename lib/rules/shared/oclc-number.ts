/**
 * OCLC number forms in 035 (OCLC holdings maintenance, docs/procedures.md): "(OCoLC)" followed by ocm + 8 digits,
 * ocn + 9 digits, on + 10 or more digits, or plain digits.
 * https://www.oclc.org/bibformats/en/0xx/035.html
 */
export const OCLC_PREFIX = '(OCoLC)';
const OCLC_NUMBER_BODY = /^(?:ocm\d{8}|ocn\d{9}|on\d{10,}|\d+)$/;
/** Something meant as an OCLC number: any spelling of the (OCoLC) prefix, or a bare ocm/ocn/on number. */
const OCLC_LIKE = /^\s*(?:\(\s*oc(?:o?lc)\s*(?:-[a-z])?\s*\)|oclc\b|ocolc\b|oc[mn]\d|on\d{10})/i;
const LOOSE_PREFIX = /^\s*(?:\(\s*oc(?:o?lc)\s*\)|oclc:?|ocolc:?)\s*/i;
const SPACES = /\s+/g;

/** True when the value is meant as an OCLC number (so its form matters). */
export function isOclcLike(value: string): boolean {
  return OCLC_LIKE.test(value);
}

/** True when the value is exactly one of the accepted 035 forms. */
export function hasOclcNumberForm(value: string): boolean {
  return value.startsWith(OCLC_PREFIX) && OCLC_NUMBER_BODY.test(value.slice(OCLC_PREFIX.length));
}

/**
 * The accepted form of a value whose only problems are the prefix spelling, spaces or a missing prefix
 * ("(OCLC) 12345", "ocm01234567", "(ocolc)12345"), or null when the number itself needs a person.
 */
export function correctedOclcNumber(value: string): string | null {
  const body = value.replace(LOOSE_PREFIX, '').replace(SPACES, '');
  if (!OCLC_NUMBER_BODY.test(body)) return null;
  const corrected = OCLC_PREFIX + body;
  return corrected === value ? null : corrected;
}

const DIGITS = /\d+$/;

/** The number without prefix and leading zeros, to compare OCLC numbers written in different forms. */
export function oclcNumberDigits(value: string): string | null {
  const match = DIGITS.exec(value);
  if (!match) return null;
  const digits = match[0].replace(/^0+/, '');
  return digits === '' ? null : digits;
}
