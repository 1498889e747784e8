/**
 * ISSN form and check digit (022 $a, $l; 490 $x ...).
 * https://www.loc.gov/marc/bibliographic/bd022.html
 */

/** Lintadditions check_022: the first NNNN-NNNC (hyphen optional) at the start, after non-digits. */
const LEADING_ISSN = /^\D*(\d{4}-?\d{3}[\dXx])\b/;
const ISSN_FORM = /^\d{4}-\d{3}[\dX]$/;

/** The ISSN found at the start of the value (as written, hyphen optional), or null. */
export function leadingIssn(value: string): string | null {
  const match = LEADING_ISSN.exec(value);
  return match ? match[1]! : null;
}

/** The written form MARC 21 uses: four digits, hyphen, three digits, check digit or X. */
export function hasIssnForm(value: string): boolean {
  return ISSN_FORM.test(value);
}

/** Check character for the first seven digits (weights 8..2, modulus 11; 10 is X). */
export function issnCheckDigit(sevenDigits: string): string {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += (8 - i) * (sevenDigits.charCodeAt(i) - 48);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** Checksum test on an ISSN with or without its hyphen (x or X as check character). */
export function isValidIssn(issn: string): boolean {
  const digits = issn.replace('-', '').toUpperCase();
  if (digits.length !== 8) return false;
  return issnCheckDigit(digits.slice(0, 7)) === digits.charAt(7);
}

/** The ISSN in its MARC 21 form: NNNN-NNNC with an upper-case X. */
export function formattedIssn(issn: string): string {
  const digits = issn.replace('-', '').toUpperCase();
  return `${digits.slice(0, 4)}-${digits.slice(4)}`;
}
