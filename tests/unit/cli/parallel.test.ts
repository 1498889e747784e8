// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BatchLinter } from '../../../cli/batch-linter';
import { Iso2709BatchSplitter, type ByteBatch } from '../../../cli/batch-splitter';
import { lintReadResult, type LintedRecord } from '../../../cli/lint-record';
import { jsonlFormatter } from '../../../cli/output-format';
import { readIso2709 } from '../../../lib/marc/iso2709';
import { fixture, ISO2709_FIXTURES } from './cli-harness';

/** All ISO 2709 fixtures back to back (damaged ones included), as one file's bytes. */
function concatenatedFixtures(): Uint8Array {
  const parts = ISO2709_FIXTURES.map((path) => new Uint8Array(readFileSync(path)));
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

function split(bytes: Uint8Array, chunkSize: number, batchBytes: number): ByteBatch[] {
  const splitter = new Iso2709BatchSplitter(batchBytes);
  const batches: ByteBatch[] = [];
  for (let at = 0; at < bytes.length; at += chunkSize)
    batches.push(...splitter.push(bytes.subarray(at, at + chunkSize)));
  batches.push(...splitter.end());
  return batches;
}

describe('--jobs building blocks', () => {
  it('cuts a file into contiguous batches that end on a record terminator before a complete record', () => {
    const bytes = concatenatedFixtures();
    const batches = split(bytes, 4096, 32 * 1024);
    expect(batches.length).toBeGreaterThan(10);
    let offset = 0;
    for (const [i, batch] of batches.entries()) {
      expect(batch.offset).toBe(offset);
      expect(Buffer.compare(batch.bytes, bytes.subarray(offset, offset + batch.bytes.length))).toBe(0);
      expect(batch.final).toBe(i === batches.length - 1);
      if (!batch.final) {
        expect(batch.bytes.length).toBeGreaterThanOrEqual(32 * 1024);
        expect(batch.bytes[batch.bytes.length - 1]).toBe(0x1d);
      }
      offset += batch.bytes.length;
    }
    expect(offset).toBe(bytes.length);
  });

  it('two workers taking turns on the batches report exactly what one sequential read reports', () => {
    const bytes = concatenatedFixtures();
    const expected = jsonlFormatter.records(
      'all.mrc',
      [...readIso2709(bytes)].map((result) => lintReadResult(result, 'all')),
    );
    const workers = [new BatchLinter('all'), new BatchLinter('all')];
    const records: LintedRecord[] = [];
    for (const [i, batch] of split(bytes, 65_536, 48 * 1024).entries()) records.push(...workers[i % 2]!.lint(batch));
    for (const worker of workers) records.push(...worker.finish());
    records.forEach((record, index) => {
      record.index = index;
    });
    expect(jsonlFormatter.records('all.mrc', records)).toBe(expected);
    expect(expected.length).toBeGreaterThan(100_000);
  });

  it('reports byte offsets of the file, not of the batch, in records and messages', () => {
    const bytes = new Uint8Array(readFileSync(fixture('marc4j-pride-and-prejudice-with-many-errors.mrc')));
    const sequential = [...readIso2709(bytes)].map((result) => result.offset);
    const worker = new BatchLinter('all');
    const other = new BatchLinter('all');
    const offsets: number[] = [];
    for (const [i, batch] of split(bytes, 8192, 20_000).entries()) {
      const records = (i % 3 === 0 ? other : worker).lint(batch);
      offsets.push(...records.map((record) => record.offset));
    }
    expect(offsets).toEqual(sequential);
  });
});
