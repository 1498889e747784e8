import type { DataField, Field } from '../../marc/types';
import { isDataField } from '../../marc/types';
import type { RuleContext } from '../types';

/** One field as the record index hands it out: the field, its index in record.fields, its 0-based occurrence. */
export interface FieldEntry {
  field: Field;
  fieldIndex: number;
  occurrence: number;
}

/** A field entry known to hold a data field. */
export interface DataFieldEntry extends FieldEntry {
  field: DataField;
}

/** The first data field with this tag, or null (control fields and absent tags give null). */
export function firstDataField(ctx: RuleContext, tag: string): DataFieldEntry | null {
  const entries = ctx.index.byTag(tag);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (isDataField(entry.field)) return entry as DataFieldEntry;
  }
  return null;
}

/** The value of the first control field with this tag, or null. */
export function controlValue(ctx: RuleContext, tag: string): string | null {
  const entries = ctx.index.byTag(tag);
  for (let i = 0; i < entries.length; i++) {
    const field = entries[i]!.field;
    if (!isDataField(field)) return field.value;
  }
  return null;
}
