import type { Finding, Rule } from '../types';
import { isRdaRecord } from '../shared/rda';
import { recordFinding } from '../shared/make-finding';
import { ruleText } from '../messages';

const TYPES = [
  ['336', 'rda-content-carrier.no-336'],
  ['337', 'rda-content-carrier.no-337'],
  ['338', 'rda-content-carrier.no-338'],
] as const;

/** An RDA record (040 $e rda) records content, media and carrier type in 336, 337 and 338. */
export const rdaContentCarrier: Rule = {
  id: 'rda-content-carrier',
  title: 'RDA records have 336, 337 and 338',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale: 'Content, media and carrier types are RDA core elements; discovery format facets are built from them.',
  source: 'https://www.loc.gov/marc/bibliographic/bd336.html',
  // MARC 21 does not require 336-338; content, media and carrier type are RDA core elements (BIBCO standard record).
  policy: { group: 'pcc', document: 'RDA core elements / PCC BIBCO Standard Record' },
  check(ctx) {
    if (!isRdaRecord(ctx)) return [];
    const findings: Finding[] = [];
    for (const [tag, messageId] of TYPES) {
      if (ctx.index.byTag(tag).length > 0) continue;
      findings.push(recordFinding(rdaContentCarrier, ruleText(messageId), tag));
    }
    return findings;
  },
};
