import { dataFields, firstSubfield } from '../../procedures/bib-facts';
import { PROCEDURE_URLS } from '../../procedures/sources';
import type { DataField, Subfield } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { filled, indexedDataFields, recordFinding, subfield } from './helpers';
import { ruleText } from '../messages';

/**
 * R-HOL-3: 852 without $h. When the parent bib is shown and has 050, the fix copies its class part
 * ($a) and item part ($b) into $h and $i. With no 050/090 at all, add-no-call-number-source reports instead.
 * Not every location has a classification: MARC 21 852 first indicator 4 (shelving control number, in $j),
 * 5 (title) and 6 (shelved separately) shelve without one, and a holdings record for an online resource
 * (856 in the holdings, no shelf) has none (https://www.loc.gov/marc/holdings/hd852.html).
 */
export const hol852ClassPartMissing: Rule = {
  id: 'hol-852-class-part-missing',
  title: '852 has no call number ($h)',
  defaultSeverity: 'warning',
  appliesTo: ['holdings'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: "Holdings carry the call number; existing ones derive from the bib's 050.",
  source: PROCEDURE_URLS.holdingsRecords,
  check(ctx) {
    const bib = ctx.bib;
    const lc = bib ? dataFields(bib, '050')[0] : undefined;
    if (bib && !lc && dataFields(bib, '090').length === 0) return [];
    const findings: Finding[] = [];
    const online = ctx.index.byTag('856').length > 0;
    for (const entry of indexedDataFields(ctx, '852')) {
      if (filled(subfield(entry.field, 'h'))) continue;
      if (online || ['4', '5', '6'].includes(entry.field.ind1) || filled(subfield(entry.field, 'j'))) continue;
      const classPart = lc ? firstSubfield(lc, 'a')?.trim() : undefined;
      const where = { tag: '852', occurrence: entry.occurrence, fieldIndex: entry.fieldIndex, code: 'h' };
      if (!classPart) {
        findings.push(
          recordFinding(
            hol852ClassPartMissing,
            ruleText('hol-852-class-part-missing.no-h', { number: entry.occurrence + 1 }),
            where,
          ),
        );
        continue;
      }
      const itemPart = lc ? firstSubfield(lc, 'b')?.trim() : undefined;
      const shown = itemPart ? `${classPart} ${itemPart}` : classPart;
      findings.push(
        recordFinding(
          hol852ClassPartMissing,
          itemPart
            ? ruleText('hol-852-class-part-missing.from-050', { number: entry.occurrence + 1, classPart, itemPart })
            : ruleText('hol-852-class-part-missing.from-050-class', { number: entry.occurrence + 1, classPart }),
          {
            ...where,
            fix: {
              type: 'replace-field',
              fieldIndex: entry.fieldIndex,
              field: withCallNumber(entry.field, classPart, itemPart),
              description: `Copy the call number "${shown}" from 050 into 852 $h${itemPart ? '/$i' : ''}`,
              safe: false,
            },
          },
        ),
      );
    }
    return findings;
  },
};

/** The 852 with $h (and $i when empty) placed after $b/$c and any other location subfields. */
function withCallNumber(field: DataField, classPart: string, itemPart: string | undefined): DataField {
  const kept = field.subfields.filter((s) => s.code !== 'h' && !(itemPart && s.code === 'i' && s.value.trim() === ''));
  const added: Subfield[] = [{ code: 'h', value: classPart }];
  if (itemPart && !kept.some((s) => s.code === 'i')) added.push({ code: 'i', value: itemPart });
  // Call number subfields follow the location subfields ($a-$g) in MARC order.
  let insertAt = 0;
  while (insertAt < kept.length && kept[insertAt]!.code <= 'g') insertAt++;
  const subfields = [
    ...kept.slice(0, insertAt).map((s) => ({ ...s })),
    ...added,
    ...kept.slice(insertAt).map((s) => ({ ...s })),
  ];
  return { tag: field.tag, ind1: field.ind1, ind2: field.ind2, subfields };
}
