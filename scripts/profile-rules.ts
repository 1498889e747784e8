// Profiles the built-in rules on the ISO 2709 fixtures: time per rule, total validation time, and the
// reader + rules rate in-process (CPU time), so hot spots can be found and fixes measured.
//
//   npx tsx scripts/profile-rules.ts [--iterations N] [--top N] [--snapshot FILE] [--compare FILE] [--totals-only]
//
// tsx adds overhead (and transforms every import); for figures comparable with `npm run bench`, bundle first:
//   npx esbuild scripts/profile-rules.ts --bundle --platform=node --format=esm --outfile=/tmp/profile-rules.mjs
//   node /tmp/profile-rules.mjs                 # per-rule table and rates
//   node --cpu-prof --cpu-prof-dir=/tmp/prof /tmp/profile-rules.mjs --no-rules-table   # V8 profile (open in Chrome
// DevTools)
//
// --snapshot FILE writes every finding of every fixture record (JSON lines); --compare FILE checks the
// current findings against such a file, so an optimisation can be shown not to change what is reported.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIso2709 } from '../lib/marc/iso2709';
import type { MarcRecord } from '../lib/marc/types';
import { validateRecord } from '../lib/rules/engine';
import { builtInRules } from '../lib/rules/registry';
import type { Finding, Rule, RuleContext } from '../lib/rules/types';

const FIXTURES = join(process.cwd(), 'tests/fixtures/marc');
const ISO_EXTENSIONS = /\.(mrc|marc|usmarc)$/i;
const HOLDINGS_TYPES = 'uvxy';
const MIN_CORPUS_RECORDS = 10_000;

interface Options {
  iterations: number;
  top: number;
  snapshot: string | null;
  compare: string | null;
  rulesTable: boolean;
  /** Only the validateRecord and reader totals (for interleaved A/B runs against an older commit). */
  totalsOnly: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    iterations: 20,
    top: 25,
    snapshot: null,
    compare: null,
    rulesTable: true,
    totalsOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      return value;
    };
    if (arg === '--iterations') options.iterations = Number(next());
    else if (arg === '--top') options.top = Number(next());
    else if (arg === '--snapshot') options.snapshot = next();
    else if (arg === '--compare') options.compare = next();
    else if (arg === '--no-rules-table') options.rulesTable = false;
    else if (arg === '--totals-only') options.totalsOnly = true;
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

/** Same test as cli/record-kind.ts (leader/06 u, v, x, y is holdings). */
function kindOf(record: MarcRecord): 'bib' | 'holdings' {
  return HOLDINGS_TYPES.includes(record.leader.charAt(6)) ? 'holdings' : 'bib';
}

function isoFixtureFiles(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => ISO_EXTENSIONS.test(name))
    .sort();
}

function readFixtureRecords(files: string[]): MarcRecord[] {
  const records: MarcRecord[] = [];
  for (const name of files) {
    for (const result of readIso2709(readFileSync(join(FIXTURES, name))))
      if (result.record) records.push(result.record);
  }
  return records;
}

/** Copies of the rules whose check adds its own time (ms) to `spent[rule.id]`. */
function timedRules(spent: Map<string, number>): Rule[] {
  return timedRulesOf(builtInRules, spent);
}

function timedRulesOf(source: readonly Rule[], spent: Map<string, number>): Rule[] {
  return source.map((rule) => {
    spent.set(rule.id, 0);
    const check = rule.check;
    return {
      ...rule,
      check(ctx: RuleContext): Finding[] {
        const start = performance.now();
        try {
          return check.call(rule, ctx);
        } finally {
          spent.set(rule.id, (spent.get(rule.id) as number) + performance.now() - start);
        }
      },
    };
  });
}

function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function validateAll(records: MarcRecord[], kinds: Array<'bib' | 'holdings'>, rules?: readonly Rule[]): number {
  let findings = 0;
  const opts = rules ? { rules } : {};
  for (let i = 0; i < records.length; i++) findings += validateRecord(records[i]!, kinds[i]!, opts).length;
  return findings;
}

/**
 * Time per rule: the iterations run in rounds, and each rule keeps its fastest round, so a burst of load
 * from other processes on the (shared) machine inflates a figure only if it hits every round. The cost of
 * the timing itself (measured on a rule that does nothing) is subtracted.
 */
function perRuleTable(records: MarcRecord[], kinds: Array<'bib' | 'holdings'>, options: Options): void {
  const spent = new Map<string, number>();
  const rules = timedRules(spent);
  const idle: Rule = { ...(builtInRules[0] as Rule), id: 'profile-idle', check: () => [] };
  const idleSpent = new Map<string, number>();
  const calibrated = timedRulesOf([idle], idleSpent);
  const rounds = 5;
  const perRound = Math.max(1, Math.round(options.iterations / rounds));
  const best = new Map<string, number>();
  let bestWall = Infinity;
  let overhead = Infinity;
  validateAll(records, kinds, rules); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const id of spent.keys()) spent.set(id, 0);
    idleSpent.set(idle.id, 0);
    const wallStart = performance.now();
    for (let n = 0; n < perRound; n++) validateAll(records, kinds, rules);
    bestWall = Math.min(bestWall, performance.now() - wallStart);
    for (let n = 0; n < perRound; n++) validateAll(records, kinds, calibrated);
    overhead = Math.min(overhead, idleSpent.get(idle.id) as number);
    for (const [id, ms] of spent) best.set(id, Math.min(best.get(id) ?? Infinity, ms));
  }
  const calls = records.length * perRound;
  const perRecord = (ms: number) => (ms * 1000) / calls;
  const ranked = [...best.entries()]
    .map(([id, ms]) => [id, Math.max(0, ms - overhead)] as const)
    .sort((a, b) => b[1] - a[1]);
  const inRules = ranked.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(
    `Per-rule time, µs per record (fastest of ${rounds} rounds of ${perRound} × ${records.length} records; timing cost of ${perRecord(overhead).toFixed(2)} µs per rule call subtracted):`,
  );
  console.log('  rank  µs/record  share  rule');
  ranked.slice(0, options.top).forEach(([id, ms], rank) => {
    console.log(
      `  ${String(rank + 1).padStart(4)}  ${perRecord(ms).toFixed(2).padStart(9)}  ${((100 * ms) / inRules).toFixed(1).padStart(4)}%  ${id}`,
    );
  });
  console.log(
    `  sum of rules ${perRecord(inRules).toFixed(1)} µs/record; fastest whole round ${perRecord(bestWall).toFixed(1)} µs/record (timing included)`,
  );
}

/** Fixture files concatenated until ≥ MIN_CORPUS_RECORDS records, as `npm run bench` builds its corpus. */
function benchCorpus(files: string[]): Uint8Array {
  const contents = files.map((name) => readFileSync(join(FIXTURES, name)));
  const perPass = contents.reduce((sum, bytes) => sum + bytes.filter((byte) => byte === 0x1d).length, 0);
  const passes = Math.ceil(MIN_CORPUS_RECORDS / perPass);
  const parts: Uint8Array[] = [];
  for (let pass = 0; pass < passes; pass++) parts.push(...contents);
  return Buffer.concat(parts);
}

function endToEnd(corpus: Uint8Array): void {
  const run = (withRules: boolean) => {
    let records = 0;
    const ms = cpuMs(() => {
      for (const result of readIso2709(corpus)) {
        records++;
        if (withRules && result.record) validateRecord(result.record, kindOf(result.record));
      }
    });
    return { records, ms };
  };
  for (const withRules of [false, true]) {
    run(withRules); // warm-up
    let best = run(withRules);
    for (let i = 0; i < 2; i++) {
      const again = run(withRules);
      if (again.ms < best.ms) best = again;
    }
    const label = withRules ? 'reader + all rules' : 'reader only       ';
    console.log(
      `${label}: ${best.records} records in ${best.ms.toFixed(0)} ms CPU = ${Math.round((best.records * 1000) / best.ms).toLocaleString('en-US')} records/s (best of 3)`,
    );
  }
}

function validationOnly(records: MarcRecord[], kinds: Array<'bib' | 'holdings'>, iterations: number): void {
  validateAll(records, kinds);
  let ms = Infinity;
  for (let round = 0; round < 3; round++) {
    ms = Math.min(
      ms,
      cpuMs(() => {
        for (let n = 0; n < iterations; n++) validateAll(records, kinds);
      }),
    );
  }
  const calls = records.length * iterations;
  console.log(
    `validateRecord only (all rules, parsed records, best of 3): ${((ms * 1000) / calls).toFixed(1)} µs/record CPU = ${Math.round((calls * 1000) / ms).toLocaleString('en-US')} records/s`,
  );
}

/**
 * Latency of validateRecord on already-parsed records (the editor's case): each fixture record, and a
 * 200-field record (the largest fixture record with its 5XX-7XX repeated), timed call by call.
 */
function latency(records: MarcRecord[], kinds: Array<'bib' | 'holdings'>): void {
  const percentile = (sorted: number[], p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  const timeCalls = (record: MarcRecord, kind: 'bib' | 'holdings', times: number, into: number[]) => {
    for (let i = 0; i < times; i++) {
      const start = performance.now();
      validateRecord(record, kind);
      into.push((performance.now() - start) * 1000);
    }
  };
  const fixtureTimes: number[] = [];
  for (let i = 0; i < records.length; i++) timeCalls(records[i]!, kinds[i]!, 20, fixtureTimes);
  const biggest = records.reduce((a, b) => (b.fields.length > a.fields.length ? b : a));
  const repeatable = biggest.fields.filter((field) => /^[567]\d\d$/.test(field.tag));
  const fields = [...biggest.fields];
  for (let i = 0; fields.length < 200 && repeatable.length > 0; i++) fields.push(repeatable[i % repeatable.length]!);
  fields.sort((a, b) => Number(a.tag) - Number(b.tag));
  const large: MarcRecord = { leader: biggest.leader, fields };
  const largeTimes: number[] = [];
  timeCalls(large, 'bib', 200, []);
  timeCalls(large, 'bib', 2000, largeTimes);
  for (const [label, times] of [
    [`fixture records (${records.length}, largest ${biggest.fields.length} fields)`, fixtureTimes],
    [`a ${large.fields.length}-field record`, largeTimes],
  ] as const) {
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `latency, ${label}: median ${percentile(sorted, 50).toFixed(0)} µs, p99 ${percentile(sorted, 99).toFixed(0)} µs, max ${sorted[sorted.length - 1]!.toFixed(0)} µs`,
    );
  }
}

/** One JSON line per record: its findings, in order, with every property. */
function snapshotLines(records: MarcRecord[], kinds: Array<'bib' | 'holdings'>): string[] {
  return records.map((record, i) => JSON.stringify(validateRecord(record, kinds[i]!)));
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const files = isoFixtureFiles();
  const records = readFixtureRecords(files);
  const kinds = records.map(kindOf);
  console.log(
    `${records.length} records from ${files.length} ISO 2709 fixture files (${kinds.filter((k) => k === 'holdings').length} holdings); ${builtInRules.length} built-in rules`,
  );

  if (options.snapshot) {
    writeFileSync(options.snapshot, `${snapshotLines(records, kinds).join('\n')}\n`);
    console.log(`findings written to ${options.snapshot}`);
    return;
  }
  if (options.compare) {
    const expected = readFileSync(options.compare, 'utf8').trimEnd().split('\n');
    const actual = snapshotLines(records, kinds);
    let differences = 0;
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      if (expected[i] === actual[i]) continue;
      if (differences++ < 5)
        console.log(
          `record ${i} differs:\n  expected ${expected[i]?.slice(0, 2000)}\n  actual   ${actual[i]?.slice(0, 2000)}`,
        );
    }
    console.log(
      differences === 0 ? 'findings identical to the snapshot' : `${differences} records differ from the snapshot`,
    );
    process.exitCode = differences === 0 ? 0 : 1;
    return;
  }
  // Totals first: the per-rule table runs timed copies of the rules, which changes what the JIT sees.
  validationOnly(records, kinds, options.iterations);
  endToEnd(benchCorpus(files));
  if (options.totalsOnly) return;
  latency(records, kinds);
  if (options.rulesTable) perRuleTable(records, kinds, options);
}

main();
