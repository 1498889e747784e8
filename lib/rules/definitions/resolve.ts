/**
 * Finds the MARC 21 definition a field is judged by. An 880 (alternate graphic representation) takes
 * the definition of the field its $6 links it to, as MARC::Lint does.
 */
import { isDataField, type DataField, type Field } from '../../marc/types';
import { fieldDefinition, type FieldDefinition, type MarcFormat } from '../../marc21/definitions';
import type { RecordIndex, RuleContext } from '../types';
import { fieldLabel } from '../structure/describe';

const LINKED_TAG = /^(\d{3})/;

export function formatOf(ctx: RuleContext): MarcFormat | null {
  return ctx.kind === 'bib' || ctx.kind === 'holdings' ? ctx.kind : null;
}

/** The tag an 880's $6 links to ("245" from "245-01/(N"), or null without a usable $6. */
export function linkedTag(field: DataField): string | null {
  for (const subfield of field.subfields) {
    if (subfield.code === '6') return LINKED_TAG.exec(subfield.value)?.[1] ?? null;
  }
  return null;
}

/** The definition a field's content is judged by (880 → its linked tag), or undefined when there is none. */
export function governingDefinition(format: MarcFormat, field: Field): FieldDefinition | undefined {
  if (field.tag === '880' && isDataField(field)) {
    const tag = linkedTag(field);
    return tag ? fieldDefinition(format, tag) : undefined;
  }
  return fieldDefinition(format, field.tag);
}

/**
 * The definition a data field's indicators and subfields can be checked against: defined, content known,
 * not obsolete (obsolete fields get one obsolete-field finding instead of a cascade).
 */
export function checkableDefinition(format: MarcFormat, field: Field): FieldDefinition | undefined {
  if (!isDataField(field)) return undefined;
  const definition = governingDefinition(format, field);
  return isCheckable(definition) ? definition : undefined;
}

/** A definition indicators and subfields can be judged against (see checkableDefinition). */
export function isCheckable(definition: FieldDefinition | undefined): definition is FieldDefinition {
  return definition !== undefined && !definition.contentUnchecked && !definition.obsolete && !definition.control;
}

/** "245", "650 (2nd)", or for an 880 "880 (2nd, for 245)". */
export function labelFor(
  index: RecordIndex,
  field: Field,
  occurrence: number,
  definition: FieldDefinition | undefined,
): string {
  const label = fieldLabel(index, field.tag, occurrence);
  if (field.tag !== '880' || !definition) return label;
  return label.endsWith(')') ? `${label.slice(0, -1)}, for ${definition.tag})` : `${label} (for ${definition.tag})`;
}

const HOLDINGS_GROUP_PAGES: Record<string, string> = {
  '853': 'hd853855',
  '854': 'hd853855',
  '855': 'hd853855',
  '863': 'hd863865',
  '864': 'hd863865',
  '865': 'hd863865',
  '866': 'hd866868',
  '867': 'hd866868',
  '868': 'hd866868',
  '876': 'hd876878',
  '877': 'hd876878',
  '878': 'hd876878',
};
const OCLC_FIELDS = new Set(['019', '029', '049']);

const pageUrls: Record<MarcFormat, WeakMap<FieldDefinition, string>> = { bib: new WeakMap(), holdings: new WeakMap() };

/** The LC (or OCLC, for OCLC-defined fields) page documenting a field, for a finding's source link. */
export function fieldPageUrl(format: MarcFormat, definition: FieldDefinition): string {
  let url = pageUrls[format].get(definition);
  if (url === undefined) {
    url = pageUrlOf(format, definition);
    pageUrls[format].set(definition, url);
  }
  return url;
}

function pageUrlOf(format: MarcFormat, definition: FieldDefinition): string {
  const tag = definition.tag;
  if (OCLC_FIELDS.has(tag)) return `https://www.oclc.org/bibformats/en/0xx/${tag}.html`;
  if (definition.obsolete && definition.contentUnchecked) return 'https://www.loc.gov/marc/bibliographic/ecbdlist.html';
  const holdingsPage = HOLDINGS_GROUP_PAGES[tag];
  if (holdingsPage) return `https://www.loc.gov/marc/holdings/${holdingsPage}.html`;
  if (format === 'holdings' || (tag >= '841' && tag <= '878' && tag !== '850' && tag !== '852' && tag !== '856')) {
    return `https://www.loc.gov/marc/holdings/hd${tag}.html`;
  }
  return `https://www.loc.gov/marc/bibliographic/bd${tag}.html`;
}
