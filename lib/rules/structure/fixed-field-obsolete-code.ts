import type { Finding, Rule } from '../types';
import { showValue } from './describe';
import { SOURCES, fixedFieldsOf, formatOf, positionFinding, positionsWithVerdict, whereParams } from './fixed-fields';
import { findingText, ruleText, withParams } from '../messages';

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
        const where = whereParams(visit.tag, hit, ctx.index, visit.occurrence);
        const params = withParams(where.params, { value: showValue(hit.value), layout: visit.layout.name });
        // The leader's layout name is words ("the bibliographic leader"): the leader has its own messages.
        const text =
          visit.tag === 'LDR'
            ? ruleText(`fixed-field-obsolete-code.leader-${format}`, params)
            : ruleText(`fixed-field-obsolete-code.obsolete${where.form}`, params);
        const finding: Finding = Object.assign(findingText(text), {
          ruleId: this.id,
          severity: this.defaultSeverity,
          tag: visit.tag,
          source: visit.source,
        });
        if (visit.fieldIndex !== undefined)
          Object.assign(finding, { fieldIndex: visit.fieldIndex, occurrence: visit.occurrence });
        findings.push(positionFinding(finding, hit));
      }
    }
    return findings;
  },
};
