import type { MarcRecordType } from './types';

/** Leader/06 values of MARC 21 holdings records (u, v, x, y); every other type of record is bibliographic here. */
const HOLDINGS_TYPES = new Set(['u', 'v', 'x', 'y']);
/** Leader/06 values of MARC 21 bibliographic records. */
const BIB_TYPES = new Set(['a', 'c', 'd', 'e', 'f', 'g', 'i', 'j', 'k', 'm', 'o', 'p', 'r', 't']);

/**
 * Header texts Alma shows above a record, matched loosely (docs/alma-evidence.md §2.3, §3.9). The new MDE's
 * `header.secondRow` says e.g. "MARC21 Bibliographic" or "Holdings" (TU lAma's test `MARC21 (Bib)` is an
 * unescaped regular expression, so it matches any text containing "MARC21 Bib"); the German interface says
 * "Bestand" and "Bibliografisch"; the old MDE's pane title "Holding…"/"Bibliographic…". Labels are translated,
 * so they are only a fallback after the leader.
 */
const HOLDINGS_HEADER = /holding|bestand/i;
const BIB_HEADER = /MARC\s*21\s*\(?\s*Bib|bibliogra(?:ph|f)i/i;

export interface RecordTypeEvidence {
  /** Leader in model form (spaces for blanks), or null when the grid has no LDR row. */
  leader: string | null;
  /** Header or pane title text, when the page shows one. */
  headerText?: string | null;
  /** Tags present in the record. */
  tags?: ReadonlySet<string>;
}

/**
 * Bib or holdings, from the strongest evidence available: leader/06 (what MARC itself says), then the
 * header text, then the fields (852/866-868 without 245 is a holdings record).
 */
export function detectRecordType({ leader, headerText, tags }: RecordTypeEvidence): MarcRecordType {
  const type = leader?.charAt(6) ?? '';
  if (HOLDINGS_TYPES.has(type)) return 'holdings';
  if (BIB_TYPES.has(type)) return 'bib';
  const fromHeader = headerText ? recordTypeFromHeader(headerText) : null;
  if (fromHeader) return fromHeader;
  if (tags && !tags.has('245') && (tags.has('852') || tags.has('866') || tags.has('867') || tags.has('868'))) {
    return 'holdings';
  }
  return 'bib';
}

/**
 * The record type a header names, or null. When both labels occur (an old-MDE title quoting a record title
 * such as "Bibliographic - Holdings of the Smith papers"), the one written first is the type.
 */
export function recordTypeFromHeader(text: string): MarcRecordType | null {
  const holdings = HOLDINGS_HEADER.exec(text)?.index ?? -1;
  const bib = BIB_HEADER.exec(text)?.index ?? -1;
  if (holdings < 0 && bib < 0) return null;
  if (holdings < 0) return 'bib';
  if (bib < 0) return 'holdings';
  return bib < holdings ? 'bib' : 'holdings';
}
