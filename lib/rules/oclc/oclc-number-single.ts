import type { Finding, Rule } from '../types';
import { isDataField } from '../../marc/types';
import type { FieldEntry } from '../shared/field-entry';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { isOclcLike, oclcNumberDigits } from '../shared/oclc-number';
import { BFAS_035 } from './oclc-sources';
import { ruleText } from '../messages';

interface Seen {
  digits: string;
  value: string;
}

/**
 * A record carries one current OCLC number in 035 $a; older or merged numbers go in $z. Two different
 * numbers in $a make Alma's Connexion import and WorldCat synchronisation match several records
 * ("multiple matches"), and the same number twice is a duplicate 035.
 */
export const oclcNumberSingle: Rule = {
  id: 'oclc-number-single',
  title: 'One OCLC number in 035 $a',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'oclc',
  profiles: ['all', 'oclc'],
  rationale:
    'Alma matches OCLC exports on 035 $a; two OCLC numbers there cause multi-matches and failed or duplicated imports.',
  source: BFAS_035,
  check(ctx) {
    const entries = ctx.index.byTag('035');
    if (entries.length < 1) return [];
    let first: Seen | null = null;
    let findings: Finding[] | null = null;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      const field = entry.field;
      if (!isDataField(field)) continue;
      for (let i = 0; i < field.subfields.length; i++) {
        const { code, value } = field.subfields[i]!;
        if (code !== 'a' || !isOclcLike(value)) continue;
        const digits = oclcNumberDigits(value);
        if (digits === null) continue;
        if (first === null) {
          first = { digits, value };
          continue;
        }
        (findings ??= []).push(report(entry, i, value, digits === first.digits ? null : first.value));
      }
    }
    return findings ?? [];
  },
};

function report(entry: FieldEntry, index: number, value: string, other: string | null): Finding {
  const place = placeParams('035', entry.occurrence, 'a');
  const message =
    other === null
      ? ruleText('oclc-number-single.duplicate', { ...place, value })
      : ruleText('oclc-number-single.second', { ...place, value, other });
  return fieldFinding(oclcNumberSingle, entry, message, { code: 'a', subfieldIndex: index });
}
