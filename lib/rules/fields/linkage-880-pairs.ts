import type { DataField } from '../../marc/types';
import { isDataField } from '../../marc/types';
import { isLocalTag } from '../../marc21/definitions';
import type { Finding, Rule } from '../types';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { parseLinkage, type Linkage } from '../shared/linkage';
import { subfieldIndexOf } from '../shared/subfields';
import { HAS_LINKAGE, fieldScan } from '../structure/field-scan';
import { type MessageParams, type RuleMessageId, ruleText, withParams } from '../messages';

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
        report(findings, ctx.index.occurrenceOf(alternate.fieldIndex), alternate, 'linkage-880-pairs.number-used', {
          pair: number,
          earlier: ctx.index.occurrenceOf(earlier.fieldIndex) + 1,
        });
        continue;
      }
      seen.set(number, alternate);
      const partner = (regulars ?? []).find((regular) => regular.linkage.occurrence === number);
      if (!partner) {
        report(findings, ctx.index.occurrenceOf(alternate.fieldIndex), alternate, 'linkage-880-pairs.no-back-link', {
          pair: number,
          linked: alternate.linkage.tag,
        });
      } else if (partner.field.tag !== alternate.linkage.tag) {
        report(findings, ctx.index.occurrenceOf(alternate.fieldIndex), alternate, 'linkage-880-pairs.tag-differs', {
          pair: number,
          linked: alternate.linkage.tag,
          partner: partner.field.tag,
        });
      }
    }
    for (const regular of regulars ?? []) {
      if (isLocalTag(regular.field.tag)) continue;
      const number = regular.linkage.occurrence;
      const partner = seen.get(number);
      if (partner) continue;
      report(findings, ctx.index.occurrenceOf(regular.fieldIndex), regular, 'linkage-880-pairs.no-880', {
        pair: number,
      });
    }
    return findings;
  },
};

/** A finding on the $6 of `linked`; the message's place is that $6. */
function report(
  findings: Finding[],
  occurrence: number,
  linked: Linked,
  messageId: RuleMessageId,
  params: MessageParams,
): void {
  const message = ruleText(messageId, withParams(placeParams(linked.field.tag, occurrence, '6'), params));
  findings.push(
    fieldFinding(linkage880Pairs, { field: linked.field, fieldIndex: linked.fieldIndex, occurrence }, message, {
      code: '6',
      subfieldIndex: linked.subfieldIndex,
    }),
  );
}
