/**
 * Subfield $6 (Linkage): `TAG-NN[/script[/r]]`, e.g. `245-01/$1` or `880-02//r`.
 * https://www.loc.gov/marc/bibliographic/ecbdcntf.html (Appendix A, "Control subfields")
 */
import type { DataField } from '../../marc/types';
import { isDataField } from '../../marc/types';
import type { RuleContext } from '../types';
import type { DataFieldEntry } from './field-entry';
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

const LINKAGE = /^(\d{3})-(\d{2,})(?:\/([^/]*)(?:\/(r))?)?$/;

/** Parses a $6 value; null when it does not have the TAG-NN form. */
export function parseLinkage(value: string): Linkage | null {
  const match = LINKAGE.exec(value.trim());
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

const NO_ENTRIES: readonly DataFieldEntry[] = [];

/**
 * The data fields with this tag followed by the 880s that stand for it. MARC::Lint checks an 880
 * with the checks of the tag in its $6, so the field checks that keep parity with it use this.
 * Allocates only when the record has such 880s.
 */
export function dataFieldsWithLinked(ctx: RuleContext, tag: string): readonly DataFieldEntry[] {
  const regular = ctx.index.byTag(tag);
  const alternates = ctx.index.byTag('880');
  let result: DataFieldEntry[] | null = null;
  let allData = true;
  for (let i = 0; i < regular.length; i++) if (!isDataField(regular[i]!.field)) allData = false;
  for (let i = 0; i < alternates.length; i++) {
    const entry = alternates[i]!;
    if (isDataField(entry.field) && linkedTagOf(entry.field) === tag) {
      result ??= regular.filter((e) => isDataField(e.field)) as DataFieldEntry[];
      result.push(entry as DataFieldEntry);
    }
  }
  if (result) return result;
  if (allData) return regular as readonly DataFieldEntry[];
  return regular.length === 0 ? NO_ENTRIES : (regular.filter((e) => isDataField(e.field)) as DataFieldEntry[]);
}

/** "245" for a 245, "880 (linked to 245)" for its 880: how messages name a field checked as its tag. */
export function tagLabel(field: DataField, tag: string): string {
  return field.tag === tag ? tag : `${field.tag} (linked to ${tag})`;
}
