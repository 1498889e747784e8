import type { Finding, Rule } from '../types';
import { showValue } from './describe';
import { SOURCES, fixedFieldsOf, formatOf, positionFinding, positionsWithVerdict, whereIs } from './fixed-fields';

/** Leader, 006, 007 and 008 codes that MARC 21 once defined and has made obsolete. */
export const fixedFieldObsoleteCodeRule: Rule = {
  id: 'fixed-field-obsolete-code',
  title: 'No obsolete codes in the leader, 006, 007 or 008',
  defaultSeverity: 'warning',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale:
    'Obsolete codes come from old records; systems no longer map them, so the record falls out of format and audience limits.',
  source: SOURCES['008'].bib,
  check(ctx) {
    const format = formatOf(ctx);
    if (!format) return [];
    const findings: Finding[] = [];
    for (const visit of fixedFieldsOf(ctx, format, true)) {
      if (!visit.layout) continue;
      for (const hit of positionsWithVerdict(visit.value, visit.layout, 'obsolete', {
        undefinedPositions: 'include',
      })) {
        const message =
          `${whereIs(visit.tag, hit, ctx.index, visit.occurrence)} is ${showValue(hit.value)}, a code that is obsolete for ${visit.layout.name}. ` +
          'Recode it with a current code (see the MARC 21 page for the position).';
        const finding: Finding = {
          ruleId: this.id,
          severity: this.defaultSeverity,
          tag: visit.tag,
          message,
          source: visit.source,
        };
        if (visit.fieldIndex !== undefined)
          Object.assign(finding, { fieldIndex: visit.fieldIndex, occurrence: visit.occurrence });
        findings.push(positionFinding(finding, hit));
      }
    }
    return findings;
  },
};
