import type { Finding, Rule } from '../types';
import { showValue } from './describe';
import { SOURCES, fixedFieldsOf, formatOf, positionFinding, positionsWithVerdict, whereParams } from './fixed-fields';
import { findingText, ruleText, withParams } from '../messages';

/**
 * Undefined 006/007/008 positions hold a blank (or the fill character). Junk there does no harm to
 * indexing, so this is a warning, kept apart from the invalid-code errors.
 */
export const fixedFieldUndefinedPositionRule: Rule = {
  id: 'fixed-field-undefined-position',
  title: 'Undefined 006/007/008 positions are blank',
  defaultSeverity: 'warning',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Characters in undefined positions usually mean the field was shifted or typed over; MARC 21 says they contain a blank.',
  source: SOURCES['008'].bib,
  check(ctx) {
    const format = formatOf(ctx);
    if (!format) return [];
    const findings: Finding[] = [];
    for (const visit of fixedFieldsOf(ctx, format, false)) {
      if (!visit.layout) continue;
      for (const hit of positionsWithVerdict(visit.value, visit.layout, 'invalid', { undefinedPositions: 'only' })) {
        const where = whereParams(visit.tag, hit, ctx.index, visit.occurrence);
        const message = findingText(
          ruleText(
            `fixed-field-undefined-position.${hit.value.length > 1 ? 'blanks' : 'blank'}${where.form}`,
            withParams(where.params, { value: showValue(hit.value) }),
          ),
        );
        findings.push(
          positionFinding(
            Object.assign(message, {
              ruleId: this.id,
              severity: this.defaultSeverity,
              tag: visit.tag,
              fieldIndex: visit.fieldIndex as number,
              occurrence: visit.occurrence,
              source: visit.source,
            }),
            hit,
          ),
        );
      }
    }
    return findings;
  },
};
