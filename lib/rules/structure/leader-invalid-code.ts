import { leaderLayout } from '../../marc21/definitions';
import type { Finding, Rule } from '../types';
import {
  SOURCES,
  formatOf,
  invalidCodeParams,
  positionFinding,
  positionsWithVerdict,
  whereParams,
} from './fixed-fields';
import { findingText, ruleText, withParams } from '../messages';

/** Every leader position holds a code MARC 21 defines for the record's format (bib and holdings differ). */
export const leaderInvalidCodeRule: Rule = {
  id: 'leader-invalid-code',
  title: 'Leader positions hold defined codes',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale: 'Leader codes drive how Alma, OCLC and discovery systems read the whole record (type, level, encoding).',
  source: SOURCES.leader.bib,
  check(ctx) {
    const format = formatOf(ctx);
    const record = ctx.record;
    if (!format || !record) return [];
    const layout = leaderLayout(format);
    // Holdings leader/06 has its own rule with a clearer message (holdings-leader-record-type).
    const skip = format === 'holdings' ? 6 : -1;
    const findings: Finding[] = [];
    for (const hit of positionsWithVerdict(record.leader, layout, 'invalid', { skipStart: skip })) {
      // The leader's layout name is words ("the bibliographic leader"): one id per format.
      const code = invalidCodeParams(hit, layout);
      const text = ruleText(
        `leader-invalid-code.${format}${code.each}`,
        withParams(whereParams('LDR', hit, ctx.index, 0).params, code.params),
      );
      findings.push(
        positionFinding(
          Object.assign(findingText(text), {
            ruleId: this.id,
            severity: this.defaultSeverity,
            tag: 'LDR',
            source: SOURCES.leader[format],
          }),
          hit,
        ),
      );
    }
    return findings;
  },
};
