// The "record load" corpus of `npm run bench` (issue 14): a file shaped like a vendor or OCLC load — at least
// 15,000 records and 35 MB, mostly valid — built deterministically from the repository's fixtures at bench time
// (never committed: it is tens of MB). One pass is, in this order:
//   - LC's clean BooksAll sample ×20 (the bulk: real, mostly valid LC records),
//   - tests/fixtures/marc/valid/*.mrk (records built from MARC 21 documentation) as ISO 2709 ×5,
//   - traject's test_data ×5 and MARC::Lint's camel ×2 (clean library records),
//   - every other ISO 2709 fixture ×1 (the error-rich ones: pride-and-prejudice, damaged records).
// Passes repeat until both minimums are reached; `scale` multiplies the number of passes (the 10× corpus).
import { closeSync, openSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOAD_MIN_RECORDS = 15_000;
export const LOAD_MIN_BYTES = 35_000_000;

const WEIGHTS = new Map([
  ['lc-BooksAll.2014.part01-0001.mrc', 20],
  ['traject-test_data.utf8.mrc', 5],
  ['marclint-camel.usmarc', 2],
]);
const VALID_WEIGHT = 5;
const ISO_EXTENSIONS = /\.(mrc|marc|usmarc)$/i;

function countTerminators(bytes) {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x1d) count++;
  return count;
}

/**
 * Writes the corpus to `path`; `convert` turns .mrk text into ISO 2709 bytes (the bench entry's readMrk +
 * writeIso2709, so the built records go through our own writer). Returns what it wrote and how.
 */
export function buildLoadCorpus(path, fixturesDir, convert, scale = 1) {
  const parts = [];
  const isoNames = readdirSync(fixturesDir)
    .filter((name) => ISO_EXTENSIONS.test(name))
    .sort();
  for (const name of isoNames) {
    if (WEIGHTS.has(name)) parts.push({ name, bytes: readFileSync(join(fixturesDir, name)), times: WEIGHTS.get(name) });
  }
  const validDir = join(fixturesDir, 'valid');
  const mrkNames = readdirSync(validDir)
    .filter((name) => name.endsWith('.mrk'))
    .sort();
  const valid = Buffer.concat(mrkNames.map((name) => convert(readFileSync(join(validDir, name), 'utf8'))));
  parts.push({ name: `valid/*.mrk (${mrkNames.length} files)`, bytes: valid, times: VALID_WEIGHT });
  for (const name of isoNames) {
    if (!WEIGHTS.has(name)) parts.push({ name, bytes: readFileSync(join(fixturesDir, name)), times: 1 });
  }
  let passRecords = 0;
  let passBytes = 0;
  for (const part of parts) {
    part.records = countTerminators(part.bytes);
    passRecords += part.records * part.times;
    passBytes += part.bytes.length * part.times;
  }
  const basePasses = Math.max(Math.ceil(LOAD_MIN_RECORDS / passRecords), Math.ceil(LOAD_MIN_BYTES / passBytes));
  const passes = basePasses * scale;
  const fd = openSync(path, 'w');
  for (let pass = 0; pass < passes; pass++) {
    for (const part of parts) for (let i = 0; i < part.times; i++) writeSync(fd, part.bytes);
  }
  closeSync(fd);
  return {
    path,
    passes,
    records: passRecords * passes,
    bytes: statSync(path).size,
    parts: parts.map(({ name, records, times }) => ({ name, records, times })),
  };
}
