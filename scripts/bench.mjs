// `npm run bench`: records/second of our linter (in-process and as a CLI process) and of MARC::Lint on the
// same ≥10,000-record corpus, the per-record validation latency (median, p99) and a read-and-scan floor.
// Writes the generated part of BENCHMARKS.md. See BENCHMARKS.md for the method.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, mkdirSync, readdirSync, readFileSync, writeFileSync, openSync, writeSync, closeSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixturesDir = join(root, 'tests/fixtures/marc');
const outDir = join(root, 'bench-output');
const corpusPath = join(tmpdir(), 'alma-companion-bench-corpus.mrc');
const MIN_RECORDS = Number(process.env.BENCH_MIN_RECORDS ?? 10_000);
const MAX_FIELDS = 200;
const ISO_EXTENSIONS = /\.(mrc|marc|usmarc)$/i;
const RECORD_TERMINATOR = 0x1d;

const seconds = (startNs) => Number(process.hrtime.bigint() - startNs) / 1e9;
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const log = (...args) => console.error(...args);

function countTerminators(bytes) {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === RECORD_TERMINATOR) count++;
  return count;
}

/** Concatenates every ISO 2709 fixture, whole files in a fixed order, until the corpus has MIN_RECORDS records. */
function buildCorpus() {
  const files = readdirSync(fixturesDir).filter((name) => ISO_EXTENSIONS.test(name)).sort();
  const contents = files.map((name) => readFileSync(join(fixturesDir, name)));
  const perPass = contents.reduce((sum, bytes) => sum + countTerminators(bytes), 0);
  const passes = Math.ceil(MIN_RECORDS / perPass);
  const fd = openSync(corpusPath, 'w');
  for (let pass = 0; pass < passes; pass++) for (const bytes of contents) writeSync(fd, bytes);
  closeSync(fd);
  return { files, passes, records: perPass * passes, bytes: statSync(corpusPath).size };
}

async function bundleBenchEntry() {
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'bench-entry.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/bench.entry.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/** The floor: read the file in the CLI's chunk size, find every 0x1D and touch every byte. */
async function scanFloor() {
  const start = process.hrtime.bigint();
  let records = 0;
  let checksum = 0;
  for await (const chunk of createReadStream(corpusPath, { highWaterMark: 64 * 1024 })) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      checksum = (checksum + byte) | 0;
      if (byte === RECORD_TERMINATOR) records++;
    }
  }
  return { records, seconds: seconds(start), checksum };
}

async function readOnly(bench) {
  const start = process.hrtime.bigint();
  let records = 0;
  for await (const { results } of bench.readRecordBatches(corpusPath, 'iso2709')) records += results.length;
  return { records, seconds: seconds(start) };
}

async function lintInProcess(bench, ruleSet) {
  const start = process.hrtime.bigint();
  const outcome = await bench.lintFile(corpusPath, { ruleSet });
  return { records: outcome.records, seconds: seconds(start), findings: outcome.counts };
}

function bestOf(runs) {
  return runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));
}

async function repeat(times, fn) {
  const runs = [];
  for (let i = 0; i < times; i++) runs.push(await fn());
  return bestOf(runs);
}

function cliProcess(format) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [join(root, 'bin/alma-companion.mjs'), 'lint', '--format', format, corpusPath], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const elapsed = seconds(start);
  if (run.status !== 0 && run.status !== 1) throw new Error(`CLI failed (${run.status}): ${run.stderr}`);
  return { seconds: elapsed };
}

function marcLint() {
  if (spawnSync('perl', ['-MMARC::Lint', '-e1']).status !== 0) return null;
  const start = process.hrtime.bigint();
  const out = execFileSync('perl', [join(root, 'scripts/parity.marc-lint.pl'), '--bench', corpusPath], { encoding: 'utf8' });
  const wall = seconds(start);
  const result = JSON.parse(out.trim().split('\n').at(-1));
  const version = execFileSync('perl', ['-MMARC::Lint', '-e', 'print $MARC::Lint::VERSION'], { encoding: 'utf8' }).trim();
  return { ...result, wall, version };
}

/** Time each validateRecord call on already-parsed records (the in-editor cost). */
async function perRecordLatency(bench) {
  const records = [];
  for (const name of readdirSync(fixturesDir).filter((n) => ISO_EXTENSIONS.test(n)).sort()) {
    for await (const { results } of bench.readRecordBatches(join(fixturesDir, name), 'iso2709')) {
      for (const result of results) if (result.record && result.record.fields.length <= MAX_FIELDS) records.push(result.record);
    }
  }
  const options = { settings: { ruleSet: 'all' } };
  for (let warm = 0; warm < 5; warm++) for (const record of records) bench.validateRecord(record, bench.recordKindOf(record), options);
  const rounds = Math.max(5, Math.ceil(20_000 / records.length));
  const times = new Float64Array(rounds * records.length);
  let n = 0;
  for (let round = 0; round < rounds; round++) {
    for (const record of records) {
      const kind = bench.recordKindOf(record);
      const start = process.hrtime.bigint();
      bench.validateRecord(record, kind, options);
      times[n++] = Number(process.hrtime.bigint() - start) / 1e6;
    }
  }
  times.sort();
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const maxFields = records.reduce((max, record) => Math.max(max, record.fields.length), 0);
  return { records: records.length, samples: times.length, maxFields, median: at(0.5), p99: at(0.99), max: times[times.length - 1] };
}

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  return { model, cores: cpus().length, node: process.version, date: new Date().toISOString().slice(0, 10) };
}

async function main() {
  log('Building the CLI (npm run build:cli) and the bench entry…');
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { stdio: 'inherit' });
  const bench = await bundleBenchEntry();
  const corpus = buildCorpus();
  log(`Corpus: ${fmt(corpus.records)} records, ${(corpus.bytes / 1e6).toFixed(1)} MB (${corpus.files.length} fixture files × ${corpus.passes}) at ${corpusPath}`);

  log('Warm-up…');
  await lintInProcess(bench, 'all');
  log('Floor (read + split on 0x1D + touch every byte)…');
  const floor = await repeat(3, scanFloor);
  log('Reader only…');
  const read = await repeat(3, () => readOnly(bench));
  log('In-process lint, all rules…');
  const inAll = await repeat(3, () => lintInProcess(bench, 'all'));
  log('In-process lint, OCLC profile…');
  const inOclc = await repeat(3, () => lintInProcess(bench, 'oclc'));
  log('CLI process, jsonl and text to /dev/null…');
  const cliJsonl = bestOf([cliProcess('jsonl'), cliProcess('jsonl')]);
  const cliText = bestOf([cliProcess('text'), cliProcess('text')]);
  log('MARC::Lint…');
  const lint = marcLint();
  log('Per-record latency…');
  const latency = await perRecordLatency(bench);
  const m = machine();

  const rate = (records, s) => records / s;
  const ours = rate(inAll.records, inAll.seconds);
  const lintRate = lint ? rate(lint.records, lint.seconds) : null;
  const rows = [
    ['Floor: read 64 KiB chunks, split on 0x1D, touch every byte', floor.records, floor.seconds],
    ['Our ISO 2709 reader only (parse, no rules)', read.records, read.seconds],
    ['Our linter in-process, all rules (reader + rules, no output)', inAll.records, inAll.seconds],
    ['Our linter in-process, --profile oclc', inOclc.records, inOclc.seconds],
    ['CLI process `lint --format jsonl` > /dev/null (incl. Node start-up)', corpus.records, cliJsonl.seconds],
    ['CLI process `lint --format text` > /dev/null (incl. Node start-up)', corpus.records, cliText.seconds],
  ];
  if (lint) {
    rows.push([`MARC::Lint ${lint.version} (decode + check_record, timed inside Perl)`, lint.records, lint.seconds]);
    rows.push([`MARC::Lint ${lint.version} process (incl. Perl start-up)`, lint.records, lint.wall]);
  }
  const lines = [];
  lines.push(`Machine: ${m.model}, ${m.cores} cores; Node ${m.node}; run ${m.date}.`);
  lines.push(`Corpus: ${fmt(corpus.records)} records / ${(corpus.bytes / 1e6).toFixed(1)} MB = the ${corpus.files.length} ISO 2709 files of tests/fixtures/marc concatenated ${corpus.passes} times.`);
  lines.push('In-process figures are the best of 3 runs after a warm-up; CLI process figures the best of 2.');
  lines.push('');
  lines.push('| Measurement | records | seconds | records/s |');
  lines.push('|---|---:|---:|---:|');
  for (const [label, records, s] of rows) lines.push(`| ${label} | ${fmt(records)} | ${s.toFixed(3)} | ${fmt(rate(records, s))} |`);
  lines.push('');
  if (lintRate) lines.push(`**Speed-up over MARC::Lint (all rules, in-process vs. in-Perl): ${(ours / lintRate).toFixed(1)}×** (target ≥ 5×).`);
  else lines.push('MARC::Lint not installed: install libmarc-lint-perl (or run `npm run parity` once) to compare.');
  lines.push('');
  lines.push(`Per-record validation of already-parsed records (\`validateRecord\`, all rules; ${fmt(latency.records)} distinct fixture records with ≤ ${MAX_FIELDS} fields, largest ${latency.maxFields} fields; ${fmt(latency.samples)} timed calls after warm-up): ` +
    `**median ${(latency.median * 1000).toFixed(1)} µs, p99 ${(latency.p99 * 1000).toFixed(1)} µs**, max ${(latency.max * 1000).toFixed(1)} µs (target p99 < 1 ms).`);
  const table = lines.join('\n');
  console.log(table);

  const docPath = join(root, 'BENCHMARKS.md');
  const begin = '<!-- bench:begin (generated by `npm run bench`; do not edit by hand) -->';
  const end = '<!-- bench:end -->';
  let doc;
  try {
    doc = readFileSync(docPath, 'utf8');
  } catch {
    doc = `# Benchmarks\n\n${begin}\n${end}\n`;
  }
  const from = doc.indexOf(begin);
  const to = doc.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`BENCHMARKS.md lacks the ${begin} … ${end} markers`);
  writeFileSync(docPath, `${doc.slice(0, from + begin.length)}\n${table}\n${doc.slice(to)}`);
  log(`\nWrote ${relative(root, docPath)}.`);
}

await main();
