/** Character classes for MARC 21 content designators (MARC 21 Specifications, Record Structure). */
export const SPECIFICATIONS_URL = 'https://www.loc.gov/marc/specifications/specrecstruc.html';
export const CHARACTER_SETS_URL = 'https://www.loc.gov/marc/specifications/speccharintro.html';

/** C0 controls and DEL: never data in MARC 21 (the reader turns delimiters and terminators into structure). */
export const CONTROL_CHARACTER = /[\u0000-\u001A\u001C-\u001F\u007F]/;
/** The same plus ESC (0x1B), which starts MARC-8 escape sequences: data in MARC-8 records (leader/09 blank) only. */
export const CONTROL_CHARACTER_OR_ESCAPE = /[\u0000-\u001F\u007F]/;

/** Char-code tests for the hot loops (no regex per subfield): digits, lowercase ASCII letters. */
export function isLowerAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}

/** One lowercase letter or digit: a well-formed subfield code. */
export function isSubfieldCode(code: string): boolean {
  return code.length === 1 && isLowerAlnum(code.charCodeAt(0));
}

/** One lowercase letter, digit or blank: a well-formed indicator. */
export function isIndicator(value: string): boolean {
  if (value.length !== 1) return false;
  const code = value.charCodeAt(0);
  return code === 32 || isLowerAlnum(code);
}

/** Three ASCII letters or digits: a well-formed tag. */
export function isTag(tag: string): boolean {
  if (tag.length !== 3) return false;
  for (let i = 0; i < 3; i++) {
    const code = tag.charCodeAt(i);
    if (!(isLowerAlnum(code) || (code >= 65 && code <= 90))) return false;
  }
  return true;
}

/** Unicode white space as String.prototype.trim sees it. */
export function isWhitespace(code: number): boolean {
  if (code > 32 && code < 0xa0) return false; // printable ASCII and C1: the usual case, decided at once
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
