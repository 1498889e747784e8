import type { ProblemSeverity, StructuralProblem } from './types';

/**
 * Every structural problem code the readers emit, with a one-line explanation. The codes are stable:
 * the CLI turns them into `structure/<code>` rule ids, and users may filter on them.
 */
export const STRUCTURAL_PROBLEM_CODES = {
  // ISO 2709 framing (where one record ends and the next begins)
  'bad-leader-length': 'Leader/00-04 (record length) is not a five-digit number.',
  'record-length-mismatch': 'Leader/00-04 does not match where the record terminator (0x1D) actually is.',
  'missing-record-terminator': 'The record does not end with a record terminator (0x1D).',
  'unreadable-bytes': 'Bytes that do not form a record were skipped.',
  'record-too-short': 'Fewer than 24 bytes: not even a complete leader.',
  'record-too-long': 'The record is longer than 99,999 bytes; its leader and directory hold the placeholder 99999.',
  // ISO 2709 leader and directory
  'bad-base-address': 'Leader/12-16 (base address of data) is not a five-digit number.',
  'base-address-mismatch': 'Leader/12-16 does not point just after the directory terminator.',
  'nonstandard-leader-structure': 'Leader/10-11 or 20-23 differ from the MARC 21 values "22" and "4500".',
  'missing-directory-terminator': 'No field terminator (0x1E) ends the directory.',
  'directory-not-multiple-of-12': 'The directory length is not a multiple of 12 characters.',
  'bad-directory-entry': 'A directory entry has a length or starting position that is not a number.',
  'directory-entry-outside-record': 'A directory entry points to data that does not exist.',
  'directory-entry-start-mismatch': 'A directory entry does not point to the start of a field.',
  'field-length-mismatch': 'A directory entry gives a length that does not end at a field terminator.',
  'missing-field-terminator': 'The last field does not end with a field terminator (0x1E).',
  'field-without-directory-entry': 'Field data that no directory entry points to.',
  // Fields, whatever the format
  'bad-indicators': 'A data field does not start with exactly two indicators before its first subfield.',
  'empty-subfield': 'A subfield delimiter is followed by no subfield code.',
  'bad-subfield-code': 'A subfield code is not exactly one character.',
  // Character encoding
  'invalid-utf8': 'Bytes that are not valid UTF-8 in a record that declares UTF-8 (leader/09 = a).',
  'marc8-not-converted': 'A MARC-8 record (leader/09 blank) has non-ASCII characters, which were not converted.',
  'marc8-undefined-character':
    "A MARC-8 record has bytes or escape sequences that LC's MARC-8 code tables do not define (they became U+FFFD).",
  'marc8-declared-but-utf8': 'Leader/09 is blank (MARC-8) but the data is valid UTF-8 with non-ASCII characters.',
  'unknown-character-coding': 'Leader/09 is neither "a" (UTF-8) nor blank (MARC-8).',
  // Text formats (MARCXML, .mrk)
  'xml-not-well-formed': 'The XML could not be parsed.',
  'xml-too-deep': 'Elements nest deeper than the reader follows (MAX_XML_DEPTH); reading stopped there.',
  'missing-leader': 'A record has no leader; a placeholder was used.',
  'bad-leader': 'The leader is not 24 characters long.',
  'bad-tag': 'A field tag is not three characters.',
  'unexpected-element': 'An XML element or text that is not part of MARCXML was ignored.',
  'unreadable-line': 'A line that is not a MarcEdit mnemonic field was ignored.',
  'unknown-mnemonic': 'A {mnemonic} that MarcEdit does not define was kept as it is.',
  'truncated-input': 'The input ended in the middle of a record.',
} as const satisfies Record<string, string>;

export type StructuralProblemCode = keyof typeof STRUCTURAL_PROBLEM_CODES;

/** Builds a problem; severity defaults to error because structural damage means data may be misread. */
export function structuralProblem(
  code: StructuralProblemCode,
  message: string,
  where: { offset?: number; line?: number; tag?: string } = {},
  severity: ProblemSeverity = 'error',
): StructuralProblem {
  const problem: StructuralProblem = { code, severity, message };
  if (where.offset !== undefined) problem.offset = where.offset;
  if (where.line !== undefined) problem.line = where.line;
  if (where.tag !== undefined) problem.tag = where.tag;
  return problem;
}
