import type { Finding, Rule } from '../types';
import {
  SOURCES,
  controlFieldsTagged,
  formatOf,
  invalidCodeParams,
  layoutFor008,
  positionFinding,
  positionsWithVerdict,
  whereParams,
} from './fixed-fields';
import { findingText, ruleText, withParams } from '../messages';

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
        const where = whereParams('008', hit, ctx.index, occurrence);
        const code = invalidCodeParams(hit, layout);
        const text = ruleText(
          `field-008-invalid-code.invalid${code.each}${where.form}`,
          withParams(where.params, code.params),
        );
        findings.push(
          positionFinding(
            Object.assign(findingText(text), {
              ruleId: this.id,
              severity: this.defaultSeverity,
              tag: '008',
              occurrence,
              fieldIndex,
              source: SOURCES['008'][format],
            }),
            hit,
          ),
        );
      }
    }
    return findings;
  },
};
