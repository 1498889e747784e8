// @vitest-environment node
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintReadResult } from '../../../cli/lint-record';
import { jsonlFormatter } from '../../../cli/output-format';
import { readRecordBatches } from '../../../cli/record-source';
import { readIso2709, writeIso2709File } from '../../../lib/marc/iso2709';
import { readMarcXml } from '../../../lib/marc/marcxml';
import { readMrk, writeMrkFile } from '../../../lib/marc/mrk';
import type { ReadResult } from '../../../lib/marc/types';
import {
  cleanBibRecord,
  fixture,
  holdingsRecord,
  ISO2709_FIXTURES,
  MARCXML_FIXTURES,
  runCli,
  tempFile,
} from './cli-harness';

/** What the CLI must print for a file: the whole-buffer reader's records through the same linting. */
function expectedJsonl(path: string, results: Iterable<ReadResult>, ruleSet: 'all' | 'oclc' = 'all'): string {
  return jsonlFormatter.records(
    path,
    [...results].map((result) => lintReadResult(result, ruleSet)),
  );
}

describe('streaming reads', () => {
  it.each(ISO2709_FIXTURES)('%s: chunked reads give the same findings as a whole-file read', async (path) => {
    const expected = expectedJsonl(path, readIso2709(new Uint8Array(readFileSync(path))));
    const size = statSync(path).size;
    // 1-byte chunks only on small files (they are slow); odd sizes to cut records, leaders and UTF-8 sequences.
    const chunkSizes = size < 5_000 ? [1, 7, 4093] : size < 100_000 ? [7, 4093] : [509, 65_536];
    for (const chunkSize of chunkSizes) {
      const run = await runCli(['lint', '--format', 'jsonl', path], { chunkSize });
      expect(run.stdout, `chunk size ${chunkSize}`).toBe(expected);
    }
  });

  it.each(MARCXML_FIXTURES)('%s (MARCXML): chunked reads give the same findings as a whole-file read', async (path) => {
    const expected = expectedJsonl(path, readMarcXml(readFileSync(path, 'utf8')));
    expect(expected.length).toBeGreaterThan(0);
    const chunkSizes = statSync(path).size < 20_000 ? [1, 97, 65_536] : [97, 65_536];
    for (const chunkSize of chunkSizes) {
      const run = await runCli(['lint', '--format', 'jsonl', path], { chunkSize });
      expect(run.stdout, `chunk size ${chunkSize}`).toBe(expected);
    }
  });

  it('reads MarcEdit .mrk in chunks (multi-byte characters cut between chunks) like a whole-file read', async () => {
    const bib = cleanBibRecord('mrk-1');
    bib.fields.push({
      tag: '500',
      ind1: ' ',
      ind2: ' ',
      subfields: [{ code: 'a', value: 'Note in Ελληνικά, 日本語 and Åland ' }],
    });
    const text = writeMrkFile([bib, holdingsRecord('mrk-2'), { ...cleanBibRecord('mrk-3'), leader: 'short' }]);
    const path = tempFile('records.mrk', text);
    const expected = expectedJsonl(path, readMrk(text));
    expect(expected).toContain('structure/bad-leader');
    for (const chunkSize of [1, 5, 4096]) {
      const run = await runCli(['lint', '--format', 'jsonl', path], { chunkSize });
      expect(run.stdout, `chunk size ${chunkSize}`).toBe(expected);
    }
  });

  it('yields records while the file is still being read (memory does not hold the whole file)', async () => {
    const path = fixture('marc4j-pride-and-prejudice-fixed.mrc');
    const size = statSync(path).size;
    const seen: number[] = [];
    let maxBatch = 0;
    for await (const { results, bytesRead } of readRecordBatches(path, 'iso2709', 8192)) {
      seen.push(bytesRead);
      maxBatch = Math.max(maxBatch, results.length);
    }
    expect(seen[0]).toBeLessThan(size / 10);
    expect(seen.length).toBeGreaterThan(20);
    expect(maxBatch).toBeLessThan(30);
  });

  it('keeps record indexes and offsets continuous across chunks', async () => {
    const records = Array.from({ length: 50 }, (_, i) => cleanBibRecord(`id${i}`));
    const bytes = writeIso2709File(records);
    const path = tempFile('fifty.mrc', bytes);
    const indexes: number[] = [];
    const offsets: number[] = [];
    for await (const { results } of readRecordBatches(path, 'iso2709', 333)) {
      for (const result of results) {
        indexes.push(result.index);
        offsets.push(result.offset);
      }
    }
    expect(indexes).toEqual(records.map((_, i) => i));
    expect(offsets).toEqual([...readIso2709(bytes)].map((result) => result.offset));
  });
});
