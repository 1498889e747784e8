/**
 * Findings per broken record, for docs/precision.md ("Broken records: findings per root cause").
 * For every file in tests/fixtures/marc (and the synthetic oversize HathiTrust-shaped file the tests
 * build): records, total findings (reader problems + rules, rule set "all", as the CLI reports them),
 * records the reader found broken, their findings, and the most on one record.
 * Run: `npx tsx scripts/root-cause-figures.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readIso2709 } from '../lib/marc/iso2709';
import { readMarcXml } from '../lib/marc/marcxml';
import type { ReadResult } from '../lib/marc/types';
import { validateRecord } from '../lib/rules/engine';
import { withoutRestatedFaults } from '../lib/rules/root-cause';
import { oversizeHathiLikeFile } from '../tests/unit/marc/oversize-record';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'tests/fixtures/marc');
const SYNTHETIC = 'synthetic oversize HathiTrust-shaped file (tests/unit/marc/oversize-record.ts)';

function read(name: string): ReadResult[] {
  if (name === SYNTHETIC) return [...readIso2709(oversizeHathiLikeFile())];
  const bytes = readFileSync(join(dir, name));
  return name.endsWith('.xml') ? [...readMarcXml(bytes.toString('utf8'))] : [...readIso2709(new Uint8Array(bytes))];
}

console.log('| file | records | findings | broken records | their findings | most on one record |');
console.log('|---|---:|---:|---:|---:|---:|');
const names = readdirSync(dir)
  .filter((name) => /\.(mrc|marc|usmarc|xml)$/.test(name))
  .sort();
for (const name of [...names, SYNTHETIC]) {
  let total = 0;
  let broken = 0;
  let brokenFindings = 0;
  let most = 0;
  const results = read(name);
  for (const result of results) {
    let count = result.problems.length;
    if (result.record) {
      const kind = 'uvxy'.includes(result.record.leader.charAt(6)) ? 'holdings' : 'bib';
      count += withoutRestatedFaults(
        result.problems,
        validateRecord(result.record, kind, { settings: { ruleSet: 'all' } }),
      ).length;
    }
    total += count;
    most = Math.max(most, count);
    if (result.problems.length > 0 || !result.record) {
      broken++;
      brokenFindings += count;
    }
  }
  console.log(`| ${name} | ${results.length} | ${total} | ${broken} | ${brokenFindings} | ${most} |`);
}
