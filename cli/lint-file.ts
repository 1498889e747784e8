/**
 * Lints one file from disk, streaming: read a chunk, parse the records it completes, validate them,
 * hand the batch to the caller (which formats and writes it), repeat. Used by the CLI and the benchmark.
 */
import { stat } from 'node:fs/promises';
import type { Severity } from '../lib/rules/types';
import { lintReadResult, type LintedRecord } from './lint-record';
import type { RuleSetName } from './parse-args';
import { DEFAULT_BATCH_BYTES } from './batch-splitter';
import { canLintInParallel, lintIso2709InParallel } from './parallel-lint';
import { DEFAULT_CHUNK_SIZE, readRecordBatches, sniffFormat, type InputFormat } from './record-source';

export interface FileOutcome {
  file: string;
  format: InputFormat | null;
  /** Records the reader produced (including ones it could not recover). */
  records: number;
  /** Why the file could not be used at all, or null. */
  unusable: string | null;
  counts: Record<Severity, number>;
  recordsWithErrors: number;
}

export interface LintFileOptions {
  ruleSet: RuleSetName;
  chunkSize?: number;
  /** Worker threads for ISO 2709 files (default 1: lint on this thread). */
  jobs?: number;
  /** Called once per batch of records, in file order; awaited (so output back-pressure slows reading). */
  onRecords?: (records: LintedRecord[], bytesRead: number) => void | Promise<void>;
}

async function whyUnreadable(file: string): Promise<{ reason: string | null; size: number }> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { reason: `${file} is not a regular file.`, size: 0 };
    return { reason: null, size: info.size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? `${file}: no such file.` : `${file}: cannot be read (${code ?? String(error)}).`;
    return { reason, size: 0 };
  }
}

export async function fileSize(file: string): Promise<number> {
  return (await whyUnreadable(file)).size;
}

export async function lintFile(file: string, options: LintFileOptions): Promise<FileOutcome> {
  const outcome: FileOutcome = {
    file,
    format: null,
    records: 0,
    unusable: null,
    counts: { error: 0, warning: 0, info: 0 },
    recordsWithErrors: 0,
  };
  const { reason, size } = await whyUnreadable(file);
  if (reason !== null) {
    outcome.unusable = reason;
    return outcome;
  }
  try {
    outcome.format = await sniffFormat(file);
  } catch (error) {
    outcome.unusable = `${file}: cannot be read (${String(error)}).`;
    return outcome;
  }
  if (outcome.format === null) {
    outcome.unusable = `${file}: unknown format. Expected ISO 2709 (.mrc, .marc, .usmarc), MARCXML (.xml) or MarcEdit text (.mrk).`;
    return outcome;
  }
  let readable = 0;
  /** Counts a batch of linted records into the outcome, then hands it on. */
  const take = async (linted: LintedRecord[], bytesRead: number) => {
    for (const record of linted) {
      if (record.kind !== null) readable++;
      let hasError = false;
      for (const finding of record.findings) {
        outcome.counts[finding.severity]++;
        if (finding.severity === 'error') hasError = true;
      }
      if (hasError) outcome.recordsWithErrors++;
    }
    outcome.records += linted.length;
    if (options.onRecords) await options.onRecords(linted, bytesRead);
  };
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  try {
    const jobs = options.jobs ?? 1;
    if (jobs > 1 && outcome.format === 'iso2709' && size >= 2 * DEFAULT_BATCH_BYTES && canLintInParallel()) {
      await lintIso2709InParallel(file, { ruleSet: options.ruleSet, jobs, chunkSize, onRecords: take });
    } else {
      for await (const { results, bytesRead } of readRecordBatches(file, outcome.format, chunkSize)) {
        const linted = new Array<LintedRecord>(results.length);
        for (let i = 0; i < results.length; i++) linted[i] = lintReadResult(results[i]!, options.ruleSet);
        await take(linted, bytesRead);
      }
    }
  } catch (error) {
    // Readers report bad input as problems and do not throw; getting here is an I/O failure or a reader bug.
    outcome.unusable = `${file}: reading stopped after ${outcome.records} records: ${String(error)}`;
    return outcome;
  }
  if (readable === 0) {
    outcome.unusable =
      outcome.records === 0
        ? `${file}: no MARC record found (empty file, or not ${outcome.format} data).`
        : `${file}: none of its ${outcome.records} records could be read (see the structure findings).`;
  }
  return outcome;
}
