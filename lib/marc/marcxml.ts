/**
 * MARCXML (MARC 21 slim) reading with the saxes streaming parser: a generator over a whole document
 * and a push-based stream. Accepts a <collection> or a single <record>, any namespace prefix, or no
 * namespace at all, and MARCXML embedded in other XML (e.g. OAI-PMH): elements outside the MARC
 * namespace are containers, not data. Never throws: XML errors become problems with line numbers.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { structuralProblem } from './problem-codes';
import { visible } from './bytes';
import type { DataField, MarcRecord, ReadResult, StructuralProblem } from './types';
import { errorText } from '../error-text';

export const MARCXML_NAMESPACE = 'http://www.loc.gov/MARC21/slim';
/** Used when a record has no <leader>: lengths zero, leader/09 'a' because XML text is Unicode. */
export const PLACEHOLDER_LEADER = '00000    a2200000   4500';
const MAX_XML_ERRORS = 50;
const READ_SLICE = 65536;
/**
 * Elements open at once past which reading stops (an xml-too-deep problem). MARCXML needs four levels
 * (collection, record, datafield, subfield), OAI-PMH and SRU wrappers a dozen more. saxes resolves
 * namespaces through one scope per open element, so its cost per element grows with the depth: without
 * a limit 40,000 nested elements took 16 s; with it the cost per element is bounded.
 */
export const MAX_XML_DEPTH = 256;

/** Thrown from a saxes handler to stop the parser in the middle of a chunk. */
class TooDeep extends Error {}

type Element = 'leader' | 'controlfield' | 'datafield' | 'subfield';

/** Indentation between elements is the common case: check it without allocating. */
function isWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return false;
  }
  return true;
}

function attribute(tag: SaxesTagNS, name: string): string | undefined {
  return tag.attributes[name]?.value;
}

/** Push-based MARCXML reader: `push` text chunks, get the records they complete; `end` flushes. */
export class MarcXmlStream {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private completed: ReadResult[] = [];
  private index = 0;
  private record: MarcRecord | null = null;
  private recordStart = 0;
  private recordLine = 1;
  private hasLeader = false;
  private problems: StructuralProblem[] = [];
  /** Problems found outside any record, attached to the next result. */
  private orphanProblems: StructuralProblem[] = [];
  private field: DataField | null = null;
  private element: Element | null = null;
  private elementLine = 1;
  /** Tag of the control field, or code of the subfield, whose text is being read. */
  private currentTag = '';
  private currentCode = '';
  private text = '';
  /** Depth of unknown elements inside a record, whose content is ignored. */
  private ignoredDepth = 0;
  private xmlErrors = 0;
  private dead = false;
  private tagStart = 0;
  /** Namespace of the first <record> outside MARCXML's, in case no MARCXML record is found at all. */
  private foreignRecord: { uri: string; line: number } | null = null;
  /** Characters pushed so far (saxes resets its own position on close). */
  private consumed = 0;
  /** Elements open now. */
  private depth = 0;

  constructor() {
    const parser = this.parser;
    parser.on('opentagstart', (tag) => {
      // Called just after the character that ends the name: back up over it, the name and '<'.
      this.tagStart = parser.position - tag.name.length - 2;
      if (++this.depth > MAX_XML_DEPTH) throw new TooDeep();
    });
    parser.on('opentag', (tag) => this.open(tag));
    parser.on('closetag', (tag) => {
      this.depth--;
      this.close(tag);
    });
    parser.on('text', (text) => this.onText(text));
    parser.on('cdata', (text) => this.onText(text));
    parser.on('error', (error) => this.onError(error));
  }

  push(chunk: string): ReadResult[] {
    this.consumed += chunk.length;
    if (!this.dead) {
      try {
        this.parser.write(chunk);
      } catch (error) {
        this.stop(error);
      }
    }
    return this.take();
  }

  end(): ReadResult[] {
    if (!this.dead) {
      try {
        this.parser.close();
      } catch (error) {
        this.stop(error);
      }
    }
    if (this.record) {
      this.problems.push(
        structuralProblem(
          'truncated-input',
          `The XML ended inside the record that starts on line ${this.recordLine}; the fields read so far are kept.`,
          { line: this.recordLine, offset: this.recordStart },
        ),
      );
      this.finishRecord();
    }
    if (this.index === 0 && this.foreignRecord) {
      const { uri, line } = this.foreignRecord;
      this.orphanProblems.push(
        structuralProblem(
          'unexpected-element',
          `No MARCXML record was found. The <record> on line ${line} is in namespace "${visible(uri, 80)}", not MARCXML's "${MARCXML_NAMESPACE}"; correct the xmlns declaration.`,
          { line },
        ),
      );
    }
    if (this.orphanProblems.length > 0) {
      this.completed.push({ index: this.index++, record: null, problems: this.orphanProblems, offset: this.consumed });
      this.orphanProblems = [];
    }
    return this.take();
  }

  private take(): ReadResult[] {
    const results = this.completed;
    this.completed = [];
    return results;
  }

  /** saxes threw (it should not, with an error handler): report it and read nothing more. */
  private stop(error: unknown): void {
    this.dead = true;
    if (error instanceof TooDeep) {
      this.report(
        structuralProblem(
          'xml-too-deep',
          `Line ${this.parser.line}: elements are nested more than ${MAX_XML_DEPTH} deep (MARCXML needs 4); reading stopped here and nothing after it was read. Check how the file was made.`,
          { line: this.parser.line },
        ),
      );
      return;
    }
    const message = errorText(error);
    this.report(
      structuralProblem(
        'xml-not-well-formed',
        `The XML parser stopped: ${message}. Nothing after line ${this.parser.line} was read.`,
        { line: this.parser.line },
      ),
    );
  }

  private report(problem: StructuralProblem): void {
    (this.record ? this.problems : this.orphanProblems).push(problem);
  }

  private onError(error: Error): void {
    this.xmlErrors++;
    if (this.xmlErrors > MAX_XML_ERRORS) return;
    const line = this.parser.line;
    // saxes prefixes "line:column: " and ends with a period; we say where ourselves.
    const detail = error.message.replace(/^(?:.*?:)?\d+:\d+: /, '').replace(/\.$/, '');
    const message =
      this.xmlErrors === MAX_XML_ERRORS
        ? `XML error on line ${line}: ${detail}. Further XML errors are not listed.`
        : `XML error on line ${line}, column ${this.parser.column + 1}: ${detail}. Data near it may be misread; fix the XML.`;
    this.report(structuralProblem('xml-not-well-formed', message, { line }));
  }

  /** MARC namespace, no namespace, or an undeclared prefix (already reported as an XML error). */
  private isMarc(tag: SaxesTagNS): boolean {
    return tag.uri === MARCXML_NAMESPACE || !tag.uri || (tag.prefix !== '' && tag.uri === tag.prefix);
  }

  private inTextElement(): boolean {
    return this.element === 'leader' || this.element === 'controlfield' || this.element === 'subfield';
  }

  private open(tag: SaxesTagNS): void {
    if (!this.record) {
      if (tag.local !== 'record') return;
      if (this.isMarc(tag)) this.startRecord();
      else this.foreignRecord ??= { uri: tag.uri, line: this.parser.line };
      return;
    }
    const line = this.parser.line;
    if (this.ignoredDepth > 0 || !this.isMarc(tag) || this.inTextElement()) {
      this.ignoreElement(tag, line);
      return;
    }
    this.elementLine = line;
    switch (tag.local) {
      case 'leader':
        this.element = 'leader';
        this.text = '';
        return;
      case 'controlfield':
        this.element = 'controlfield';
        this.text = '';
        this.currentTag = this.readTag(tag, line);
        return;
      case 'datafield':
        this.element = 'datafield';
        this.field = {
          tag: this.readTag(tag, line),
          ind1: this.readIndicator(tag, 'ind1', line),
          ind2: this.readIndicator(tag, 'ind2', line),
          subfields: [],
        };
        this.record.fields.push(this.field);
        return;
      case 'subfield':
        if (!this.field) break;
        this.element = 'subfield';
        this.text = '';
        this.currentCode = attribute(tag, 'code') ?? '';
        return;
    }
    this.ignoreElement(tag, line);
  }

  /**
   * Markup MARCXML does not define. Inside a leader, control field or subfield its text is kept (only
   * the markup is dropped, so no characters are lost); elsewhere it is skipped with its content.
   */
  private ignoreElement(tag: SaxesTagNS, line: number): void {
    this.ignoredDepth++;
    if (this.ignoredDepth > 1) return;
    const fate = this.inTextElement() ? 'its markup was dropped and its text kept' : 'it was ignored with its content';
    this.problems.push(
      structuralProblem(
        'unexpected-element',
        `Line ${line}: element <${tag.name}> is not part of MARCXML; ${fate}.`,
        { line },
        'warning',
      ),
    );
  }

  private close(tag: SaxesTagNS): void {
    if (!this.record) return;
    if (this.ignoredDepth > 0) {
      this.ignoredDepth--;
      return;
    }
    switch (tag.local) {
      case 'record':
        this.finishRecord();
        return;
      case 'leader':
        this.setLeader(this.text);
        break;
      case 'controlfield':
        this.record.fields.push({ tag: this.currentTag, value: this.text });
        break;
      case 'subfield':
        if (this.field && this.element === 'subfield') this.addSubfield(this.field);
        this.element = 'datafield';
        this.text = '';
        return;
      case 'datafield':
        this.field = null;
        break;
    }
    this.element = null;
    this.text = '';
  }

  private onText(text: string): void {
    if (!this.record) return;
    if (this.inTextElement()) {
      this.text += text;
    } else if (this.ignoredDepth === 0 && !isWhitespace(text)) {
      const line = this.parser.line;
      this.problems.push(
        structuralProblem(
          'unexpected-element',
          `Line ${line}: text "${visible(text.trim(), 40)}" outside any field is not part of MARCXML and was ignored.`,
          { line },
          'warning',
        ),
      );
    }
  }

  private startRecord(): void {
    this.record = { leader: PLACEHOLDER_LEADER, fields: [] };
    this.recordStart = Math.max(0, this.tagStart);
    this.recordLine = this.parser.line;
    this.hasLeader = false;
    this.problems = this.orphanProblems;
    this.orphanProblems = [];
    this.element = null;
    this.field = null;
    this.text = '';
  }

  private finishRecord(): void {
    const record = this.record!;
    if (!this.hasLeader) {
      this.problems.push(
        structuralProblem(
          'missing-leader',
          `The record on line ${this.recordLine} has no <leader>; a placeholder leader "${PLACEHOLDER_LEADER}" was used. Add the record's leader.`,
          { line: this.recordLine, offset: this.recordStart },
        ),
      );
    }
    this.completed.push({
      index: this.index++,
      record,
      problems: this.problems,
      offset: this.recordStart,
      encoding: 'utf8',
    });
    this.record = null;
    this.problems = [];
    this.field = null;
    this.element = null;
    this.ignoredDepth = 0;
  }

  private setLeader(text: string): void {
    if (this.hasLeader) {
      this.problems.push(
        structuralProblem(
          'bad-leader',
          `Line ${this.elementLine}: a second <leader> "${visible(text)}" was ignored; a record has one leader.`,
          { line: this.elementLine },
        ),
      );
      return;
    }
    this.hasLeader = true;
    let leader = text;
    if (text.length !== 24) {
      leader = text.length > 24 ? text.slice(0, 24) : text.padEnd(24, ' ');
      const fix =
        text.length > 24 ? `the extra text "${visible(text.slice(24))}" was dropped` : 'it was padded with blanks';
      this.problems.push(
        structuralProblem(
          'bad-leader',
          `Line ${this.elementLine}: the leader "${visible(text)}" is ${text.length} characters, not 24; ${fix}. Correct the leader.`,
          { line: this.elementLine },
        ),
      );
    }
    this.record!.leader = leader;
  }

  private addSubfield(field: DataField): void {
    const code = this.currentCode;
    if (code.length !== 1) {
      this.problems.push(
        structuralProblem(
          'bad-subfield-code',
          `Line ${this.elementLine}: field ${field.tag} has a subfield with code "${visible(code)}" (a code is one character); it was kept as it is. Correct the code.`,
          { line: this.elementLine, tag: field.tag },
        ),
      );
    }
    field.subfields.push({ code, value: this.text });
  }

  private readTag(tag: SaxesTagNS, line: number): string {
    const value = attribute(tag, 'tag');
    if (value === undefined || value.length !== 3) {
      this.problems.push(
        structuralProblem(
          'bad-tag',
          `Line ${line}: <${tag.local}> has ${value === undefined ? 'no tag attribute' : `tag "${visible(value)}", not 3 characters`}. Correct the tag.`,
          { line },
        ),
      );
    }
    return value ?? '';
  }

  private readIndicator(tag: SaxesTagNS, name: 'ind1' | 'ind2', line: number): string {
    const value = attribute(tag, name);
    if (value !== undefined && value.length === 1) return value;
    this.problems.push(
      structuralProblem(
        'bad-indicators',
        `Line ${line}: field ${attribute(tag, 'tag') ?? ''} has ${value === undefined ? `no ${name} attribute` : `${name}="${visible(value)}"`} (one character expected); it was read as blank.`,
        { line, tag: attribute(tag, 'tag') ?? '' },
      ),
    );
    return ' ';
  }
}

/** Reads every record of a MARCXML document, lazily. Never throws. */
export function* readMarcXml(text: string): Generator<ReadResult> {
  const stream = new MarcXmlStream();
  for (let at = 0; at < text.length; at += READ_SLICE) yield* stream.push(text.slice(at, at + READ_SLICE));
  yield* stream.end();
}
