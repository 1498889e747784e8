import type { Rule } from '../types';
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
    const looksBib = BIB_TYPES.includes(type)
      ? ' That is a bibliographic type of record: this leader may have been copied from a bib record.'
      : '';
    return [
      {
        ruleId: this.id,
        severity: this.defaultSeverity,
        tag: 'LDR',
        position: [6, 7],
        message:
          `Leader/06 (Type of record) is ${showValue(type)} in a holdings record.${looksBib} ` +
          'Use x (single-part item), v (multipart item), y (serial item) or u (unknown).',
      },
    ];
  },
};
