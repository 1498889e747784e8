/**
 * The MARC record model shared by every reader (ISO 2709, MARCXML, MarcEdit .mrk, Alma's `$$` text),
 * the rules and the editor integration. Plain data, no methods: records cross message boundaries.
 *
 * Blanks are real spaces here. Alma shows blanks as `#` in the leader, 006/007/008 and indicators;
 * content/alma converts at the boundary (see content/alma/blanks.ts).
 */
export interface Subfield {
  code: string;
  value: string;
}

export interface ControlField {
  tag: string;
  value: string;
}

export interface DataField {
  tag: string;
  ind1: string;
  ind2: string;
  subfields: Subfield[];
}

export type Field = ControlField | DataField;

/** Order is preserved and duplicates are allowed: a record is a list, not a map. */
export interface MarcRecord {
  leader: string;
  fields: Field[];
}

export function isDataField(field: Field): field is DataField {
  return (field as DataField).subfields !== undefined;
}

export function isControlField(field: Field): field is ControlField {
  return (field as DataField).subfields === undefined;
}

/** Control fields are 001-009 (and 00X in general); everything else carries indicators and subfields. */
export function isControlTag(tag: string): boolean {
  return tag.length === 3 && tag.startsWith('00');
}

export type ProblemSeverity = 'error' | 'warning';

/**
 * A structural problem found while reading: the bytes or text could not be read as valid MARC.
 * Readers never throw on bad input; they report these and carry on with the next record.
 */
export interface StructuralProblem {
  /** Stable kebab-case code, e.g. `bad-leader-length`, `directory-not-multiple-of-12`, `missing-record-terminator`. */
  code: string;
  severity: ProblemSeverity;
  /** What is wrong, where, and what the reader did about it. */
  message: string;
  /** Byte offset (ISO 2709) or character offset (text formats) from the start of the file. */
  offset?: number;
  /** Line number (1-based) for line-oriented formats (.mrk, MARCXML). */
  line?: number;
  /** Tag of the field concerned, when known. */
  tag?: string;
}

/** One record as a reader yields it. `record` is null only when nothing usable could be recovered. */
export interface ReadResult {
  /** 0-based index of the record in its file. */
  index: number;
  record: MarcRecord | null;
  problems: StructuralProblem[];
  /** Byte or character offset of the record's start in the file. */
  offset: number;
  /** Character encoding the record declares (leader/09): 'utf8' for `a`, 'marc8' for blank, else 'unknown'. */
  encoding?: 'utf8' | 'marc8' | 'unknown';
}
