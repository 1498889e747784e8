import type { Field } from '../../lib/marc/types';
import { isDataField } from '../../lib/marc/types';
import type { Finding } from '../../lib/rules/types';
import type { FindingIdentity } from './types';

/**
 * How a finding is recognised from one validation to the next, so the panel can tell what the cataloger
 * introduced from what the record already had.
 *
 * Occurrence and field index are deliberately left out: moving a field, or adding one above it, changes
 * both without changing the finding. Messages are left out for field findings because they quote the
 * occurrence ("245 (occurrence 2)"). What stays is the rule, the tag, the part of the field (indicator,
 * subfield code, fixed-field position) and, in the strong identity, the field's content. The content
 * changes when the cataloger edits the field; the session then falls back to the weak identity plus the
 * row the finding is on (classify-findings.ts).
 */

const SEPARATOR = '\u001f';

/** The field's indicators and subfields (or control value), without its tag or position in the record. */
export function fieldFingerprint(field: Field | undefined): string {
  if (!field) return '';
  if (!isDataField(field)) return field.value;
  let text = field.ind1 + field.ind2;
  for (const subfield of field.subfields) text += SEPARATOR + subfield.code + subfield.value;
  return text;
}

export function findingIdentity(finding: Finding, field?: Field): FindingIdentity {
  const place = [
    finding.ruleId,
    finding.tag ?? '',
    finding.indicator ?? '',
    finding.code ?? '',
    finding.position ? finding.position.join('-') : '',
    finding.itemField ?? '',
  ];
  // A record-level finding has nothing but its message to tell two findings of one rule apart.
  if (finding.tag === undefined && finding.itemField === undefined) place.push(finding.message);
  const weak = place.join(SEPARATOR);
  return { weak, strong: weak + SEPARATOR + fieldFingerprint(field) };
}
