import type { MarcRecordType } from './types';

/** Leader/06 values of MARC 21 holdings records (u, v, x, y); every other type of record is bibliographic here. */
const HOLDINGS_TYPES = new Set(['u', 'v', 'x', 'y']);
/** Leader/06 values of MARC 21 bibliographic records. */
const BIB_TYPES = new Set(['a', 'c', 'd', 'e', 'f', 'g', 'i', 'j', 'k', 'm', 'o', 'p', 'r', 't']);

/**
 * Header texts Alma shows above a record: alma-dom.md §2.3 gives the wrapper pattern
 * `/(Holdings|Bestand)|MARC21 (Bib)|(GND) \((Community|Gemeinschaft)\)/`, §2.2 the old MDE's
 * "Holding"/"Bestand" vs "Bibliographic"/"Bibliografisch". Labels are translated, so they are only a
 * fallback after the leader.
 */
const HOLDINGS_HEADER = /Holding|Bestand/;
const BIB_HEADER = /MARC21 \(Bib\)|Bibliographic|Bibliografisch/;

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
  if (headerText && HOLDINGS_HEADER.test(headerText)) return 'holdings';
  if (headerText && BIB_HEADER.test(headerText)) return 'bib';
  if (tags && !tags.has('245') && (tags.has('852') || tags.has('866') || tags.has('867') || tags.has('868'))) {
    return 'holdings';
  }
  return 'bib';
}
