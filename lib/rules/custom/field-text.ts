import type { DataField } from '../../marc/types';

/** A data field as Alma's Metadata Editor shows it (`$$a Title : $$b subtitle`), which is what catalogers write patterns against. */
export function almaFieldText(field: DataField): string {
  let text = '';
  for (const subfield of field.subfields) {
    if (text !== '') text += ' ';
    text += `$$${subfield.code} ${subfield.value}`;
  }
  return text;
}

/** Values are quoted in messages; long ones are cut so the message stays readable. */
export function quoteValue(value: string, max = 60): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max - 1)}…` : value);
}
