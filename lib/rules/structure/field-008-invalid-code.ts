import type { Finding, Rule } from '../types';
import {
  SOURCES,
  controlFieldsTagged,
  formatOf,
  invalidCodeMessage,
  layoutFor008,
  positionFinding,
  positionsWithVerdict,
  whereIs,
} from './fixed-fields';

/** Each 008 position holds a code defined for the material type (bib, from leader/06-07) or for holdings. */
export const field008InvalidCodeRule: Rule = {
  id: 'field-008-invalid-code',
  title: '008 positions hold defined codes',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale:
    '008 codes feed search limits and facets (date, language, audience, form); undefined codes are rejected by OCLC validation.',
  source: SOURCES['008'].bib,
  check(ctx) {
    const format = formatOf(ctx);
    const record = ctx.record;
    if (!format || !record) return [];
    const layout = layoutFor008(format, record.leader);
    const findings: Finding[] = [];
    for (const { field, fieldIndex, occurrence } of controlFieldsTagged(ctx.index, '008')) {
      for (const hit of positionsWithVerdict(field.value, layout, 'invalid')) {
        const message = `${invalidCodeMessage(whereIs('008', hit, ctx.index, occurrence), hit, layout)} Correct it in the 008 form editor.`;
        findings.push(
          positionFinding(
            {
              ruleId: this.id,
              severity: this.defaultSeverity,
              tag: '008',
              occurrence,
              fieldIndex,
              message,
              source: SOURCES['008'][format],
            },
            hit,
          ),
        );
      }
    }
    return findings;
  },
};
