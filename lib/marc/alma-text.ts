import type { StructuralProblem, Subfield } from './types';

/**
 * Alma's text form of a data field's subfields, as the Metadata Editor's textarea shows it:
 *
 *     $$a Title : $$b subtitle / $$c responsibility.
 *
 * The grammar, decided here because Alma publishes none:
 *
 * - A delimiter is `$$` followed by a code character: one code point that is neither whitespace nor `$`.
 *   Codes other than a-z and 0-9 (e.g. `$$A`) are still read as codes, so a bad code stays visible for
 *   the rules instead of silently becoming part of the previous value.
 * - `$$` followed by whitespace, by `$`, or at the end of the text is data (e.g. `US$$ 5`). In `$$$a` the
 *   first `$` is data and `$$a` is the delimiter (scanning is left to right).
 * - Formatting whitespace: exactly one space right after the code, and exactly one space right before the
 *   next delimiter, are formatting. Any further whitespace is data, so `$$a  x` is " x". The last subfield
 *   keeps everything after its formatting space, including trailing spaces.
 * - An empty subfield is written `$$b` with no space of its own (the templates show `$$b $$c $$h $$i`).
 * - Text before the first delimiter is kept as `leadingText` and, unless it is only whitespace, reported.
 *
 * With these rules `parse(format(s))` gives back `s` for every subfield list that `almaTextProblems` accepts,
 * and `format(parse(t))` gives back `t` for every text Alma writes.
 */

export const ALMA_DELIMITER = '$$';

export interface AlmaSubfieldParse {
  subfields: Subfield[];
  /** Text before the first `$$` delimiter, verbatim (usually ''). Kept so nothing typed is lost. */
  leadingText: string;
  problems: StructuralProblem[];
}

const WHITESPACE = /\s/u;
const STANDARD_CODE = /^[a-z0-9]$/;

/** The code character at `index` if it can follow `$$` as a subfield code, else null. */
function codeAt(text: string, index: number): string | null {
  const point = text.codePointAt(index);
  if (point === undefined) return null;
  const char = String.fromCodePoint(point);
  if (char === '$' || WHITESPACE.test(char)) return null;
  return char;
}

/** Index of the next delimiter at or after `from`, or -1. */
function nextDelimiter(text: string, from: number): number {
  let index = text.indexOf(ALMA_DELIMITER, from);
  while (index !== -1) {
    if (codeAt(text, index + 2) !== null) return index;
    index = text.indexOf(ALMA_DELIMITER, index + 1);
  }
  return -1;
}

/**
 * Reads Alma's `$$` text into subfields. Never throws; anything odd is reported in `problems`
 * (offsets are character offsets into `text`). `tag` is only used to make messages say where.
 */
export function parseAlmaSubfields(text: string, tag?: string): AlmaSubfieldParse {
  const problems: StructuralProblem[] = [];
  const subfields: Subfield[] = [];
  const where = tag ? `Field ${tag}` : 'The field';
  let start = nextDelimiter(text, 0);
  const leadingText = start === -1 ? text : text.slice(0, start);

  if (start === -1) {
    problems.push({
      code: 'no-subfields',
      severity: 'error',
      message: `${where} has no subfields: a data field needs at least one "$$" followed by a subfield code, e.g. "$$a".`,
      offset: 0,
      tag,
    });
    return { subfields, leadingText, problems };
  }
  if (leadingText.trim() !== '') {
    problems.push({
      code: 'text-before-first-subfield',
      severity: 'warning',
      message: `${where} has text before its first subfield ("${leadingText.trim()}"); move it into a subfield or delete it.`,
      offset: 0,
      tag,
    });
  }

  while (start !== -1) {
    const code = codeAt(text, start + 2) as string;
    const valueStart = start + 2 + code.length;
    const next = nextDelimiter(text, valueStart);
    const last = next === -1;
    let value = text.slice(valueStart, last ? text.length : next);
    if (value.startsWith(' ')) value = value.slice(1);
    if (!last && value.endsWith(' ')) value = value.slice(0, -1);
    if (!STANDARD_CODE.test(code)) {
      problems.push({
        code: 'unusual-subfield-code',
        severity: 'warning',
        message: `${where} has subfield code "${code}" (subfield ${subfields.length + 1}); MARC 21 codes are a-z or 0-9.`,
        offset: start,
        tag,
      });
    }
    subfields.push({ code, value });
    start = next;
  }
  return { subfields, leadingText, problems };
}

/** Writes subfields the way Alma shows them: `$$a value $$b value`, empty subfields as bare `$$b`. */
export function formatAlmaSubfields(subfields: readonly Subfield[], leadingText = ''): string {
  let text = leadingText;
  for (let i = 0; i < subfields.length; i++) {
    const subfield = subfields[i] as Subfield;
    if (i > 0) text += ' ';
    text += ALMA_DELIMITER + subfield.code;
    if (subfield.value !== '') text += ` ${subfield.value}`;
  }
  return text;
}

/**
 * Subfields that Alma's text form cannot carry unchanged: a code that is not a single non-space,
 * non-`$` character, or a value containing `$$` followed by a code character. Formatting such a field
 * and reading it back would change it, so callers should not round-trip it silently.
 */
export function almaTextProblems(subfields: readonly Subfield[], tag?: string): StructuralProblem[] {
  const problems: StructuralProblem[] = [];
  const where = tag ? `Field ${tag}` : 'The field';
  subfields.forEach((subfield, index) => {
    const code = codeAt(subfield.code, 0);
    if (code === null || code.length !== subfield.code.length) {
      problems.push({
        code: 'code-not-representable',
        severity: 'error',
        message: `${where}, subfield ${index + 1}: code ${JSON.stringify(subfield.code)} cannot be written after "$$"; use a letter or digit.`,
        tag,
      });
    }
    if (nextDelimiter(subfield.value, 0) !== -1) {
      problems.push({
        code: 'delimiter-in-value',
        severity: 'error',
        message: `${where}, subfield ${index + 1} ($${subfield.code}): the value contains "$$" followed by a character, which Alma would read as a new subfield; remove the "$$".`,
        tag,
      });
    }
  });
  return problems;
}
