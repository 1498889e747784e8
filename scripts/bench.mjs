// `npm run bench`: records/second of our linter (in-process and as a CLI process) and of MARC::Lint on the
// same ≥10,000-record corpus, the per-record validation latency (median, p99) and a read-and-scan floor.
// Rewrites the generated part of BENCHMARKS.md; the method is described there.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildLoadCorpus, LOAD_MIN_BYTES, LOAD_MIN_RECORDS } from './bench-corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixturesDir = join(root, 'tests/fixtures/marc');
const outDir = join(root, 'bench-output');
const corpusPath = join(tmpdir(), 'alma-companion-bench-corpus.mrc');
const MIN_RECORDS = Number(process.env.BENCH_MIN_RECORDS ?? 10_000);
const MAX_FIELDS = 200;
const ISO_EXTENSIONS = /\.(mrc|marc|usmarc)$/i;
const RECORD_TERMINATOR = 0x1d;
const CHUNK_SIZE = 64 * 1024;

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const µs = (ms) => `${(ms * 1000).toFixed(0)} µs`;
const log = (...args) => console.error(...args);
const isoFixtures = () =>
  readdirSync(fixturesDir)
    .filter((name) => ISO_EXTENSIONS.test(name))
    .sort();

/** Wall-clock and CPU seconds (this process, all threads) of an async function. */
async function timed(fn) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = await fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { ...result, seconds: wall, cpuSeconds: (used.user + used.system) / 1e6 };
}

async function bestOf(times, fn) {
  let best;
  for (let i = 0; i < times; i++) {
    const run = await fn();
    if (!best || run.seconds < best.seconds) best = run;
  }
  return best;
}

function countTerminators(bytes) {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === RECORD_TERMINATOR) count++;
  return count;
}

/** Concatenates every ISO 2709 fixture, whole files in name order, until the corpus has MIN_RECORDS records. */
function buildCorpus() {
  const files = isoFixtures();
  const contents = files.map((name) => readFileSync(join(fixturesDir, name)));
  const perPass = contents.reduce((sum, bytes) => sum + countTerminators(bytes), 0);
  const passes = Math.ceil(MIN_RECORDS / perPass);
  const fd = openSync(corpusPath, 'w');
  for (let pass = 0; pass < passes; pass++) for (const bytes of contents) writeSync(fd, bytes);
  closeSync(fd);
  return { files, passes, records: perPass * passes, bytes: statSync(corpusPath).size };
}

/** Bundles scripts/bench.entry.ts like the CLI (esbuild, node, esm) so we time what ships. */
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
  let records = 0;
  let checksum = 0;
  for await (const chunk of createReadStream(corpusPath, { highWaterMark: CHUNK_SIZE })) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      checksum = (checksum + byte) | 0;
      if (byte === RECORD_TERMINATOR) records++;
    }
  }
  return { records, checksum };
}

async function readOnly(bench) {
  let records = 0;
  for await (const { results } of bench.readRecordBatches(corpusPath, 'iso2709', CHUNK_SIZE)) records += results.length;
  return { records };
}

async function lintInProcess(bench, ruleSet) {
  const outcome = await bench.lintFile(corpusPath, { ruleSet });
  return { records: outcome.records, findings: outcome.counts };
}

/** Preloaded into CLI processes: reports their CPU time (all threads) and peak memory on exit. */
const EXIT_REPORT =
  'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("bench:"+JSON.stringify({cpu:(u.user+u.system)/1e6,maxRss:process.resourceUsage().maxRSS/1024})+"\\n")})';

/** Runs the CLI as a process; wall seconds, CPU seconds (process.cpuUsage at exit) and peak RSS (MiB). */
function cliProcess(format, jobs = 1, path = corpusPath) {
  const start = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      EXIT_REPORT,
      join(root, 'bin/alma-companion.mjs'),
      'lint',
      '--format',
      format,
      '--jobs',
      String(jobs),
      path,
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0 && run.status !== 1) throw new Error(`CLI failed (${run.status}): ${run.stderr}`);
  const report = JSON.parse(/bench:(.*)/.exec(run.stderr)?.[1] ?? '{}');
  return { seconds, cpuSeconds: report.cpu ?? null, maxRss: report.maxRss ?? null };
}

/** The corpus four times over, to show that memory does not grow with file size. */
function biggerCorpus(times) {
  const path = corpusPath.replace(/\.mrc$/, `-x${times}.mrc`);
  const bytes = readFileSync(corpusPath);
  const fd = openSync(path, 'w');
  for (let i = 0; i < times; i++) writeSync(fd, bytes);
  closeSync(fd);
  return path;
}

function marcLint() {
  if (spawnSync('perl', ['-MMARC::Lint', '-e1']).status !== 0) return null;
  const version = execFileSync('perl', ['-MMARC::Lint', '-e', 'print $MARC::Lint::VERSION'], {
    encoding: 'utf8',
  }).trim();
  const start = process.hrtime.bigint();
  const out = execFileSync('perl', [join(root, 'scripts/parity.marc-lint.pl'), '--bench', corpusPath], {
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  return { ...JSON.parse(out.trim().split('\n').at(-1)), wall, version };
}

/**
 * A 200-field record, the largest the latency target covers: the biggest fixture record with its
 * repeatable notes, subjects and added entries repeated until it has MAX_FIELDS fields.
 */
function syntheticLargeRecord(records) {
  const biggest = records.reduce((a, b) => (b.fields.length > a.fields.length ? b : a));
  const repeatable = biggest.fields.filter((field) => /^(5|6|7)\d\d$/.test(field.tag) && field.subfields);
  const fields = [...biggest.fields];
  for (let i = 0; fields.length < MAX_FIELDS && repeatable.length > 0; i++)
    fields.push(repeatable[i % repeatable.length]);
  const order = (tag) => (tag === 'LDR' ? -1 : Number(tag) || 999);
  fields.sort((a, b) => order(a.tag) - order(b.tag));
  return { leader: biggest.leader, fields };
}

function percentile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Times each validateRecord call (hrtime) on already-parsed records: the cost in the editor on each change. */
async function perRecordLatency(bench) {
  const records = [];
  for (const name of isoFixtures()) {
    for await (const { results } of bench.readRecordBatches(join(fixturesDir, name), 'iso2709')) {
      for (const result of results)
        if (result.record && result.record.fields.length <= MAX_FIELDS) records.push(result.record);
    }
  }
  const large = syntheticLargeRecord(records);
  const options = { settings: { ruleSet: 'all' } };
  const validate = (record) => bench.validateRecord(record, bench.recordKindOf(record), options);
  for (let warm = 0; warm < 5; warm++) for (const record of records) validate(record);
  const rounds = 21;
  const perRecord = records.map(() => new Float64Array(rounds));
  const all = new Float64Array(rounds * records.length);
  let n = 0;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < records.length; i++) {
      const record = records[i];
      const kind = bench.recordKindOf(record);
      const start = process.hrtime.bigint();
      bench.validateRecord(record, kind, options);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      perRecord[i][round] = ms;
      all[n++] = ms;
    }
  }
  all.sort();
  // Each record's median over the rounds: its own cost, without the machine's hiccups (GC, other processes).
  const medians = Float64Array.from(perRecord, (times) => times.sort()[rounds >> 1]);
  medians.sort();
  const largeTimes = new Float64Array(200);
  for (let i = 0; i < 20; i++) validate(large);
  for (let i = 0; i < largeTimes.length; i++) {
    const start = process.hrtime.bigint();
    validate(large);
    largeTimes[i] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  largeTimes.sort();
  return {
    records: records.length,
    samples: all.length,
    maxFields: records.reduce((max, record) => Math.max(max, record.fields.length), 0),
    median: percentile(all, 0.5),
    p99: percentile(all, 0.99),
    max: all[all.length - 1],
    p99OfMedians: percentile(medians, 0.99),
    largestMedian: medians[medians.length - 1],
    large: { fields: large.fields.length, median: percentile(largeTimes, 0.5), p99: percentile(largeTimes, 0.99) },
  };
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a whole process with its output to /dev/null (written, so formatting counts): wall seconds, and CPU
 * seconds and peak RSS from GNU time when it is installed (Debian package `time`), else CPU and RSS as the
 * process reports them (our CLI only, through EXIT_REPORT).
 */
function wholeProcess(command, args) {
  const useTime = spawnSync(GNU_TIME, ['-f', '%U', 'true']).status === 0;
  const timeFile = join(tmpdir(), `alma-companion-bench-time-${process.pid}.txt`);
  const devNull = openSync('/dev/null', 'w');
  const start = process.hrtime.bigint();
  const run = useTime
    ? spawnSync(GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args], {
        stdio: ['ignore', devNull, 'pipe'],
        encoding: 'utf8',
      })
    : spawnSync(command, args, { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(devNull);
  if (run.status !== 0 && run.status !== 1) throw new Error(`${command} failed (${run.status}): ${run.stderr}`);
  if (useTime) {
    const [user, system, maxKiB] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    return { seconds, cpuSeconds: user + system, maxRss: maxKiB / 1024 };
  }
  const report = JSON.parse(/bench:(.*)/.exec(run.stderr)?.[1] ?? '{}');
  return { seconds, cpuSeconds: report.cpu ?? null, maxRss: report.maxRss ?? null };
}

const ourCli = (path) =>
  wholeProcess(process.execPath, [
    '--import',
    EXIT_REPORT,
    join(root, 'bin/alma-companion.mjs'),
    'lint',
    '--format',
    'jsonl',
    path,
  ]);
const lintProcess = (path) => wholeProcess('perl', [join(root, 'scripts/parity.marc-lint.pl'), path]);

/**
 * Issue 14: the linter as a tool for record loads. Our CLI process and MARC::Lint's process (start-up and
 * output included: ours prints jsonl, MARC::Lint's script one TSV line per warning and record, both to
 * /dev/null) on the load corpus (scripts/bench-corpus.mjs), in this run, one after the other; peak RSS of
 * ours on 1× and 3× the corpus, and with BENCH_LOAD_10X=1 everything again on ten times the corpus.
 */
async function loadSection(bench) {
  const convert = (text) =>
    Buffer.concat([...bench.readMrk(text)].filter((r) => r.record).map((r) => bench.writeIso2709(r.record)));
  const path = join(tmpdir(), 'alma-companion-load-corpus.mrc');
  const corpus = buildLoadCorpus(path, fixturesDir, convert);
  log(
    `Load corpus: ${fmt(corpus.records)} records, ${(corpus.bytes / 1e6).toFixed(1)} MB (${corpus.passes} passes) at ${path}`,
  );
  const outcome = await bench.lintFile(path, { ruleSet: 'all' });
  const clean = outcome.records - outcome.recordsWithErrors - outcome.recordsWithWarnings;
  const hasLint = spawnSync('perl', ['-MMARC::Lint', '-e1']).status === 0;
  const heading = "### Record loads: the CLI process against MARC::Lint's process (issue 14)";
  const lines = [heading, ''];
  lines.push(
    `Load corpus (scripts/bench-corpus.mjs, built at bench time): **${fmt(corpus.records)} records, ${(corpus.bytes / 1e6).toFixed(1)} MB** ` +
      `(targets: at least ${fmt(LOAD_MIN_RECORDS)} records and ${LOAD_MIN_BYTES / 1e6} MB), ${corpus.passes} passes of: ` +
      `${corpus.parts.map((part) => `${part.name} ×${part.times}`).join(', ')}. ` +
      `By our linter: ${(100 * (1 - outcome.recordsWithErrors / outcome.records)).toFixed(1)}% of the records have no error ` +
      `(${((100 * clean) / outcome.records).toFixed(1)}% no finding above info).`,
  );
  lines.push('');
  log('Load corpus: our CLI process (best of 2), then MARC::Lint…');
  const runs = [];
  const ours = [ourCli(path), ourCli(path)].sort((a, b) => a.seconds - b.seconds)[0];
  runs.push(['1×', corpus.records, ours, hasLint ? lintProcess(path) : null]);
  log('Load corpus ×3: our CLI (memory)…');
  const triple = path.replace(/\.mrc$/, '-x3.mrc');
  const tripleCorpus = buildLoadCorpus(triple, fixturesDir, convert, 3);
  const oursTriple = ourCli(triple);
  let tenfold = null;
  if (process.env.BENCH_LOAD_10X === '1') {
    log('Load corpus ×10: our CLI, then MARC::Lint (several minutes)…');
    const ten = path.replace(/\.mrc$/, '-x10.mrc');
    tenfold = buildLoadCorpus(ten, fixturesDir, convert, 10);
    runs.push(['10×', tenfold.records, ourCli(ten), hasLint ? lintProcess(ten) : null]);
  }
  const rate = (records, s) => (s ? fmt(records / s) : '–');
  const num = (s) => (s === null || s === undefined ? '–' : s.toFixed(2));
  lines.push('| Corpus | records | linter | wall s | records/s (wall) | CPU s | records/s (CPU) | peak RSS MiB |');
  lines.push('|---|---:|---|---:|---:|---:|---:|---:|');
  for (const [label, records, our, theirs] of runs) {
    lines.push(
      `| ${label} | ${fmt(records)} | alma-companion lint --format jsonl | ${num(our.seconds)} | ${rate(records, our.seconds)} | ${num(our.cpuSeconds)} | ${rate(records, our.cpuSeconds)} | ${num(our.maxRss)} |`,
    );
    if (theirs)
      lines.push(
        `| ${label} | ${fmt(records)} | MARC::Lint (scripts/parity.marc-lint.pl) | ${num(theirs.seconds)} | ${rate(records, theirs.seconds)} | ${num(theirs.cpuSeconds)} | ${rate(records, theirs.cpuSeconds)} | ${num(theirs.maxRss)} |`,
      );
  }
  lines.push(
    `| 3× | ${fmt(tripleCorpus.records)} | alma-companion lint --format jsonl | ${num(oursTriple.seconds)} | ${rate(tripleCorpus.records, oursTriple.seconds)} | ${num(oursTriple.cpuSeconds)} | ${rate(tripleCorpus.records, oursTriple.cpuSeconds)} | ${num(oursTriple.maxRss)} |`,
  );
  lines.push('');
  for (const [label, , our, theirs] of runs) {
    if (!theirs) continue;
    const target = label === '1×' ? 3 : 8;
    lines.push(
      `**${label} corpus: ${(theirs.seconds / our.seconds).toFixed(1)}× MARC::Lint by wall clock, ${theirs.cpuSeconds && our.cpuSeconds ? (theirs.cpuSeconds / our.cpuSeconds).toFixed(1) : '–'}× by CPU time**, process start and output included (target ≥ ${target}×; CPU time is the fairer figure on a shared machine).`,
    );
    lines.push('');
  }
  if (!hasLint) lines.push('MARC::Lint not installed (libmarc-lint-perl): no comparison in this run.', '');
  if (!tenfold)
    lines.push('The 10× corpus (about 10 minutes with MARC::Lint) runs with `BENCH_LOAD_10X=1 npm run bench`.', '');
  const rss = [ours.maxRss, oursTriple.maxRss, ...(tenfold ? [runs[1][2].maxRss] : [])].filter((v) => v !== null);
  if (rss.length > 0)
    lines.push(
      `Peak RSS of our CLI: ${rss.map((v) => `${v.toFixed(0)} MiB`).join(', ')} on 1×, 3×${tenfold ? ', 10×' : ''} the corpus (target: flat, under 150 MB).`,
    );
  return lines;
}

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  return {
    model,
    cores: cpus().length,
    node: process.version,
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  };
}

function writeReport(table) {
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

/**
 * Live validation in Chromium (issue 4): runs scripts/bench-editor.ts against fresh release and test builds
 * and formats its JSON. A missing Chromium or a failed build is reported in the table, not thrown.
 */
function editorSection() {
  const heading = '### In the editor (Chromium, test build, `scripts/bench-editor.ts`)';
  try {
    log('Editor: building both extension builds, then timing edits in Chromium…');
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('npm', ['run', '-s', 'build:test'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    const out = execFileSync('npx', ['tsx', 'scripts/bench-editor.ts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const r = JSON.parse(out);
    const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
    const lines = [heading, ''];
    lines.push(
      `Fixture \`${r.fixture}\` (${r.fields} fields), ${r.chromium}. Edit → updated findings panel over ${r.latency.edits} edits ` +
        `(includes the ${r.latency.debounceMs} ms debounce): **median ${r.latency.medianMs} ms, p95 ${r.latency.p95Ms} ms**, max ${r.latency.maxMs} ms (target median < 50 ms).`,
    );
    lines.push('');
    const mb = (n) => `${(n / 1048576).toFixed(2)} MB`;
    lines.push(
      `Cold start (the service worker stopped before each of ${r.coldStart.edits} edits, as Chrome does after 30 s idle, so the edit wakes it and loads the engine): median ${r.coldStart.medianMs} ms, max ${r.coldStart.maxMs} ms.`,
    );
    lines.push('');
    lines.push(
      `JS heap growth after ${r.heap.edits} simulated edits, after forced GC: **${mb(r.heap.growthBytes)}** in the page (content script)` +
        (r.backgroundHeap
          ? `, **${mb(r.backgroundHeap.growthBytes)}** in the background service worker (the engine; ${mb(r.backgroundHeap.afterBytes)} in use)`
          : '') +
        ' (target < 2 MB).',
    );
    lines.push('');
    lines.push('| Build | File | bytes | gzipped |');
    lines.push('|---|---|---:|---:|');
    for (const row of r.contentScript)
      lines.push(`| ${row.build.split(' ')[0]} | ${row.file} | ${kb(row.bytes)} | ${kb(row.gzipBytes)} |`);
    lines.push('');
    lines.push(
      'Content-script target: under 80 kB gzipped. The rule engine, the rules and the MARC 21 definitions are not in the content script: they run in the background (background.js), once per browser rather than once per Alma frame, and the content script sends each record there (`lib/validation`, docs/live-validation.md). The edit → panel figures above include that message.',
    );
    return lines;
  } catch (error) {
    return [heading, '', `Not measured in this run: ${String(error?.message ?? error).split('\n')[0]}`];
  }
}

/** Issue 15's target: one field of 5,000 empty subfields validated under 100 ms and 50 MB, with a capped finding. */
function pathologicalSection() {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(root, 'scripts/bench-pathological.ts')],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) return `Pathological record: the run failed (${(run.stderr || '').trim().split('\n')[0]}).`;
  return `Pathological record (\`scripts/bench-pathological.ts\`, targets under 100 ms and 50 MB): ${run.stdout.trim()}`;
}

async function main() {
  const loadAtStart = loadavg()[0];
  log('Building the CLI (npm run build:cli) and the bench entry…');
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { stdio: 'inherit' });
  const bench = await bundleBenchEntry();
  if (process.argv.includes('--load-only')) {
    // `node scripts/bench.mjs --load-only`: the record-load section alone, printed, BENCHMARKS.md untouched.
    const m = machine();
    console.log(
      `Machine: ${m.model}, ${m.cores} cores; Node ${m.node}; run ${m.date}; load average ${loadAtStart.toFixed(2)}.\n`,
    );
    console.log((await loadSection(bench)).join('\n'));
    return;
  }
  const corpus = buildCorpus();
  log(
    `Corpus: ${fmt(corpus.records)} records, ${(corpus.bytes / 1e6).toFixed(1)} MB (${corpus.files.length} fixture files × ${corpus.passes}) at ${corpusPath}`,
  );

  log('Per-record latency…');
  const latency = await perRecordLatency(bench);
  log('Warm-up…');
  await lintInProcess(bench, 'all');
  log('Floor (read + split on 0x1D + touch every byte)…');
  const floor = await bestOf(3, () => timed(scanFloor));
  log('Reader only…');
  const read = await bestOf(3, () => timed(() => readOnly(bench)));
  log('In-process lint, all rules…');
  const inAll = await bestOf(3, () => timed(() => lintInProcess(bench, 'all')));
  log('In-process lint, OCLC profile…');
  const inOclc = await bestOf(3, () => timed(() => lintInProcess(bench, 'oclc')));
  log('CLI process, jsonl and text to /dev/null…');
  const cliJsonl = await bestOf(2, () => cliProcess('jsonl'));
  const cliText = await bestOf(2, () => cliProcess('text'));
  const cliJobs = await bestOf(2, () => cliProcess('jsonl', 2));
  log('CLI on 4× the corpus with 1 and 2 jobs (memory, throughput)…');
  const big = biggerCorpus(4);
  const bigJobs1 = await bestOf(1, () => cliProcess('jsonl', 1, big));
  const bigJobs2 = await bestOf(1, () => cliProcess('jsonl', 2, big));
  const memory = { small: cliJsonl.maxRss, big: bigJobs1.maxRss, bigBytes: statSync(big).size };
  log('MARC::Lint…');
  const lint = marcLint();
  const m = machine();

  const rate = (records, s) => (s > 0 ? fmt(records / s) : '–');
  const rows = [
    ['Floor: read 64 KiB chunks, find every 0x1D, touch every byte', floor.records, floor.seconds, floor.cpuSeconds],
    ['Our ISO 2709 reader only (streaming parse, no rules)', read.records, read.seconds, read.cpuSeconds],
    [
      '**Our linter in-process, all rules** (reader + rules, no output)',
      inAll.records,
      inAll.seconds,
      inAll.cpuSeconds,
    ],
    ['Our linter in-process, `--profile oclc`', inOclc.records, inOclc.seconds, inOclc.cpuSeconds],
    [
      'CLI process `lint --format jsonl` > /dev/null (Node start-up and output included)',
      corpus.records,
      cliJsonl.seconds,
      cliJsonl.cpuSeconds,
    ],
    [
      'CLI process `lint --format text` > /dev/null (Node start-up and output included)',
      corpus.records,
      cliText.seconds,
      cliText.cpuSeconds,
    ],
    [
      'CLI process `lint --format jsonl --jobs 2` (2 worker threads; CPU of all threads)',
      corpus.records,
      cliJobs.seconds,
      cliJobs.cpuSeconds,
    ],
    ['CLI process `lint --format jsonl`, 4× corpus', corpus.records * 4, bigJobs1.seconds, bigJobs1.cpuSeconds],
    [
      'CLI process `lint --format jsonl --jobs 2`, 4× corpus',
      corpus.records * 4,
      bigJobs2.seconds,
      bigJobs2.cpuSeconds,
    ],
  ];
  if (lint) {
    rows.push([
      `**MARC::Lint ${lint.version}** (decode + check_record, timed inside Perl)`,
      lint.records,
      lint.seconds,
      lint.cpuSeconds,
    ]);
    rows.push([`MARC::Lint ${lint.version} process (Perl start-up included)`, lint.records, lint.wall, null]);
  }
  const lines = [];
  lines.push(
    `Machine: ${m.model}, ${m.cores} cores (/proc/cpuinfo); Node ${m.node}; run ${m.date}; load average (1 min) ${loadAtStart.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end.`,
  );
  lines.push('');
  lines.push(
    `Corpus: ${fmt(corpus.records)} records / ${(corpus.bytes / 1e6).toFixed(1)} MB = the ${corpus.files.length} ISO 2709 files of tests/fixtures/marc concatenated ${corpus.passes} times. ` +
      'In-process figures: best of 3 runs after a warm-up; process figures: best of 2. Rates by wall clock and by CPU time (the CPU-time rate is the fairer comparison when the machine is busy).',
  );
  lines.push('');
  lines.push('| Measurement | records | wall s | records/s (wall) | CPU s | records/s (CPU) |');
  lines.push('|---|---:|---:|---:|---:|---:|');
  for (const [label, records, s, cpu] of rows) {
    lines.push(
      `| ${label} | ${fmt(records)} | ${s.toFixed(3)} | ${rate(records, s)} | ${cpu === null ? '–' : cpu.toFixed(3)} | ${cpu === null ? '–' : rate(records, cpu)} |`,
    );
  }
  lines.push('');
  if (lint) {
    const wallRatio = inAll.records / inAll.seconds / (lint.records / lint.seconds);
    const cpuRatio = inAll.records / inAll.cpuSeconds / (lint.records / lint.cpuSeconds);
    lines.push(
      `**Speed-up over MARC::Lint, all rules: ${wallRatio.toFixed(1)}× by wall clock, ${cpuRatio.toFixed(1)}× by CPU time** (target ≥ 5×).`,
    );
  } else {
    lines.push('MARC::Lint not installed: install libmarc-lint-perl (or run `npm run parity` once) to compare.');
  }
  lines.push('');
  lines.push(
    `Memory (streaming): peak RSS of the CLI process (\`--format jsonl\`, one thread) is ${memory.small.toFixed(0)} MiB on the ${(corpus.bytes / 1e6).toFixed(1)} MB corpus and ${memory.big.toFixed(0)} MiB on the same corpus four times over (${(memory.bigBytes / 1e6).toFixed(1)} MB, ${fmt(corpus.records * 4)} records).`,
  );
  lines.push('');
  lines.push(
    `Per-record validation of already-parsed records (\`validateRecord\`, all rules, wall clock per call): ${fmt(latency.records)} distinct fixture records ` +
      `(≤ ${MAX_FIELDS} fields; the largest has ${latency.maxFields}), ${fmt(latency.samples)} timed calls after warm-up: ` +
      `**median ${µs(latency.median)}, p99 ${µs(latency.p99)}**, max ${µs(latency.max)}. ` +
      `Per-record medians (each record's own cost without machine hiccups): p99 ${µs(latency.p99OfMedians)}, slowest ${µs(latency.largestMedian)}. ` +
      `A synthetic ${latency.large.fields}-field record (the largest fixture record with its 5XX–7XX repeated): median ${µs(latency.large.median)}, p99 ${µs(latency.large.p99)}. Target p99 < 1 ms.`,
  );
  lines.push('');
  lines.push(pathologicalSection());
  lines.push('');
  lines.push(...(await loadSection(bench)));
  lines.push('');
  lines.push(...editorSection());
  const table = lines.join('\n');
  console.log(table);
  writeReport(table);
}

await main();
