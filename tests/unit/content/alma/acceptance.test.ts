import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../../content/alma/extract-record';
import { readIso2709 } from '../../../../lib/marc/iso2709';
import type { MarcRecord } from '../../../../lib/marc/types';
import { recordToGridRows, renderPanes, type GridPane } from '../../../../scripts/gen-fixtures/render-grid';
import { MARC_FIXTURES, parseHtml } from './helpers/fixtures';

/**
 * Acceptance: every record of these files, rendered into the fixture grid by the generator's own renderer
 * (independent of content/alma) and read back with extractRecords, equals the record read from the file.
 */
const FILES = ['traject-test_data.utf8.mrc', 'lc-BooksAll.2014.part01-0001.mrc'];

/** The generator's grid markup in a bare document (the fixture pages add only style and a helper script). */
const gridDocument = (panes: GridPane[]): Document =>
  parseHtml(`<!DOCTYPE html><html><body>${renderPanes(panes)}</body></html>`);

function recordsOf(file: string): MarcRecord[] {
  return Array.from(readIso2709(readFileSync(join(MARC_FIXTURES, file))), (result) => result.record).filter(
    (record): record is MarcRecord => record !== null,
  );
}

describe.each(FILES)('%s rendered into the grid and read back', (file) => {
  const records = recordsOf(file);

  it('has records', () => {
    expect(records.length).toBeGreaterThanOrEqual(30);
  });

  // Both ways Alma shows a blank indicator (docs/alma-evidence.md §3.5): "#", or an empty box.
  it.each(['#', ''] as const)('reads back every record field by field (blank indicators "%s")', (blankIndicator) => {
    for (const [index, record] of records.entries()) {
      const rows = recordToGridRows(record, (tag) => tag.startsWith('9'));
      const single = extractRecords(gridDocument([{ side: 'left', rows, blankIndicator }]));
      expect(single, `record ${index + 1}`).toHaveLength(1);
      const [extracted] = single;
      expect(extracted!.record.leader, `record ${index + 1} leader`).toBe(record.leader);
      expect(extracted!.record.fields.length, `record ${index + 1} field count`).toBe(record.fields.length);
      record.fields.forEach((field, fieldIndex) => {
        expect(
          extracted!.record.fields[fieldIndex],
          `record ${index + 1} field ${fieldIndex + 1} (${field.tag})`,
        ).toEqual(field);
        expect(extracted!.fieldRows[fieldIndex]!.local).toBe(field.tag.startsWith('9'));
      });
      expect(extracted!.problems).toEqual([]);
    }
  });

  it('keeps the two panes of a split view apart', () => {
    const [first, second] = records;
    const doc = gridDocument([
      { side: 'left', rows: recordToGridRows(first!) },
      { side: 'right', rows: recordToGridRows(second!), active: false },
    ]);
    const [left, right] = extractRecords(doc);
    expect(left).toMatchObject({ pane: 'left', record: first });
    expect(right).toMatchObject({ pane: 'right', record: second });
  });
});
