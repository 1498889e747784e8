import type { Rule } from '../types';
import { showValue } from './describe';
import { SOURCES, formatOf } from './fixed-fields';
import { findingText, ruleText } from '../messages';

/** The leader is exactly 24 characters in MARC 21; every position after a wrong length is misread. */
export const leaderLengthRule: Rule = {
  id: 'leader-length',
  title: 'Leader is 24 characters long',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale:
    'With a leader of the wrong length every coded position (type of record, encoding level, …) is read from the wrong place.',
  source: SOURCES.leader.bib,
  check(ctx) {
    const format = formatOf(ctx);
    const leader = ctx.record?.leader;
    if (!format || leader === undefined || leader.length === 24) return [];
    return [
      {
        ruleId: this.id,
        severity: this.defaultSeverity,
        tag: 'LDR',
        ...findingText(
          ruleText(leader.length < 24 ? 'leader-length.short' : 'leader-length.long', {
            length: leader.length,
            value: showValue(leader),
          }),
        ),
        source: SOURCES.leader[format],
      },
    ];
  },
};
