import type { Field, StructuralProblem } from '../../lib/marc/types';
import { isControlTag } from '../../lib/marc/types';
import { parseAlmaSubfields } from '../../lib/marc/alma-text';
import type { ExtractedRecord, FieldRowRef } from './types';
import { fromAlmaBlanks, indicatorFromAlma, showsBlanksAsHash } from './blanks';
import { fieldRowsOf, findEditorTables, paneOf, rowRef } from './grid';
import { paneContext } from './pane-context';
import { detectRecordType } from './record-type';

/**
 * Reads every record shown in a Metadata Editor grid document (one per `editorTable` pane).
 * Never throws on odd markup: rows that cannot be read are skipped and reported in `problems`, and the
 * editor keeps whatever the user typed. `fieldRows[i]` is the row of `record.fields[i]`.
 */
export function extractRecords(doc: Document): ExtractedRecord[] {
  const tables = findEditorTables(doc);
  return tables.map((table, index) => extractPane(doc, table, index, tables.length));
}

function problem(code: string, message: string, tag?: string): StructuralProblem {
  return { code, severity: 'warning', message, tag };
}

function extractPane(doc: Document, table: HTMLTableElement, paneIndex: number, paneCount: number): ExtractedRecord {
  const problems: StructuralProblem[] = [];
  const fields: Field[] = [];
  const fieldRows: FieldRowRef[] = [];
  let leader: string | null = null;
  let leaderRow: FieldRowRef | null = null;

  for (const [rowIndex, row] of fieldRowsOf(table).entries()) {
    const ref = rowRef(row);
    const tag = (ref.tagInput?.value ?? '').trim();
    const where = `Row ${rowIndex + 1}${tag ? ` (${tag})` : ''}`;
    if (tag === '') {
      problems.push(
        problem('row-without-tag', `${where} has no tag yet, so it was left out; type a tag to include it.`),
      );
      continue;
    }
    if (!ref.textarea) {
      problems.push(
        problem('row-without-text', `${where} has no text box the extension recognises, so it was left out.`, tag),
      );
      continue;
    }
    const text = ref.textarea.value;
    if (tag === 'LDR') {
      if (leaderRow) {
        problems.push(problem('duplicate-leader', `${where} is a second leader; only the first one is used.`, tag));
        continue;
      }
      leader = fromAlmaBlanks(text);
      leaderRow = ref;
      continue;
    }
    fields.push(fieldOfRow(ref, tag, text, where, problems));
    fieldRows.push(ref);
  }

  if (leader === null) {
    problems.push(problem('missing-leader', 'The record has no LDR row; the leader is read as empty.', 'LDR'));
  }
  const context = paneContext(doc, table, paneIndex, paneCount);
  const tags = new Set(fields.map((field) => field.tag));
  return {
    record: { leader: leader ?? '', fields },
    type: detectRecordType({ leader, headerText: context.headerText, tags }),
    mmsId: context.mmsId,
    pane: paneOf(table, paneIndex, paneCount),
    leaderRow,
    fieldRows,
    problems,
  };
}

/** The field a row holds, in the record model; what cannot be read cleanly goes to `problems`. */
function fieldOfRow(ref: FieldRowRef, tag: string, text: string, where: string, problems: StructuralProblem[]): Field {
  if (isControlTag(tag)) return { tag, value: showsBlanksAsHash(tag) ? fromAlmaBlanks(text) : text };
  const parsed = parseAlmaSubfields(text, tag);
  problems.push(...parsed.problems);
  const ind1 = readIndicator(ref.ind1Input, 1, where, tag, problems);
  const ind2 = readIndicator(ref.ind2Input, 2, where, tag, problems);
  return { tag, ind1, ind2, subfields: parsed.subfields };
}

/**
 * The field a row holds now, read exactly as extractRecords reads it (so an unchanged row gives an equal
 * field); the leader for the LDR row; null for a row without a tag or a text box.
 */
export function readRowField(ref: FieldRowRef): Field | string | null {
  const tag = (ref.tagInput?.value ?? '').trim();
  if (tag === '' || !ref.textarea) return null;
  if (tag === 'LDR') return fromAlmaBlanks(ref.textarea.value);
  return fieldOfRow(ref, tag, ref.textarea.value, tag, []);
}

function readIndicator(
  input: HTMLInputElement | null,
  position: 1 | 2,
  where: string,
  tag: string,
  problems: StructuralProblem[],
): string {
  if (!input) {
    problems.push(
      problem('missing-indicator-box', `${where}: indicator ${position} box not found; read as blank.`, tag),
    );
    return ' ';
  }
  const value = indicatorFromAlma(input.value);
  if (value.length !== 1) {
    problems.push(
      problem(
        'indicator-length',
        `${where}: indicator ${position} is "${input.value}"; an indicator is one character (# for blank).`,
        tag,
      ),
    );
  }
  return value;
}
