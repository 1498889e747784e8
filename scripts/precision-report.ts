// Counts findings per rule and severity over MARC files, for docs/precision.md (before/after figures).
//
//   npx tsx scripts/precision-report.ts FILE... [--json]
//
// Uses the CLI's own reading and linting path (cli/lint-record.ts, rule set 'all' at default settings), so the
// figures are what `alma-companion lint` reports.
import { readFileSync } from 'node:fs';
import { lintReadResult } from '../cli/lint-record';
import { readIso2709 } from '../lib/marc/iso2709';
import { readMarcXml } from '../lib/marc/marcxml';
import { readMrk } from '../lib/marc/mrk';
import type { ReadResult } from '../lib/marc/types';

function* readAny(path: string): Generator<ReadResult> {
  if (/\.xml$/i.test(path)) yield* readMarcXml(readFileSync(path, 'utf8'));
  else if (/\.mrk$/i.test(path)) yield* readMrk(readFileSync(path, 'utf8'));
  else yield* readIso2709(new Uint8Array(readFileSync(path)));
}

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const counts = new Map<string, number>();
const totals = { records: 0, error: 0, warning: 0, info: 0 };
for (const file of args.filter((arg) => !arg.startsWith('--'))) {
  for (const result of readAny(file)) {
    totals.records++;
    for (const finding of lintReadResult(result, 'all').findings) {
      totals[finding.severity]++;
      const key = `${finding.severity}\t${finding.ruleId}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
}
const rows = [...counts].sort((a, b) => a[0].localeCompare(b[0]) || b[1] - a[1]);
if (asJson) {
  process.stdout.write(`${JSON.stringify({ totals, rules: Object.fromEntries(rows) }, null, 1)}\n`);
} else {
  process.stdout.write(
    `${totals.records} records: ${totals.error} errors, ${totals.warning} warnings, ${totals.info} info\n`,
  );
  for (const [key, count] of rows) process.stdout.write(`${String(count).padStart(6)}  ${key}\n`);
}
