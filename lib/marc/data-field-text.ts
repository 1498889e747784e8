import { structuralProblem } from './problem-codes';
import { visible } from './bytes';
import type { DataField, StructuralProblem, Subfield } from './types';

/** Where a field came from, for problem messages: a byte/char offset and/or a 1-based line. */
export interface FieldLocation {
  offset?: number;
  line?: number;
}

/** Length of the subfield code at `at`: one UTF-16 unit, or two for a surrogate pair. */
function codeLength(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  return unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length ? 2 : 1;
}

function describeWhere(tag: string, where: FieldLocation): string {
  if (where.line !== undefined) return `Field ${tag} (line ${where.line})`;
  if (where.offset !== undefined) return `Field ${tag} (byte ${where.offset})`;
  return `Field ${tag}`;
}

/** Conversions for text formats with escapes (MarcEdit's `{dollar}`, `\\` for blank…). */
export interface FieldTextDecoding {
  /** Applied to the text before the first delimiter (the indicators). */
  head: (text: string) => string;
  /** Applied to each subfield's text (code and value) before the code is taken. */
  subfield: (text: string) => string;
}

/**
 * Parses the body of a data field — two indicators, then subfields each introduced by `delimiter` —
 * as ISO 2709 stores it (delimiter 0x1F) or MarcEdit writes it (`$`). Damage is reported into
 * `problems`, never thrown: missing indicators become blanks, text between the indicators and the
 * first subfield is quoted in the message, empty delimiters are dropped.
 */
export function parseDataFieldText(
  tag: string,
  text: string,
  delimiter: string,
  problems: StructuralProblem[],
  where: FieldLocation,
  decoding?: FieldTextDecoding,
): DataField {
  let first = text.indexOf(delimiter);
  const rawHead = first === -1 ? text : text.slice(0, first);
  const head = decoding ? decoding.head(rawHead) : rawHead;
  const headEnd = head.length;
  const ind1 = headEnd > 0 ? head[0]! : ' ';
  const ind2 = headEnd > 1 ? head[1]! : ' ';
  if (headEnd !== 2) {
    const what =
      headEnd < 2
        ? `has ${headEnd} indicator character(s) instead of 2; the missing indicator(s) were read as blank`
        : `has extra text "${visible(head.slice(2))}" between its indicators and its first subfield; that text is not part of any subfield — re-enter it in a subfield`;
    problems.push(structuralProblem('bad-indicators', `${describeWhere(tag, where)} ${what}.`, { ...where, tag }));
  }
  const subfields: Subfield[] = [];
  while (first !== -1) {
    const start = first + 1;
    first = text.indexOf(delimiter, start);
    const end = first === -1 ? text.length : first;
    if (end === start) {
      problems.push(
        structuralProblem(
          'empty-subfield',
          `${describeWhere(tag, where)} has a subfield delimiter with no subfield code (subfield ${subfields.length + 1}); it was dropped.`,
          { ...where, tag },
        ),
      );
      continue;
    }
    if (decoding) {
      const chunk = decoding.subfield(text.slice(start, end));
      const length = codeLength(chunk, 0);
      subfields.push({ code: chunk.slice(0, length), value: chunk.slice(length) });
    } else {
      const length = codeLength(text, start);
      subfields.push({ code: text.slice(start, start + length), value: text.slice(start + length, end) });
    }
  }
  return { tag, ind1, ind2, subfields };
}
