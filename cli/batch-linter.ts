/**
 * The work one `--jobs` worker does on each batch: read it with its own Iso2709Stream and lint the
 * records. Batches reach a worker with gaps (the other workers' batches); the gap is fed to the stream
 * as record separators (line feeds, which readers skip between records), so record offsets, and the
 * byte positions quoted in messages, are the file's own — exactly what the sequential reader reports.
 */
import { Iso2709Stream } from '../lib/marc/iso2709';
import type { Finding } from '../lib/rules/types';
import type { ByteBatch } from './batch-splitter';
import { lintReadResult, type LintedRecord } from './lint-record';
import type { ValidateOptions } from '../lib/rules/engine';
import { runOptionsFor, type LintConfig } from './lint-config';
import type { RuleSetName } from './parse-args';

const FILLER = new Uint8Array(256 * 1024).fill(0x0a);

/** Only what the output formats use: findings cross a thread boundary, and `fix` edits copy whole fields. */
export function portableFinding(finding: Finding): Finding {
  const portable: Finding = { ruleId: finding.ruleId, severity: finding.severity, message: finding.message };
  if (finding.tag !== undefined) portable.tag = finding.tag;
  if (finding.occurrence !== undefined) portable.occurrence = finding.occurrence;
  if (finding.code !== undefined) portable.code = finding.code;
  if (finding.indicator !== undefined) portable.indicator = finding.indicator;
  if (finding.position !== undefined) portable.position = finding.position;
  if (finding.source !== undefined) portable.source = finding.source;
  if (finding.messageId !== undefined && finding.params !== undefined) {
    portable.messageId = finding.messageId;
    portable.params = finding.params;
  }
  const policy = (finding as { policy?: unknown }).policy;
  if (policy !== undefined) (portable as { policy?: unknown }).policy = policy;
  return portable;
}

export class BatchLinter {
  private readonly stream = new Iso2709Stream();
  /** File offset up to which this worker's stream has been fed. */
  private fedUpTo = 0;

  private readonly options: ValidateOptions;

  constructor(config: LintConfig | RuleSetName) {
    this.options = runOptionsFor(typeof config === 'string' ? { ruleSet: config, settings: null } : config).validate;
  }

  /** Lints one batch; `index` in the result is local to this worker (the caller renumbers). */
  lint(batch: ByteBatch): LintedRecord[] {
    const results = [];
    for (let gap = batch.offset - this.fedUpTo; gap > 0; gap -= FILLER.length) {
      results.push(...this.stream.push(FILLER.subarray(0, Math.min(gap, FILLER.length))));
    }
    results.push(...this.stream.push(batch.bytes));
    if (batch.final) results.push(...this.stream.end());
    this.fedUpTo = batch.offset + batch.bytes.length;
    return results.map((result) => {
      const linted = lintReadResult(result, this.options);
      linted.findings = linted.findings.map(portableFinding);
      return linted;
    });
  }

  /** Whatever the stream still holds (only after a forced cut in damaged input). */
  finish(): LintedRecord[] {
    return this.stream.end().map((result) => {
      const linted = lintReadResult(result, this.options);
      linted.findings = linted.findings.map(portableFinding);
      return linted;
    });
  }
}
