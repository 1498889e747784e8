import type { Rule } from '../types';
import { recordFinding } from '../shared/make-finding';
import { ruleText } from '../messages';

/** Fields that only describe multipart or serial holdings: captions/patterns and enumeration. */
const MULTIPART_TAGS = ['853', '854', '855', '863', '864', '865'] as const;

/**
 * Leader/06 says what the holdings describe: x single-part item, v multipart item, y serial. Single-part
 * holdings (x) with caption/pattern or enumeration fields are really multipart or serial holdings.
 * (v or y without an 866 summary is the procedure rule hol-multipart-without-866's case.)
 */
export const holdingsTypeContent: Rule = {
  id: 'holdings-type-content',
  title: 'Holdings type (leader/06) matches the holdings fields',
  defaultSeverity: 'warning',
  appliesTo: ['holdings'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Alma predicts issues and displays volumes only for multipart and serial holdings; a wrong type hides them.',
  source: 'https://www.loc.gov/marc/holdings/hdleader.html',
  check(ctx) {
    if (ctx.record?.leader.charAt(6) !== 'x') return [];
    for (const tag of MULTIPART_TAGS) {
      if (ctx.index.byTag(tag).length === 0) continue;
      const finding = recordFinding(holdingsTypeContent, ruleText('holdings-type-content.single-part', { tag }), 'LDR');
      finding.position = [6, 7];
      return [finding];
    }
    return [];
  },
};
