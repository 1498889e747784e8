import type { DataField, MarcRecord } from '../marc/types';
import { isDataField } from '../marc/types';

/**
 * Facts about a bib or holdings record that procedures, procedure rules and the OCLC holdings logic
 * share. Plain functions over MarcRecord, cheap enough for the validator's hot path.
 */

/**
 * "3 v.", "[2] v." or "2 volumes" (a set of that many), or "v." / "<3> v." opening the extent (a set still in
 * progress, AACR2 2.5B18). Elsewhere "v." needs an arabic number before it: in "2 p. l., [ii]-v., 200 p." it is
 * the roman page number five (AACR2 2.5B4; https://www.loc.gov/marc/bibliographic/bd300.html), not volumes.
 */
const VOLUME_EXTENT = /(?:(?<![\p{L}\d.-])\[?(\d+)\]?\s*|^\s*|<[\d\s,-]*>\s*)(?:v\.|volumes\b)/giu;
const MENTIONS_VOLUMES = /v\.|volumes/i;

/**
 * The 300 text that makes a bib a multi-volume monograph set, or null. Berkeley's test (adding copies,
 * docs/procedures.md): leader/07 `m` and a 300 extent in volumes with no number before it or a number above 1.
 */
export function multiVolumeExtent(bib: MarcRecord | undefined): string | null {
  if (bib?.leader.charAt(7) !== 'm') return null;
  for (const field of bib.fields) {
    if (field.tag !== '300' || !isDataField(field)) continue;
    for (const subfield of field.subfields) {
      if (subfield.code !== 'a' && subfield.code !== 'f') continue;
      // Cheap screen first: most extents are in pages and never reach the full pattern.
      if (!MENTIONS_VOLUMES.test(subfield.value)) continue;
      for (const match of subfield.value.matchAll(VOLUME_EXTENT)) {
        const count = match[1];
        if (count === undefined || Number(count) > 1) return subfield.value.trim();
      }
    }
  }
  return null;
}

export function isMultiVolumeSet(bib: MarcRecord | undefined): boolean {
  return multiVolumeExtent(bib) !== null;
}

/** Leader/07 `m`: a monograph (single part or set). */
export function isMonograph(bib: MarcRecord | undefined): boolean {
  return bib !== undefined && bib.leader.charAt(7) === 'm';
}

export interface RelatedRecordMark {
  tag: string;
  /** 0-based occurrence among fields with this tag. */
  occurrence: number;
  fieldIndex: number;
  /** Human description: "773 $w (99123...)" or "910 Has related records". */
  label: string;
}

const RELATED_NOTE = /has related records/i;

/**
 * Marks that the bib takes part in related records: a 773 or 774 carrying $w (host / constituent link),
 * or the UC NZ note `910 $a Has related records` that keeps batch deletes away from it.
 */
export function relatedRecordMarks(bib: MarcRecord | undefined): RelatedRecordMark[] {
  const marks: RelatedRecordMark[] = [];
  if (!bib) return marks;
  const occurrences = new Map<string, number>();
  bib.fields.forEach((field, fieldIndex) => {
    const occurrence = occurrences.get(field.tag) ?? 0;
    occurrences.set(field.tag, occurrence + 1);
    if (!isDataField(field)) return;
    if (field.tag === '773' || field.tag === '774') {
      const link = firstSubfield(field, 'w');
      if (link !== undefined) marks.push({ tag: field.tag, occurrence, fieldIndex, label: `${field.tag} $w ${link}` });
    } else if (field.tag === '910' && field.subfields.some((s) => s.code === 'a' && RELATED_NOTE.test(s.value))) {
      marks.push({ tag: '910', occurrence, fieldIndex, label: '910 "Has related records"' });
    }
  });
  return marks;
}

export function hasRelatedRecords(bib: MarcRecord | undefined): boolean {
  return relatedRecordMarks(bib).length > 0;
}

/** Title proper and remainder from 245 $a $b, without the trailing ISBD punctuation. */
export function titleOf(bib: MarcRecord | undefined): string {
  const field = bib?.fields.find((candidate) => candidate.tag === '245');
  if (!field || !isDataField(field)) return '';
  const parts = field.subfields.filter((s) => s.code === 'a' || s.code === 'b').map((s) => s.value.trim());
  return parts
    .join(' ')
    .replace(/\s*[/:;,.=]\s*$/, '')
    .trim();
}

export function firstSubfield(field: DataField, code: string): string | undefined {
  for (const subfield of field.subfields) if (subfield.code === code) return subfield.value;
  return undefined;
}

/** Data fields with this tag, in record order. */
export function dataFields(record: MarcRecord | undefined, tag: string): DataField[] {
  const found: DataField[] = [];
  if (!record) return found;
  for (const field of record.fields) if (field.tag === tag && isDataField(field)) found.push(field);
  return found;
}

/** True when the record has a data field with this tag. */
export function hasField(record: MarcRecord | undefined, tag: string): boolean {
  return record?.fields.some((field) => field.tag === tag) ?? false;
}
