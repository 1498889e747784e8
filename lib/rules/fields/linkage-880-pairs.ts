import type { DataField } from '../../marc/types';
import { isDataField } from '../../marc/types';
import { isLocalTag } from '../../marc21/definitions';
import type { Finding, Rule } from '../types';
import { fieldFinding } from '../shared/make-finding';
import { subfieldPlace } from '../shared/place';
import { parseLinkage, type Linkage } from '../shared/linkage';
import { subfieldIndexOf } from '../shared/subfields';
import { HAS_LINKAGE, fieldScan } from '../structure/field-scan';

/** Punctuation or spaces keyed after the linkage by habit (linkage-880-subfield-6 offers to remove them). */
const TRAILING_PUNCTUATION = /[\s.,;:]+$/;

interface Linked {
  field: DataField;
  fieldIndex: number;
  linkage: Linkage;
  subfieldIndex: number;
}

/**
 * 880 pairs link both ways: a 245 with $6 "880-01" needs an 880 with $6 "245-01", and that 880 needs
 * the 245 back. Occurrence number 00 marks an 880 without partner. Each number pairs two fields only.
 * A locally defined field (9XX, X9X) may be an 880's partner, but its own $6 is local data and never
 * reported (https://www.loc.gov/marc/bibliographic/bd9xx.html).
 */
export const linkage880Pairs: Rule = {
  id: 'linkage-880-pairs',
  title: '880 fields and their partners link both ways',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'A broken $6 pair separates the original-script form from its romanized field in displays and on export to OCLC.',
  source: 'https://www.loc.gov/marc/bibliographic/ecbdcntf.html',
  check(ctx) {
    const fields = ctx.record?.fields ?? [];
    const scan = fieldScan(ctx);
    if ((scan.any & HAS_LINKAGE) === 0) return [];
    let alternates: Linked[] | null = null;
    let regulars: Linked[] | null = null;
    for (let fieldIndex = 0; fieldIndex < fields.length; fieldIndex++) {
      const field = fields[fieldIndex]!;
      if (!isDataField(field) || (scan.flags[fieldIndex]! & HAS_LINKAGE) === 0) continue;
      const subfieldIndex = subfieldIndexOf(field, '6');
      if (subfieldIndex < 0) continue;
      const value = field.subfields[subfieldIndex]!.value;
      // "880-06." is reported (with its fix) by linkage-880-subfield-6; for pairing, read it as what it means, so
      // one stray period is one finding, not a second "no partner" on the other side.
      const linkage = parseLinkage(value) ?? parseLinkage(value.replace(TRAILING_PUNCTUATION, ''));
      if (linkage === null) continue; // reported by linkage-880-subfield-6
      const linked = { field, fieldIndex, linkage, subfieldIndex };
      if (field.tag === '880') (alternates ??= []).push(linked);
      else if (linkage.tag === '880') (regulars ??= []).push(linked);
    }
    if (alternates === null && regulars === null) return [];
    const findings: Finding[] = [];
    const seen = new Map<string, Linked>();
    for (const alternate of alternates ?? []) {
      const number = alternate.linkage.occurrence;
      if (Number(number) === 0) continue;
      // The partner is a locally defined field: its $6 is local data, so the back-link is not asked for.
      if (isLocalTag(alternate.linkage.tag)) continue;
      const earlier = seen.get(number);
      if (earlier) {
        report(
          findings,
          ctx.index.occurrenceOf(alternate.fieldIndex),
          alternate,
          `${placeOf(ctx.index.occurrenceOf(alternate.fieldIndex), alternate)}: occurrence number ${number} is already used by 880 occurrence ${ctx.index.occurrenceOf(earlier.fieldIndex) + 1}. Give each pair its own number.`,
        );
        continue;
      }
      seen.set(number, alternate);
      const partner = (regulars ?? []).find((regular) => regular.linkage.occurrence === number);
      if (!partner) {
        report(
          findings,
          ctx.index.occurrenceOf(alternate.fieldIndex),
          alternate,
          `${placeOf(ctx.index.occurrenceOf(alternate.fieldIndex), alternate)}: no ${alternate.linkage.tag} in the record carries $6 "880-${number}" to link back. Add it to the ${alternate.linkage.tag}, or use occurrence number 00 for an 880 without partner.`,
        );
      } else if (partner.field.tag !== alternate.linkage.tag) {
        report(
          findings,
          ctx.index.occurrenceOf(alternate.fieldIndex),
          alternate,
          `${placeOf(ctx.index.occurrenceOf(alternate.fieldIndex), alternate)}: links to ${alternate.linkage.tag}, but the field that links back with "880-${number}" is a ${partner.field.tag}. Make the tag in $6 match the partner field.`,
        );
      }
    }
    for (const regular of regulars ?? []) {
      if (isLocalTag(regular.field.tag)) continue;
      const number = regular.linkage.occurrence;
      const partner = seen.get(number);
      if (partner) continue;
      const place = placeOf(ctx.index.occurrenceOf(regular.fieldIndex), regular);
      report(
        findings,
        ctx.index.occurrenceOf(regular.fieldIndex),
        regular,
        `${place}: "880-${number}" links to an 880 that is not in the record. Add the 880 with $6 "${regular.field.tag}-${number}", or remove this $6.`,
      );
    }
    return findings;
  },
};

function placeOf(occurrence: number, linked: Linked): string {
  return subfieldPlace(linked.field.tag, occurrence, '6');
}

function report(findings: Finding[], occurrence: number, linked: Linked, message: string): void {
  findings.push(
    fieldFinding(linkage880Pairs, { field: linked.field, fieldIndex: linked.fieldIndex, occurrence }, message, {
      code: '6',
      subfieldIndex: linked.subfieldIndex,
    }),
  );
}
