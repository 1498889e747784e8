import type { Rule } from '../types';
import { findingText, ruleText } from '../messages';
import { showValue } from './describe';
import { SOURCES } from './fixed-fields';

const HOLDINGS_TYPES = 'uvxy';
const BIB_TYPES = 'acdefgijkmoprt';

/** A holdings record's leader/06 says which kind of holdings it is: u, v, x or y. */
export const holdingsLeaderRecordTypeRule: Rule = {
  id: 'holdings-leader-record-type',
  title: 'Holdings leader/06 is u, v, x or y',
  defaultSeverity: 'error',
  appliesTo: ['holdings'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Leader/06 is what marks a record as holdings (u unknown, v multipart, x single-part, y serial); other codes make it a bibliographic record.',
  source: SOURCES.leader.holdings,
  check(ctx) {
    const leader = ctx.record?.leader;
    if (leader === undefined || leader.length < 7) return [];
    const type = leader.charAt(6);
    if (HOLDINGS_TYPES.includes(type)) return [];
    return [
      {
        ruleId: this.id,
        severity: this.defaultSeverity,
        tag: 'LDR',
        position: [6, 7],
        ...findingText(
          ruleText(
            BIB_TYPES.includes(type)
              ? 'holdings-leader-record-type.bib-type'
              : 'holdings-leader-record-type.not-holdings',
            { value: showValue(type) },
          ),
        ),
      },
    ];
  },
};
