/**
 * Subfield $6 (Linkage): `TAG-NN[/script[/r]]`, e.g. `245-01/$1` or `880-02//r`.
 * https://www.loc.gov/marc/bibliographic/ecbdcntf.html (Appendix A, "Control subfields")
 */
import type { DataField } from '../../marc/types';
import { isDataField } from '../../marc/types';
import { FieldIndex, fieldIndexOf, recordMemo } from '../record-index';
import type { RuleContext } from '../types';
import type { DataFieldEntry, FieldEntry } from './field-entry';
import { subfieldValue } from './subfields';

export interface Linkage {
  /** The linking tag: the other field of the pair (in an 880, the tag it stands for). */
  tag: string;
  /** Occurrence number, as written (2 or more digits); "00" means the 880 has no partner. */
  occurrence: string;
  /** Script identification code (e.g. `(3` Arabic, `$1` CJK), possibly empty. */
  script: string;
  /** `r` for right-to-left fields. */
  orientation: string;
}

/** Directional marks (LRM, RLM, embeddings, isolates) that right-to-left editors leave around $6; not data. */
const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const LINKAGE = /^(\d{3})-(\d{2,})(?:\/([^/]*)(?:\/(r))?)?$/;

/** Parses a $6 value; null when it does not have the TAG-NN form. */
export function parseLinkage(value: string): Linkage | null {
  const match = LINKAGE.exec(value.replace(BIDI_MARKS, '').trim());
  if (!match) return null;
  return { tag: match[1]!, occurrence: match[2]!, script: match[3] ?? '', orientation: match[4] ?? '' };
}

/**
 * The tag an 880 stands for, read as MARC::Lint reads it (first three characters of the first $6),
 * or null when the 880 has no $6.
 */
export function linkedTagOf(field: DataField): string | null {
  const six = subfieldValue(field, '6');
  return six === undefined ? null : six.slice(0, 3);
}

/** Per record: the 880 entries grouped by the tag in their $6, built on first use. */
const linkedMemo = recordMemo((index) => {
  const byTag = new Map<string, DataFieldEntry[]>();
  for (const entry of index.byTag('880')) {
    if (!isDataField(entry.field)) continue;
    const tag = linkedTagOf(entry.field);
    if (tag === null) continue;
    let list = byTag.get(tag);
    if (!list) byTag.set(tag, (list = []));
    list.push(entry as DataFieldEntry);
  }
  return byTag;
});

function linkedEntries(ctx: RuleContext): Map<string, DataFieldEntry[]> {
  return fieldIndexOf(ctx).memo(linkedMemo);
}

function onlyDataFields(entries: readonly FieldEntry[]): readonly DataFieldEntry[] {
  for (let i = 0; i < entries.length; i++) {
    if (!isDataField(entries[i]!.field)) return entries.filter((e) => isDataField(e.field)) as DataFieldEntry[];
  }
  return entries as readonly DataFieldEntry[];
}

/**
 * The data fields with this tag followed by the 880s that stand for it. MARC::Lint checks an 880
 * with the checks of the tag in its $6, so the field checks that keep parity with it use this.
 * Records without 880 (nearly all) get the index's own list: no allocation, no lookup.
 */
export function dataFieldsWithLinked(ctx: RuleContext, tag: string): readonly DataFieldEntry[] {
  const index = ctx.index;
  const regular = onlyDataFields(index.byTag(tag));
  if (index instanceof FieldIndex ? !index.has880 : index.byTag('880').length === 0) return regular;
  const linked = linkedEntries(ctx).get(tag);
  if (!linked) return regular;
  return regular.length === 0 ? linked : [...regular, ...linked];
}

/** "245" for a 245, "880 (linked to 245)" for its 880: how messages name a field checked as its tag. */
export function tagLabel(field: DataField, tag: string): string {
  return field.tag === tag ? tag : `${field.tag} (linked to ${tag})`;
}
