// `npm run parity`: how many of MARC::Lint's warnings our linter reproduces on tests/fixtures/marc.
//
// For every ISO 2709 and MARCXML fixture, MARC::Lint (Debian libmarc-lint-perl; MARCXML read with
// MARC::File::XML, Debian libmarc-xml-perl; run by scripts/parity.marc-lint.pl) and our linter (cli,
// all rules) check the same records. A Lint warning is "reproduced" when we
// report a finding on the same record with the same tag. Warnings are grouped into kinds (the message
// with its variable parts removed). Prints the table and rewrites the generated part of docs/parity.md.
// Not part of CI: it needs Perl, MARC::Lint and MARC::File::XML (both installed with apt-get when missing
// and running as root).
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixturesDir = join(root, 'tests/fixtures/marc');
const docPath = join(root, 'docs/parity.md');
const ISO_EXTENSIONS = /\.(mrc|marc|usmarc)$/i;
const XML_EXTENSIONS = /\.xml$/i;
/** Perl modules the MARC::Lint side needs, with the Debian package that provides each. */
const PERL_MODULES = [
  ['MARC::Lint', 'libmarc-lint-perl'],
  ['MARC::File::XML', 'libmarc-xml-perl'],
];
const TARGET = 0.95;

/**
 * MARC::Lint warnings on constructs MARC 21 allows, which we do not reproduce on purpose (docs/parity.md): 245
 * punctuation on records that do not claim ISBD punctuation, and listed records with their reason. The parity
 * unit test reads the same file.
 */
const ACCEPTED = JSON.parse(readFileSync(join(root, 'tests/fixtures/marc-lint/accepted-by-marc21.json'), 'utf8'));

function acceptedOnPurpose(fileName, lintIndex, warning, ours) {
  const listed = ACCEPTED.records.some(
    (entry) => entry.files.includes(fileName) && entry.index === lintIndex && new RegExp(entry.lint).test(warning),
  );
  if (listed) return true;
  if (ours?.leader18 == null) return false;
  return ACCEPTED.byLeader18.some(
    (entry) => new RegExp(entry.lint).test(warning) && new RegExp(entry.leader18).test(ours.leader18),
  );
}

/** MARC::Lint message → kind. Order matters: the first match wins. */
const KINDS = [
  [/^1XX: Only one 1XX tag is allowed/, '1XX: only one 1XX allowed'],
  [/^245: No 245 tag/, '245: no 245 field'],
  [/: Field is not repeatable/, 'NNN: field not repeatable'],
  [/^880: No subfield 6/, '880: no subfield 6'],
  [/: Indicator 1 must be/, 'NNN: indicator 1 not valid'],
  [/: Indicator 2 must be/, 'NNN: indicator 2 not valid'],
  [/: Subfield _. is not allowed/, 'NNN: subfield not allowed'],
  [/: Subfield _. is not repeatable/, 'NNN: subfield not repeatable'],
  [/: Subfield _. has an invalid control character/, 'NNN: control character in subfield'],
  [/: Subfields are not allowed in fields lower than 010/, '00X: subfield delimiter in control field'],
  [/^020: Subfield a may have invalid characters/, '020: $a invalid characters'],
  [/^020: Subfield a qualifier must be preceded by space/, '020: $a qualifier not preceded by space'],
  [/^020: Subfield a has the wrong number of digits/, '020: $a wrong number of digits'],
  [/^020: Subfield a has bad checksum \(13 digit\)/, '020: $a bad ISBN-13 checksum'],
  [/^020: Subfield a has bad checksum/, '020: $a bad ISBN-10 checksum'],
  [/^020: +Subfield z is numerically valid/, '020: $z is a valid ISBN'],
  [/^041: .*divisible by 3/, '041: code length not a multiple of 3'],
  [/^041: .*may be obsolete/, '041: obsolete language code'],
  [/^041: .*is not valid/, '041: invalid language code'],
  [/^043: Subfield _a must be exactly 7/, '043: $a not 7 characters'],
  [/^043: .*may be obsolete/, '043: obsolete geographic area code'],
  [/^043: .*is not valid/, '043: invalid geographic area code'],
  [/^245: Must have a subfield _a/, '245: no $a'],
  [/^245: Must end with \. \(period\)/, '245: does not end with a period'],
  [/^245: MARC21 allows \? or !/, '245: ends with ? or ! (LCRI wants a period)'],
  [/: May have too few subfields/, '245: too few subfields'],
  [/: First subfield must be _6/, '245: first subfield not $6'],
  [/: First subfield after subfield _6 must be _a/, '245: $6 not followed by $a'],
  [/: First subfield must be _a/, '245: first subfield not $a'],
  [/^245: Subfield _c must be preceded by \//, '245: $c not preceded by /'],
  [/^245: Subfield _c initials should not have a space/, '245: spaced initials in $c'],
  [/^245: Subfield _b should be preceded by/, '245: $b not preceded by : ; or ='],
  [/^245: Subfield _h should not be preceded by space/, '245: $h preceded by space'],
  [/^245: Subfield _h must have matching square brackets/, '245: $h brackets unbalanced'],
  [/^245: Subfield _n must be preceded by \./, '245: $n not preceded by a period'],
  [/^245: Subfield _p must be preceded by , /, '245: $p after $n not preceded by a comma'],
  [/^245: Subfield _p must be preceded by \. /, '245: $p not preceded by a period'],
  [/: Non-filing indicator is non-numeric/, 'NNN: non-filing indicator not numeric'],
  [/: First word, .* may be an article/, 'NNN: non-filing indicator does not cover the article'],
  [/: First word, .* does not appear to be an article/, 'NNN: non-filing indicator set but no article'],
];

/**
 * MARC::Record's own decoder warnings that mean it read the record's fields from a damaged directory
 * as they stand (shifted tags, data cut mid-field): Lint then checks fields that are not in the record.
 */
const MISDECODED = /Invalid directory length|runs off the end of the record/;

function kindOf(message) {
  for (const [pattern, kind] of KINDS) if (pattern.test(message)) return kind;
  return message
    .replace(/^\d{3}:/, 'NNN:')
    .replace(/_[a-z0-9]/g, '_?')
    .replace(/"[^"]*"/g, '"…"');
}

function ensureMarcLint() {
  const missing = PERL_MODULES.filter(([module]) => spawnSync('perl', [`-M${module}`, '-e1']).status !== 0);
  if (missing.length === 0) return;
  const names = missing.map(([module]) => module).join(' and ');
  const packages = missing.map(([, debianPackage]) => debianPackage);
  if (process.getuid?.() !== 0) {
    console.error(`${names} not installed. Run: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`);
    process.exit(2);
  }
  console.error(`Installing ${names} (apt-get install ${packages.join(' ')})…`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit' });
}

function marcLintVersion() {
  return execFileSync('perl', ['-MMARC::Lint', '-e', 'print $MARC::Lint::VERSION'], { encoding: 'utf8' }).trim();
}

/**
 * Runs MARC::Lint; returns per file the records with their 001 and warnings. `offset` is the byte offset
 * for ISO 2709 and null for MARCXML, whose records are paired by index (their order in the document).
 */
function runMarcLint(files) {
  const tsv = execFileSync('perl', [join(root, 'scripts/parity.marc-lint.pl'), ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const byFile = new Map(files.map((file) => [file, { records: [], decodeFailed: 0 }]));
  for (const line of tsv.split('\n')) {
    if (!line) continue;
    const [file, index, offset, type, text] = line.split('\t');
    const entry = byFile.get(file);
    if (type === 'decode-failed') entry.decodeFailed++;
    if (type === 'record') {
      entry.records.push({
        index: Number(index),
        offset: offset === '' ? null : Number(offset),
        id: text,
        warnings: [],
        misdecoded: false,
      });
    }
    if (type === 'lint') entry.records.at(-1).warnings.push(text);
    if (type === 'decode-warning' && MISDECODED.test(text)) entry.records.at(-1).misdecoded = true;
  }
  return byFile;
}

/** Runs our linter in-process (same code path as the CLI) and keeps, per record, the tags it flagged. */
async function runOurs(files) {
  const source = await tsImport('../cli/record-source.ts', import.meta.url);
  const lint = await tsImport('../cli/lint-record.ts', import.meta.url);
  const byFile = new Map();
  for (const file of files) {
    const format = await source.sniffFormat(file);
    const byOffset = new Map();
    const byIndex = new Map();
    for await (const { results } of source.readRecordBatches(file, format)) {
      for (const result of results) {
        const linted = lint.lintReadResult(result, 'all');
        const tags = new Set(linted.findings.map((finding) => finding.tag).filter(Boolean));
        // Lint files 880 problems under the tag in $6; remember which tags this record's 880s stand for.
        const linked = new Set();
        for (const field of result.record?.fields ?? []) {
          if (field.tag !== '880' || !field.subfields) continue;
          const six = field.subfields.find((subfield) => subfield.code === '6');
          if (six) linked.add(six.value.slice(0, 3));
        }
        const entry = {
          index: result.index,
          id: linted.controlNumber,
          tags,
          linked,
          findings: linted.findings,
          leader18: result.record?.leader.charAt(18) ?? null,
        };
        byOffset.set(result.offset, entry);
        byIndex.set(result.index, entry);
      }
    }
    byFile.set(file, { byOffset, byIndex });
  }
  return byFile;
}

function reproduces(ours, tag) {
  if (!ours) return false;
  if (tag === '1XX') return [...ours.tags].some((t) => /^1\d\d$/.test(t));
  if (ours.tags.has(tag)) return true;
  return ours.linked.has(tag) && ours.tags.has('880');
}

/**
 * Stricter: when the warning names a subfield (`Subfield _x`, `020: Subfield a`) or an indicator, our
 * finding on that tag must name the same subfield code or indicator too.
 */
function reproducesExactly(ours, tag, warning) {
  if (!reproduces(ours, tag)) return false;
  const code = /Subfield _?(\S)\b/.exec(warning)?.[1];
  const indicator = /Indicator ([12])/.exec(warning)?.[1];
  if (code === undefined && indicator === undefined) return true;
  const tags = ours.linked.has(tag) ? [tag, '880'] : [tag];
  return ours.findings.some(
    (finding) =>
      tags.includes(finding.tag) &&
      (code === undefined || finding.code === code) &&
      (indicator === undefined || finding.indicator === Number(indicator)),
  );
}

const percent = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

async function main() {
  ensureMarcLint();
  const version = marcLintVersion();
  const all = readdirSync(fixturesDir).sort();
  const compared = (name) => ISO_EXTENSIONS.test(name) || XML_EXTENSIONS.test(name);
  const files = all.filter(compared).map((name) => join(fixturesDir, name));
  const xmlCount = files.filter((file) => XML_EXTENSIONS.test(file)).length;
  // MARC::Lint has no reader for MARC mnemonic (.mrk) text; list any such fixture as not compared.
  const skipped = all.filter((name) => /\.mrk$/i.test(name));
  const lintResults = runMarcLint(files);
  const ourResults = await runOurs(files);

  const kinds = new Map();
  const perFile = [];
  let misaligned = 0;
  const allMisses = [];
  /** Each (record, tag) MARC::Lint warns on, however many warnings it gives there. */
  const pairs = new Map();
  for (const file of files) {
    const { records, decodeFailed } = lintResults.get(file);
    const ours = ourResults.get(file);
    let fileWarnings = 0;
    let fileHits = 0;
    let fileOnPurpose = 0;
    for (const record of records) {
      // MARCXML records have no byte offset on the Lint side: their index is their natural key.
      let mine = record.offset === null ? ours.byIndex.get(record.index) : ours.byOffset.get(record.offset);
      if (!mine && record.offset !== null) {
        mine = ours.byIndex.get(record.index);
        misaligned++;
      }
      for (const warning of record.warnings) {
        const tag = warning.slice(0, 3);
        const pair = `${file}|${record.offset ?? `#${record.index}`}|${tag}`;
        if (!pairs.has(pair))
          pairs.set(pair, { tag, hit: reproduces(mine, tag), misdecoded: record.misdecoded, onPurpose: true });
        const kind = kindOf(warning);
        const stats = kinds.get(kind) ?? { total: 0, hit: 0, exact: 0, misdecoded: 0, onPurpose: 0, misses: [] };
        kinds.set(kind, stats);
        const hit = reproduces(mine, tag);
        stats.total++;
        fileWarnings++;
        if (hit) {
          stats.hit++;
          if (reproducesExactly(mine, tag, warning)) stats.exact++;
          else
            allMisses.push(
              `${relative(root, file)}\t${mine?.index ?? record.index}\t${record.id}\t(same tag, other subfield/indicator) ${warning}`,
            );
          fileHits++;
        } else if (!record.misdecoded && acceptedOnPurpose(relative(fixturesDir, file), record.index, warning, mine)) {
          stats.onPurpose++;
          fileOnPurpose++;
          allMisses.push(
            `${relative(root, file)}\t${mine?.index ?? record.index}\t${record.id}\t(valid per MARC 21, not reproduced on purpose) ${warning}`,
          );
        } else if (record.misdecoded) {
          pairs.get(pair).onPurpose = false;
          stats.misdecoded++;
          allMisses.push(
            `${relative(root, file)}\t${mine?.index ?? record.index}\t${record.id}\t(misdecoded by MARC::Record) ${warning}`,
          );
        } else {
          pairs.get(pair).onPurpose = false;
          allMisses.push(`${relative(root, file)}\t${mine?.index ?? record.index}\t${record.id}\t${warning}`);
          if (stats.misses.length < 3)
            stats.misses.push(
              `${relative(root, file)} #${mine?.index ?? record.index} (001 ${record.id || '–'}): ${warning}`,
            );
        }
      }
    }
    perFile.push({
      file: relative(fixturesDir, file),
      records: records.length,
      decodeFailed,
      fileWarnings,
      fileHits,
      fileOnPurpose,
    });
  }

  const rows = [...kinds.entries()].sort((a, b) => b[1].total - a[1].total);
  const total = rows.reduce((sum, [, s]) => sum + s.total, 0);
  const hit = rows.reduce((sum, [, s]) => sum + s.hit, 0);
  const exact = rows.reduce((sum, [, s]) => sum + s.exact, 0);
  const misdecoded = rows.reduce((sum, [, s]) => sum + s.misdecoded, 0);
  const onPurpose = rows.reduce((sum, [, s]) => sum + s.onPurpose, 0);
  const decodedTotal = total - misdecoded;
  const ratio = total === 0 ? 1 : hit / total;

  const lines = [];
  const formats = xmlCount > 0 ? 'ISO 2709 and MARCXML' : 'ISO 2709';
  lines.push(
    `MARC::Lint ${version} vs. alma-companion (all rules), ${files.length} files (${formats}) in tests/fixtures/marc.`,
  );
  lines.push('');
  const pairList = [...pairs.values()];
  const pairHits = pairList.filter((pair) => pair.hit).length;
  const pairMisdecoded = pairList.filter((pair) => !pair.hit && pair.misdecoded).length;
  const pairRatio = pairList.length === 0 ? 1 : pairHits / pairList.length;
  const verdict = (r) => `target ${TARGET * 100}%: ${r >= TARGET ? 'met' : 'NOT met'}`;
  lines.push(
    `**Reproduced, counting each (record, tag) MARC::Lint warns on once: ${pairHits} of ${pairList.length} = ${percent(pairHits, pairList.length)}** (${verdict(pairRatio)}).`,
  );
  lines.push('');
  lines.push(
    `**Reproduced, counting every warning line (a warning counts when we report on the same record and tag): ${hit} of ${total} = ${percent(hit, total)}** (${verdict(ratio)}). ` +
      'MARC::Lint often gives several lines for one field (one per repeated subfield), so this count weighs a field by how many lines Lint writes about it.',
  );
  lines.push('');
  const pairsOnPurpose = pairList.filter((pair) => !pair.hit && pair.onPurpose).length;
  const judged = pairList.length - pairsOnPurpose;
  const linesJudged = total - onPurpose;
  lines.push(
    `**Leaving out the MARC::Lint warnings on constructs MARC 21 allows, which we do not reproduce on purpose (${onPurpose} lines, ${pairsOnPurpose} pairs; tests/fixtures/marc-lint/accepted-by-marc21.json, explained below): ` +
      `${pairHits} of ${judged} pairs = ${percent(pairHits, judged)} (${verdict(judged === 0 ? 1 : pairHits / judged)}); ${hit} of ${linesJudged} lines = ${percent(hit, linesJudged)} (${verdict(linesJudged === 0 ? 1 : hit / linesJudged)}).**`,
  );
  lines.push('');
  lines.push(
    `Of the ${total - hit - onPurpose} other lines not reproduced, ${misdecoded} are on records whose directory MARC::Record itself reports as damaged ("Invalid directory length", "runs off the end of the record"): Lint checks the fields it misread there, which are not in the record (see below). ` +
      `**On the other records: ${hit} of ${decodedTotal - onPurpose} = ${percent(hit, decodedTotal - onPurpose)}.**`,
  );
  lines.push('');
  lines.push(
    `By pair: of the ${judged - pairHits} pairs not reproduced (valid constructs left out), ${pairMisdecoded === judged - pairHits ? 'all are' : `${pairMisdecoded} are`} on those records (tags ${[...new Set(pairList.filter((pair) => !pair.hit && pair.misdecoded).map((pair) => pair.tag))].sort().join(', ')}, which MARC::Record made out of shifted directory entries).`,
  );
  lines.push('');
  lines.push(
    `Stricter count, where the warning names a subfield or indicator and our finding must name the same one: ${exact} of ${total} = ${percent(exact, total)}.`,
  );
  lines.push('');
  lines.push(
    '| Kind of MARC::Lint warning | Lint | reproduced (record, tag) | % | same subfield/indicator too | not reproduced, on misdecoded records | not reproduced on purpose (valid per MARC 21) |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const [kind, s] of rows)
    lines.push(
      `| ${kind.replace(/\|/g, '\\|')} | ${s.total} | ${s.hit} | ${percent(s.hit, s.total)} | ${s.exact} | ${s.misdecoded} | ${s.onPurpose} |`,
    );
  lines.push('');
  lines.push(
    '| File | records Lint decoded | records Lint could not decode | Lint warnings | not reproduced on purpose | reproduced of the others |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|');
  for (const f of perFile)
    lines.push(
      `| ${f.file} | ${f.records} | ${f.decodeFailed} | ${f.fileWarnings} | ${f.fileOnPurpose} | ${percent(f.fileHits, f.fileWarnings - f.fileOnPurpose)} |`,
    );
  lines.push('');
  if (skipped.length)
    lines.push(`Not compared (MARC::Lint is run on ISO 2709 and MARCXML only): ${skipped.join(', ')}.`);
  if (misaligned)
    lines.push(`${misaligned} records matched by index because our reader placed them at another offset.`);
  const missed = rows.filter(([, s]) => s.misses.length > 0);
  if (missed.length) {
    lines.push('');
    lines.push('Examples of warnings not reproduced on correctly decoded records (up to 3 per kind):');
    lines.push('');
    for (const [kind, s] of missed)
      for (const example of s.misses) lines.push(`- *${kind}*: \`${example.replace(/`/g, "'")}\``);
  }
  const table = lines.join('\n');
  console.log(table);
  if (process.argv.includes('--all-misses'))
    console.log(`\nAll misses (file, our record index, 001, MARC::Lint warning):\n${allMisses.join('\n')}`);

  const begin = '<!-- parity:begin (generated by `npm run parity`; do not edit by hand) -->';
  const end = '<!-- parity:end -->';
  let doc;
  try {
    doc = readFileSync(docPath, 'utf8');
  } catch {
    doc = `# Parity with MARC::Lint\n\n${begin}\n${end}\n`;
  }
  const from = doc.indexOf(begin);
  const to = doc.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`${docPath} lacks the ${begin} … ${end} markers`);
  const stamp = `Generated ${new Date().toISOString().slice(0, 10)}.`;
  writeFileSync(docPath, `${doc.slice(0, from + begin.length)}\n${stamp}\n\n${table}\n${doc.slice(to)}`);
  console.log(`\nWrote ${relative(root, docPath)}.`);
}

await main();
