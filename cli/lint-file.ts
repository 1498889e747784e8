/**
 * Lints one file from disk, streaming: read a chunk, parse the records it completes, validate them,
 * hand the batch to the caller (which formats and writes it), repeat. Used by the CLI and the benchmark.
 */
import { stat } from 'node:fs/promises';
import type { ValidateOptions } from '../lib/rules/engine';
import type { Severity } from '../lib/rules/types';
import { DEFAULT_CONFIG, type LintConfig } from './lint-config';
import { lintReadResult, VALIDATE_OPTIONS, type LintedRecord } from './lint-record';
import type { RuleSetName } from './parse-args';
import { DEFAULT_BATCH_BYTES } from './batch-splitter';
import { canLintInParallel, lintIso2709InParallel } from './parallel-lint';
import {
  DEFAULT_CHUNK_SIZE,
  readRecordBatches,
  sniffFormat,
  standardInputSource,
  type InputFormat,
} from './record-source';

/** The file name that means standard input. */
export const STDIN = '-';

export interface FileOutcome {
  file: string;
  format: InputFormat | null;
  /** Records the reader produced (including ones it could not recover). */
  records: number;
  /** Why the file could not be used at all, or null. */
  unusable: string | null;
  counts: Record<Severity, number>;
  recordsWithErrors: number;
  /** Records with at least one warning (and no error). */
  recordsWithWarnings: number;
}

export interface LintFileOptions {
  /** Built-in rule set (when neither `validate` nor `config` is given; default 'all'). */
  ruleSet?: RuleSetName;
  /** Engine options built once for the run (lint-config.ts runOptionsFor). */
  validate?: ValidateOptions;
  /** The same as plain data, for --jobs worker threads. */
  config?: LintConfig;
  /** Overrides sniffing (`--input-format`). */
  inputFormat?: InputFormat | null;
  /** Standard input, read when the file is `-`. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Told the input's format (sniffed or given) before any record is read. */
  onFormat?: (format: InputFormat) => void;
  /** Sees every chunk of input before the records it completes (one thread only: --good/--bad, fix). */
  onChunk?: (chunk: Uint8Array) => void;
  /** Hand each LintedRecord its parsed record too (one thread only: --good/--bad of MARCXML and .mrk). */
  keepRecords?: boolean;
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
    recordsWithWarnings: 0,
  };
  const fromStdin = file === STDIN;
  let size = 0;
  let stdinChunks: AsyncIterable<Uint8Array> | null = null;
  if (fromStdin) {
    if (!options.stdin) {
      outcome.unusable = 'standard input is not available.';
      return outcome;
    }
    const source = await standardInputSource(options.stdin, options.inputFormat ?? null);
    outcome.format = source.format;
    stdinChunks = source.chunks;
  } else {
    const unreadable = await whyUnreadable(file);
    if (unreadable.reason !== null) {
      outcome.unusable = unreadable.reason;
      return outcome;
    }
    size = unreadable.size;
    try {
      outcome.format = options.inputFormat ?? (await sniffFormat(file));
    } catch (error) {
      outcome.unusable = `${file}: cannot be read (${String(error)}).`;
      return outcome;
    }
  }
  const name = fromStdin ? 'standard input' : file;
  if (outcome.format === null) {
    outcome.unusable = `${name}: unknown format. Expected ISO 2709 (.mrc, .marc, .usmarc), MARCXML (.xml) or MarcEdit text (.mrk)${fromStdin ? '; say which with --input-format' : ''}.`;
    return outcome;
  }
  options.onFormat?.(outcome.format);
  const validate = options.validate ?? VALIDATE_OPTIONS[options.ruleSet ?? 'all'];
  let readable = 0;
  /** Counts a batch of linted records into the outcome, then hands it on. */
  const take = async (linted: LintedRecord[], bytesRead: number) => {
    for (const record of linted) {
      if (record.kind !== null) readable++;
      let hasError = false;
      let hasWarning = false;
      for (const finding of record.findings) {
        outcome.counts[finding.severity]++;
        if (finding.severity === 'error') hasError = true;
        else if (finding.severity === 'warning') hasWarning = true;
      }
      if (hasError) outcome.recordsWithErrors++;
      else if (hasWarning) outcome.recordsWithWarnings++;
    }
    outcome.records += linted.length;
    if (options.onRecords) await options.onRecords(linted, bytesRead);
  };
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  try {
    const jobs = options.jobs ?? 1;
    const parallel =
      jobs > 1 &&
      !fromStdin &&
      !options.onChunk &&
      !options.keepRecords &&
      outcome.format === 'iso2709' &&
      size >= 2 * DEFAULT_BATCH_BYTES &&
      canLintInParallel();
    if (parallel) {
      const config = options.config ?? { ...DEFAULT_CONFIG, ruleSet: options.ruleSet ?? null };
      await lintIso2709InParallel(file, { config, jobs, chunkSize, onRecords: take });
    } else {
      const source = stdinChunks ?? file;
      for await (const { results, bytesRead } of readRecordBatches(
        source,
        outcome.format,
        chunkSize,
        options.onChunk,
      )) {
        const linted = new Array<LintedRecord>(results.length);
        for (let i = 0; i < results.length; i++) linted[i] = lintReadResult(results[i]!, validate);
        if (options.keepRecords) for (let i = 0; i < results.length; i++) linted[i]!.record = results[i]!.record;
        await take(linted, bytesRead);
      }
    }
  } catch (error) {
    // Readers report bad input as problems and do not throw; getting here is an I/O failure or a reader bug.
    outcome.unusable = `${name}: reading stopped after ${outcome.records} records: ${String(error)}`;
    return outcome;
  }
  if (readable === 0) {
    outcome.unusable =
      outcome.records === 0
        ? `${name}: no MARC record found (empty file, or not ${outcome.format} data).`
        : `${name}: none of its ${outcome.records} records could be read (see the structure findings).`;
  }
  return outcome;
}
