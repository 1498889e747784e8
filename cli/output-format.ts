/**
 * The two output formats. Each formats a batch of linted records into one string, so the CLI
 * writes once per batch instead of once per finding.
 */
import type { RuleLanguage } from '../lib/rules/messages';
import type { Finding } from '../lib/rules/types';
import type { LintedRecord } from './lint-record';
import { textWords, type TextWords } from './text-words';

export interface RecordFormatter {
  /** Text to print before the first record of a file (may be empty). */
  fileHeader(file: string): string;
  records(file: string, records: readonly LintedRecord[]): string;
}

/**
 * JSON literals of the short strings that repeat on nearly every line (rule ids, tags, subfield codes,
 * policies, file names): a lookup instead of escaping them again per finding. Bounded, since tags and codes
 * come from the data.
 */
const literals = new Map<string, string>();
const MAX_LITERALS = 4096;

function jsonLiteral(value: string): string {
  let literal = literals.get(value);
  if (literal === undefined) {
    literal = JSON.stringify(value);
    if (literals.size < MAX_LITERALS) literals.set(value, literal);
  }
  return literal;
}

function jsonOptional(value: string | undefined): string {
  return value === undefined ? 'null' : jsonLiteral(value);
}

/** A rule's policy label (OCLC/PCC, local practice), when the rule carries one. */
export function policyOf(finding: Finding): string | undefined {
  const policy = (finding as { policy?: unknown }).policy;
  if (policy === true) return 'yes';
  return typeof policy === 'string' && policy.length > 0 ? policy : undefined;
}

/**
 * One JSON object per finding; record and occurrence are 0-based like the library's Finding; offset is the
 * record's byte (ISO 2709) or character (MARCXML, MarcEdit) offset in the file; position is [start, end).
 */
export const jsonlFormatter: RecordFormatter = {
  fileHeader: () => '',
  records(file, records) {
    let out = '';
    const prefix = `{"file":${jsonLiteral(file)},"record":`;
    for (const record of records) {
      if (record.findings.length === 0) continue;
      // Messages and 001s differ from line to line: JSON.stringify each (on Node 20 it is faster than testing a
      // regular expression first and quoting by hand, and gives the same characters).
      const head = `${prefix}${record.index},"controlNumber":${record.controlNumber === null ? 'null' : JSON.stringify(record.controlNumber)},"offset":${record.offset}`;
      for (const finding of record.findings) {
        const position = finding.position ? `[${finding.position[0]},${finding.position[1]}]` : 'null';
        const policy = policyOf(finding);
        out +=
          `${head},"tag":${jsonOptional(finding.tag)},"occurrence":${finding.occurrence ?? null}` +
          `,"code":${jsonOptional(finding.code)},"indicator":${finding.indicator ?? null},"position":${position}` +
          `,"ruleId":${jsonLiteral(finding.ruleId)},"severity":"${finding.severity}"` +
          (policy === undefined ? '' : `,"policy":${jsonLiteral(policy)}`) +
          `,"message":${JSON.stringify(finding.message)}}\n`;
      }
    }
    return out;
  },
};

/** Where a finding points, for humans: `245[2] $c`, `LDR/06`, `008/35-37`, `100[1] ind1` (occurrence 1-based). */
export function describeLocation(finding: Finding, words: TextWords = textWords('en')): string {
  if (finding.tag === undefined) return words.wholeRecord;
  let where = finding.tag;
  if (finding.occurrence !== undefined) where += `[${finding.occurrence + 1}]`;
  if (finding.position) {
    const [start, end] = finding.position;
    const pad = (n: number) => String(n).padStart(2, '0');
    where += end - start > 1 ? `/${pad(start)}-${pad(end - 1)}` : `/${pad(start)}`;
  }
  if (finding.indicator !== undefined) where += ` ind${finding.indicator}`;
  if (finding.code !== undefined) where += ` $${finding.code}`;
  return where;
}

/** Control characters quoted from damaged data must not reach a terminal raw (ESC could recolour or move it). */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

function printable(message: string): string {
  CONTROL_CHARACTERS.lastIndex = 0;
  if (!CONTROL_CHARACTERS.test(message)) return message;
  return message
    .replace(/\s*\n\s*/g, ' ')
    .replace(CONTROL_CHARACTERS, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * Findings grouped per record, headed by the record's number (1-based), 0-based index and 001, in the words of
 * `language` (cli/text-words.ts; the messages are localized before they get here).
 */
export function textFormatterFor(language: RuleLanguage): RecordFormatter {
  const words = textWords(language);
  return {
    fileHeader: (file) => `${file}\n`,
    records(_file, records) {
      const lines: string[] = [];
      for (const record of records) {
        if (record.findings.length === 0) continue;
        lines.push(
          words.recordHeading(record.index + 1, record.controlNumber, record.kind === 'holdings', record.index),
        );
        for (const finding of record.findings) {
          const policy = policyOf(finding);
          lines.push(
            `    ${words.severity[finding.severity]} ${describeLocation(finding, words)}: ${printable(finding.message)} [${finding.ruleId}${policy === undefined ? '' : `; ${words.policy}: ${printable(policy)}`}]\n`,
          );
        }
      }
      return lines.join('');
    },
  };
}

export const textFormatter: RecordFormatter = textFormatterFor('en');
