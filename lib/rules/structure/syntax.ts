/** Character classes for MARC 21 content designators (MARC 21 Specifications, Record Structure). */
export const SPECIFICATIONS_URL = 'https://www.loc.gov/marc/specifications/specrecstruc.html';
export const CHARACTER_SETS_URL = 'https://www.loc.gov/marc/specifications/speccharintro.html';

export const TAG_PATTERN = /^[0-9A-Za-z]{3}$/;
/** An indicator is one lowercase letter, digit or blank. */
export const INDICATOR_PATTERN = /^[0-9a-z ]$/;
/** A subfield code is one lowercase letter or digit. */
export const SUBFIELD_CODE_PATTERN = /^[0-9a-z]$/;
/** C0 controls and DEL: never data in MARC 21 (the reader turns delimiters and terminators into structure). */
export const CONTROL_CHARACTER = /[\u0000-\u001A\u001C-\u001F\u007F]/;
/** ESC (0x1B) starts MARC-8 escape sequences, so it is data in MARC-8 records (leader/09 blank) only. */
export const ESCAPE = /\u001B/;
