/**
 * `--format csv`: one row per finding, for spreadsheets. UTF-8 with a byte order mark (so Excel reads it as
 * UTF-8), RFC 4180 quoting (CRLF line ends, a quoted cell doubles its quotes), and cells that a spreadsheet
 * would run as a formula (beginning with = + - @, or a tab or carriage return) prefixed with an apostrophe:
 * record data is untrusted.
 */
import type { Finding } from '../lib/rules/types';
import type { LintedRecord } from './lint-record';
import { policyOf, type RecordFormatter } from './output-format';

export const CSV_COLUMNS = [
  'file',
  'record',
  '001',
  'tag',
  'occurrence',
  'subfield',
  'position',
  'rule',
  'severity',
  'policy',
  'message',
  'source',
] as const;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: made formula-safe, then quoted when it has to be. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `35-37` or `06` for a character position (0-based, as MARC 21 numbers them), `ind1`/`ind2` for an indicator. */
function positionText(finding: Finding): string {
  if (finding.position) {
    const [start, end] = finding.position;
    const pad = (n: number) => String(n).padStart(2, '0');
    return end - start > 1 ? `${pad(start)}-${pad(end - 1)}` : pad(start);
  }
  return finding.indicator === undefined ? '' : `ind${finding.indicator}`;
}

/** Record numbers and occurrences are 1-based here, as a cataloger counts (jsonl keeps the library's 0-based). */
function csvRows(file: string, records: readonly LintedRecord[]): string {
  let out = '';
  const fileCell = csvCell(file);
  for (const record of records) {
    if (record.findings.length === 0) continue;
    const head = `${fileCell},${record.index + 1},${csvCell(record.controlNumber ?? '')}`;
    for (const finding of record.findings) {
      out +=
        `${head},${csvCell(finding.tag ?? '')},${finding.occurrence === undefined ? '' : finding.occurrence + 1}` +
        `,${csvCell(finding.code ?? '')},${positionText(finding)},${csvCell(finding.ruleId)},${finding.severity}` +
        `,${csvCell(policyOf(finding) ?? '')},${csvCell(finding.message)},${csvCell(finding.source ?? '')}\r\n`;
    }
  }
  return out;
}

export const CSV_HEADER = `\ufeff${CSV_COLUMNS.join(',')}\r\n`;

export const csvFormatter: RecordFormatter = {
  fileHeader: () => '',
  records: csvRows,
};
