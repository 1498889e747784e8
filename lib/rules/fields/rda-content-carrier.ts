import type { Finding, Rule } from '../types';
import { isRdaRecord } from '../shared/rda';
import { recordFinding } from '../shared/make-finding';

const TYPES: ReadonlyArray<readonly [string, string, string]> = [
  ['336', 'content type', 'e.g. "text $b txt $2 rdacontent"'],
  ['337', 'media type', 'e.g. "unmediated $b n $2 rdamedia"'],
  ['338', 'carrier type', 'e.g. "volume $b nc $2 rdacarrier"'],
];

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
    for (const [tag, name, example] of TYPES) {
      if (ctx.index.byTag(tag).length > 0) continue;
      findings.push(
        recordFinding(
          rdaContentCarrier,
          `The record is RDA (040 $e rda) but has no ${tag} (${name}). Add ${tag} ${example}.`,
          tag,
        ),
      );
    }
    return findings;
  },
};
