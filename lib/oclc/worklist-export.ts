import type { HoldingsAction } from './reminder';
import type { WorklistEntry } from './worklist';

/** Batch limits: Connexion client "Batch > Holdings by OCLC Number" takes about 2,500 numbers, Record Manager work lists 10,000. */
export const BATCH_LIMITS = { connexion: 2500, 'record-manager': 10000 } as const;
export type BatchTool = keyof typeof BATCH_LIMITS;

export interface NumberFile {
  action: HoldingsAction;
  /** 1-based part number and the count of parts for this action. */
  part: number;
  parts: number;
  /** Suggested file name, e.g. `oclc-delete-cuy-2.txt`. */
  fileName: string;
  /** One OCLC number per line, ending with a newline. */
  text: string;
  count: number;
}

/**
 * Pending entries as plain OCLC number lists for batch holdings: one list per action, without duplicate
 * numbers, split into files no larger than the tool accepts.
 */
export function exportNumberFiles(
  entries: readonly WorklistEntry[],
  tool: BatchTool,
  label = 'holdings',
): NumberFile[] {
  const limit = BATCH_LIMITS[tool];
  const files: NumberFile[] = [];
  for (const action of ['set', 'delete'] as const) {
    const numbers = [
      ...new Set(entries.filter((e) => e.status === 'pending' && e.action === action).map((e) => e.oclcNumber)),
    ];
    const parts = Math.ceil(numbers.length / limit);
    for (let part = 1; part <= parts; part++) {
      const chunk = numbers.slice((part - 1) * limit, part * limit);
      const suffix = parts > 1 ? `-${part}` : '';
      files.push({
        action,
        part,
        parts,
        fileName: `oclc-${action}-${slug(label)}${suffix}.txt`,
        text: `${chunk.join('\n')}\n`,
        count: chunk.length,
      });
    }
  }
  return files;
}

const CSV_COLUMNS = ['oclcNumber', 'action', 'status', 'mmsId', 'title', 'reason', 'createdAt', 'note', 'id'] as const;

/** All entries as CSV (RFC 4180: quoted where needed, quotes doubled, CRLF line ends), with a header row. */
export function worklistToCsv(entries: readonly WorklistEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const entry of entries) {
    lines.push(
      CSV_COLUMNS.map((column) => {
        if (column === 'createdAt') return csvCell(new Date(entry.createdAt).toISOString());
        return csvCell(entry[column] ?? '');
      }).join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'holdings'
  );
}
