/**
 * MarcEdit's mnemonic text format (.mrk): one field per line, `=TAG  data`, records separated by
 * blank lines, `\` for blanks in the leader, control fields and indicators, `$` before each subfield
 * code, and `{mnemonics}` for `$`, `\`, braces and MARC-8 characters. Lines starting with `#` are
 * comments. Reading never throws; problems carry 1-based line numbers and character offsets.
 */
import { parseDataFieldText } from './data-field-text';
import { decodeMnemonics, encodeMnemonics } from './mrk-mnemonics';
import { PLACEHOLDER_LEADER } from './marcxml';
import { structuralProblem } from './problem-codes';
import { visible } from './bytes';
import {
  isControlField,
  isControlTag,
  type Field,
  type MarcRecord,
  type ReadResult,
  type StructuralProblem,
} from './types';

const READ_SLICE = 65536;
const PIECE = 8192;

function blanksFromBackslashes(text: string): string {
  return text.indexOf('\\') === -1 ? text : text.replace(/\\/g, ' ');
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isNumericTag(tag: string): boolean {
  return isDigit(tag.charCodeAt(0)) && isDigit(tag.charCodeAt(1)) && isDigit(tag.charCodeAt(2));
}

function isAlphanumericTag(tag: string): boolean {
  for (let i = 0; i < 3; i++) {
    const code = tag.charCodeAt(i) | 0x20; // lower-cases letters, keeps digits
    if (!isDigit(code) && !(code >= 0x61 && code <= 0x7a)) return false;
  }
  return tag.length === 3;
}

/** Whitespace-only, without allocating (most lines start with "=" and return at once). */
function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return false;
  }
  return true;
}

/** Alphabetic tags are control fields unless their data starts like indicators and a subfield. */
function isControlLine(tag: string, content: string): boolean {
  if (isControlTag(tag)) return true;
  if (isNumericTag(tag)) return false;
  return content.charAt(2) !== '$';
}

/**
 * Problems for unknown mnemonics listed one by one per line; the rest are counted in one more problem. A
 * line of 10 MB of braces (a bad paste) gave one problem per brace pair, and the panel and reports with them.
 */
const MNEMONIC_PROBLEMS_PER_LINE = 5;

/** Push-based .mrk reader: `push` text chunks, get the records they complete; `end` flushes. */
export class MrkStream {
  private carry = '';
  /** Pieces of a line longer than one piece, joined once its end arrives (one long line costs one copy). */
  private carryParts: string[] = [];
  private carryOffset = 0;
  private lineNumber = 0;
  private index = 0;
  private record: MarcRecord | null = null;
  private hasLeader = false;
  private recordOffset = 0;
  private recordLine = 0;
  private problems: StructuralProblem[] = [];
  private orphanProblems: StructuralProblem[] = [];
  private completed: ReadResult[] = [];
  /** Line of the field being read, for problems raised while decoding its subfields. */
  private fieldLine = 0;
  /** Unknown mnemonics on the line being read: past MNEMONIC_PROBLEMS_PER_LINE they are counted, not listed. */
  private unknownInLine = 0;
  private readonly reportUnknownMnemonic = (name: string): void => {
    if (++this.unknownInLine > MNEMONIC_PROBLEMS_PER_LINE) return;
    this.problems.push(
      structuralProblem(
        'unknown-mnemonic',
        `Line ${this.fieldLine}: ${name} is not a MarcEdit mnemonic; it was kept as text. Use {lcub} and {rcub} for literal braces.`,
        { line: this.fieldLine },
        'warning',
      ),
    );
  };
  private readonly unescape = (value: string): string => decodeMnemonics(value, this.reportUnknownMnemonic);

  /** Indicators: `\\` is a blank, then mnemonics; subfields: mnemonics only. */
  private readonly decoding = {
    head: (text: string): string => this.unescape(blanksFromBackslashes(text)),
    subfield: this.unescape,
  };

  push(chunk: string): ReadResult[] {
    // Lines sliced out of a big string are measurably slower to work with (about half the speed at
    // 64 KiB in V8), so big chunks are read in smaller pieces.
    for (let at = 0; at < chunk.length; at += PIECE)
      this.readPiece(chunk.length <= PIECE ? chunk : chunk.slice(at, at + PIECE));
    return this.take();
  }

  private readPiece(piece: string): void {
    let chunk = piece;
    if (this.lineNumber === 0 && this.carryOffset === 0 && this.carryLength() === 0 && chunk.charCodeAt(0) === 0xfeff) {
      chunk = chunk.slice(1); // byte order mark
      this.carryOffset = 1;
    }
    // Rescanning the unfinished line for each piece made one 8 MB line cost 17 s: keep its pieces aside.
    if (chunk.indexOf('\n') === -1) {
      this.carryParts.push(chunk);
      return;
    }
    const carry = this.takeCarry();
    const text = carry.length === 0 ? chunk : carry + chunk;
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      const end = newline > start && text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline;
      this.readLine(text.slice(start, end), this.carryOffset + start);
      start = newline + 1;
    }
    this.carry = text.slice(start);
    this.carryOffset += start;
  }

  private carryLength(): number {
    return this.carry.length + this.carryParts.length;
  }

  private takeCarry(): string {
    if (this.carryParts.length > 0) {
      this.carry += this.carryParts.join('');
      this.carryParts = [];
    }
    return this.carry;
  }

  end(): ReadResult[] {
    this.takeCarry();
    if (this.carry.length > 0) {
      const line = this.carry.endsWith('\r') ? this.carry.slice(0, -1) : this.carry;
      this.readLine(line, this.carryOffset);
      this.carryOffset += this.carry.length;
      this.carry = '';
    }
    this.finishRecord();
    if (this.orphanProblems.length > 0) {
      this.completed.push({
        index: this.index++,
        record: null,
        problems: this.orphanProblems,
        offset: this.carryOffset,
      });
      this.orphanProblems = [];
    }
    return this.take();
  }

  private take(): ReadResult[] {
    const results = this.completed;
    this.completed = [];
    return results;
  }

  private readLine(line: string, offset: number): void {
    const lineNumber = ++this.lineNumber;
    if (line.charCodeAt(0) !== 0x3d /* = */ && isBlankLine(line)) {
      this.finishRecord();
      return;
    }
    if (line.startsWith('#')) return; // MarcEdit comment
    if (!line.startsWith('=') || line.length < 4) {
      (this.record ? this.problems : this.orphanProblems).push(
        structuralProblem(
          'unreadable-line',
          `Line ${lineNumber} does not start with "=" and a tag, so it is not a field; it was ignored: "${visible(line, 80)}".`,
          { line: lineNumber, offset },
        ),
      );
      return;
    }
    const tag = line.slice(1, 4);
    if (tag === 'LDR' && this.record && (this.hasLeader || this.record.fields.length > 0)) this.finishRecord();
    if (!this.record) this.startRecord(offset, lineNumber);
    // MarcEdit writes two spaces after the tag; accept one or none from hand-edited files.
    const separator = line.charCodeAt(4) === 0x20 ? (line.charCodeAt(5) === 0x20 ? 6 : 5) : 4;
    const content = line.slice(separator);
    this.fieldLine = lineNumber;
    this.unknownInLine = 0;
    if (tag === 'LDR') this.setLeader(content, lineNumber);
    else this.record!.fields.push(this.readField(tag, content, lineNumber, offset));
    const more = this.unknownInLine - MNEMONIC_PROBLEMS_PER_LINE;
    if (more > 0) {
      this.problems.push(
        structuralProblem(
          'unknown-mnemonic',
          `Line ${lineNumber}: ${more.toLocaleString('en-US')} more {…} that are not MarcEdit mnemonics were kept as text (${this.unknownInLine.toLocaleString('en-US')} on this line). Use {lcub} and {rcub} for literal braces.`,
          { line: lineNumber },
          'warning',
        ),
      );
    }
  }

  private readField(tag: string, content: string, line: number, offset: number): Field {
    if (!isAlphanumericTag(tag)) {
      this.problems.push(
        structuralProblem(
          'bad-tag',
          `Line ${line}: tag "${visible(tag)}" is not three letters or digits. Correct the tag.`,
          { line, offset, tag },
        ),
      );
    }
    if (isControlLine(tag, content)) return { tag, value: this.unescape(blanksFromBackslashes(content)) };
    return parseDataFieldText(tag, content, '$', this.problems, { line, offset }, this.decoding);
  }

  private setLeader(content: string, line: number): void {
    let leader = this.unescape(blanksFromBackslashes(content));
    if (leader.length !== 24) {
      const fix =
        leader.length > 24 ? `the extra text "${visible(leader.slice(24))}" was dropped` : 'it was padded with blanks';
      this.problems.push(
        structuralProblem(
          'bad-leader',
          `Line ${line}: the leader is ${leader.length} characters, not 24; ${fix}. Correct the leader.`,
          { line },
        ),
      );
      leader = leader.length > 24 ? leader.slice(0, 24) : leader.padEnd(24, ' ');
    }
    this.record!.leader = leader;
    this.hasLeader = true;
  }

  private startRecord(offset: number, line: number): void {
    this.record = { leader: PLACEHOLDER_LEADER, fields: [] };
    this.hasLeader = false;
    this.recordOffset = offset;
    this.recordLine = line;
    this.problems = this.orphanProblems;
    this.orphanProblems = [];
  }

  private finishRecord(): void {
    if (!this.record) return;
    if (!this.hasLeader) {
      this.problems.push(
        structuralProblem(
          'missing-leader',
          `The record starting on line ${this.recordLine} has no =LDR line; a placeholder leader "${PLACEHOLDER_LEADER}" was used. Add the record's leader.`,
          { line: this.recordLine, offset: this.recordOffset },
        ),
      );
    }
    const encoding = this.record.leader[9] === 'a' ? 'utf8' : this.record.leader[9] === ' ' ? 'marc8' : 'unknown';
    this.completed.push({
      index: this.index++,
      record: this.record,
      problems: this.problems,
      offset: this.recordOffset,
      encoding,
    });
    this.record = null;
    this.problems = [];
  }
}

/** Reads every record of a .mrk text, lazily. Never throws. */
export function* readMrk(text: string): Generator<ReadResult> {
  const stream = new MrkStream();
  for (let at = 0; at < text.length; at += READ_SLICE) yield* stream.push(text.slice(at, at + READ_SLICE));
  yield* stream.end();
}

function fixedText(text: string): string {
  return encodeMnemonics(text).replace(/ /g, '\\');
}

function fieldLine(field: Field): string {
  if (field.tag.length !== 3 || field.tag === 'LDR' || /[\u0000-\u001f{}$\\]/.test(field.tag)) {
    throw new RangeError(
      `Tag "${visible(field.tag)}" cannot be written in a .mrk line (three characters other than LDR, without control characters, braces, "$" or "\\").`,
    );
  }
  if (isControlField(field)) return `=${field.tag}  ${fixedText(field.value)}`;
  let line = `=${field.tag}  ${fixedText(field.ind1)}${fixedText(field.ind2)}`;
  for (const subfield of field.subfields)
    line += `$${encodeMnemonics(subfield.code)}${encodeMnemonics(subfield.value)}`;
  return line;
}

/**
 * One record as MarcEdit mnemonic text, ending with the blank line that separates records.
 * Throws a RangeError for a tag a .mrk line cannot carry (only damaged directories produce those).
 */
export function writeMrk(record: MarcRecord): string {
  const lines = [`=LDR  ${fixedText(record.leader)}`];
  for (const field of record.fields) lines.push(fieldLine(field));
  return `${lines.join('\n')}\n\n`;
}

/** Several records as one .mrk text. */
export function writeMrkFile(records: Iterable<MarcRecord>): string {
  let text = '';
  for (const record of records) text += writeMrk(record);
  return text;
}
