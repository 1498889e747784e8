/**
 * ISBN checks for 020, reproducing MARC::Lint's check_020 reading of a subfield (hyphens removed,
 * then the first run of 9-12 digits plus a digit or X), so that we flag the same values it does.
 * https://www.loc.gov/marc/bibliographic/bd020.html
 */

/** MARC::Lint: `s/^\D*(\d{9,12}[X\d])\b.*$/$1/` after removing hyphens. */
const LINT_NUMBER = /^\D*(\d{9,12}[X\d])\b.*$/;
const HYPHENS = /-/g;
const ISBN_SHAPE = /^(?:\d{10}|\d{13}|\d{9}X)$/;
const QUALIFIER_SPACED = /[X0-9] \(/;

/** The number MARC::Lint extracts from a subfield value (the whole hyphen-free value when none is found). */
export function lintIsbnNumber(value: string): string {
  const withoutHyphens = value.includes('-') ? value.replace(HYPHENS, '') : value;
  const match = LINT_NUMBER.exec(withoutHyphens);
  return match ? match[1]! : withoutHyphens;
}

export function hasIsbnShape(number: string): boolean {
  return ISBN_SHAPE.test(number);
}

/** True when the value starts with exactly the extracted number (no hyphens, spaces or prefixes). */
export function startsWithNumber(value: string, number: string): boolean {
  return value.startsWith(number);
}

/** A parenthesised qualifier must follow the number after one space: `0306406152 (pbk.)`. */
export function hasUnspacedQualifier(value: string): boolean {
  return value.includes('(') && !QUALIFIER_SPACED.test(value);
}

/** ISBN-10 check character (0-9 or X) for the first nine digits. */
export function isbn10CheckDigit(nineDigits: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (10 - i) * (nineDigits.charCodeAt(i) - 48);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** ISBN-13 / EAN-13 check digit for the first twelve digits (weights 1,3,1,3...). */
export function ean13CheckDigit(twelveDigits: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (i % 2 === 0 ? 1 : 3) * (twelveDigits.charCodeAt(i) - 48);
  return String((10 - (sum % 10)) % 10);
}

/** Expected check character of a 10- or 13-character ISBN (shape already checked). */
export function expectedIsbnCheck(number: string): string {
  return number.length === 10 ? isbn10CheckDigit(number.slice(0, 9)) : ean13CheckDigit(number.slice(0, 12));
}

export function isValidIsbn(number: string): boolean {
  return hasIsbnShape(number) && number.charAt(number.length - 1) === expectedIsbnCheck(number);
}

/** Leading number written with hyphens or spaces, optionally after an "ISBN" label, then the rest. */
const WRITTEN_NUMBER = /^(?:ISBN:?\s*)?(\d[\d -]*[\dXx])(.*)$/i;
const SEPARATORS = /[ -]/g;
const DIGIT_GROUP = /^(?:\d+[Xx]?|[Xx])$/;

/**
 * The value with its ISBN written as MARC 21 wants it (digits only, upper-case X, one space before a
 * qualifier), or null when that cannot be done safely: the cleaned number must be a checksum-valid
 * ISBN, and a space may only be removed when it splits the number (not when it follows a complete one).
 */
export function normalisedIsbnValue(value: string): string | null {
  const match = WRITTEN_NUMBER.exec(value);
  if (!match) return null;
  const written = match[1]!;
  const groups = written.split(SEPARATORS).filter((group) => group !== '');
  if (!groups.every((group) => DIGIT_GROUP.test(group))) return null;
  const first = groups[0]!;
  if (groups.length > 1 && (first.length === 10 || first.length === 13)) return null;
  const number = groups.join('').toUpperCase();
  if (!isValidIsbn(number)) return null;
  let rest = match[2]!;
  if (rest.startsWith('(')) rest = ` ${rest}`;
  const normalised = number + rest;
  return normalised === value ? null : normalised;
}
