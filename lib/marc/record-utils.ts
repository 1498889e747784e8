/** Small helpers over the record model, shared by rules, readers' tests and the CLI. */
import { isControlField, isDataField, type DataField, type Field, type MarcRecord } from './types';

/** Values of every subfield `code` in `field`, in order (empty for control fields). */
export function subfieldValues(field: Field, code: string): string[] {
  if (!isDataField(field)) return [];
  const values: string[] = [];
  for (const subfield of field.subfields) if (subfield.code === code) values.push(subfield.value);
  return values;
}

/** Value of the first subfield `code` in `field`, or undefined. */
export function firstSubfield(field: Field, code: string): string | undefined {
  if (!isDataField(field)) return undefined;
  for (const subfield of field.subfields) if (subfield.code === code) return subfield.value;
  return undefined;
}

/** Fields with `tag`, in record order. */
export function fieldsWithTag(record: MarcRecord, tag: string): Field[] {
  return record.fields.filter((field) => field.tag === tag);
}

/** Data fields with `tag`, in record order (control fields with that tag are skipped). */
export function dataFieldsWithTag(record: MarcRecord, tag: string): DataField[] {
  return record.fields.filter((field): field is DataField => field.tag === tag && isDataField(field));
}

/** A deep copy: the record model is plain data, so editing the copy never touches the original. */
export function cloneRecord(record: MarcRecord): MarcRecord {
  return {
    leader: record.leader,
    fields: record.fields.map((field) =>
      isControlField(field)
        ? { tag: field.tag, value: field.value }
        : {
            tag: field.tag,
            ind1: field.ind1,
            ind2: field.ind2,
            subfields: field.subfields.map((s) => ({ code: s.code, value: s.value })),
          },
    ),
  };
}

/**
 * Leader positions a writer computes (00-04 record length, 12-16 base address): they depend on how
 * the record is serialised, not on its content.
 */
function leadersEqual(a: string, b: string, exact: boolean): boolean {
  if (exact || a.length !== 24 || b.length !== 24) return a === b;
  return a.slice(5, 12) === b.slice(5, 12) && a.slice(17) === b.slice(17);
}

export function fieldsEqual(a: Field, b: Field): boolean {
  if (a.tag !== b.tag) return false;
  if (isControlField(a) || isControlField(b)) return isControlField(a) && isControlField(b) && a.value === b.value;
  if (a.ind1 !== b.ind1 || a.ind2 !== b.ind2 || a.subfields.length !== b.subfields.length) return false;
  for (let i = 0; i < a.subfields.length; i++) {
    const x = a.subfields[i]!;
    const y = b.subfields[i]!;
    if (x.code !== y.code || x.value !== y.value) return false;
  }
  return true;
}

/**
 * Same content: same leader (ignoring the computed record length and base address unless
 * `exactLeader`), same fields in the same order.
 */
export function recordsEqual(a: MarcRecord, b: MarcRecord, options: { exactLeader?: boolean } = {}): boolean {
  if (!leadersEqual(a.leader, b.leader, options.exactLeader ?? false)) return false;
  if (a.fields.length !== b.fields.length) return false;
  for (let i = 0; i < a.fields.length; i++) if (!fieldsEqual(a.fields[i]!, b.fields[i]!)) return false;
  return true;
}

/** Record with the computed leader positions (00-04, 12-16) blanked, for comparisons in tests and diffs. */
export function withoutComputedLeader(record: MarcRecord): MarcRecord {
  const leader =
    record.leader.length === 24 ? `00000${record.leader.slice(5, 12)}00000${record.leader.slice(17)}` : record.leader;
  return { leader, fields: record.fields };
}
