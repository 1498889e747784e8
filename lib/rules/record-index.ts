import type { Field, MarcRecord } from '../marc/types';
import type { RecordIndex } from './types';

type Entry = { field: Field; fieldIndex: number; occurrence: number };
const EMPTY: readonly Entry[] = [];

/** Groups a record's fields by tag once, so each rule's lookups are O(1). */
export function buildRecordIndex(record: MarcRecord | undefined): RecordIndex {
  const byTag = new Map<string, Entry[]>();
  const occurrences: number[] = [];
  const fields = record?.fields ?? [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    let list = byTag.get(field.tag);
    if (!list) {
      list = [];
      byTag.set(field.tag, list);
    }
    occurrences.push(list.length);
    list.push({ field, fieldIndex: i, occurrence: list.length });
  }
  return {
    byTag: (tag) => byTag.get(tag) ?? EMPTY,
    occurrenceOf: (fieldIndex) => occurrences[fieldIndex] ?? 0,
  };
}
