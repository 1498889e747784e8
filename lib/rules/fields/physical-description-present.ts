import type { Rule, RuleContext } from '../types';
import { recordFinding } from '../shared/make-finding';
import { wellSized008 } from '../shared/fixed-008';
import { ruleText } from '../messages';

/**
 * Bibliographic records describe their extent in 300 (RDA: extent is core for a complete resource). A
 * resource still being issued has no final extent: a serial or integrating resource currently published
 * (Leader/07 s or i with 008/06 c, or 008/06 u: status unknown) or any resource whose 008 Date 2 is 9999
 * (008/06 c or m: still in progress) is described without 300 in CONSER and RDA practice, so its absence is
 * not reported. https://www.loc.gov/marc/bibliographic/bd008a.html (008/06, 07-14),
 * https://www.loc.gov/marc/bibliographic/bd300.html
 */
export const physicalDescriptionPresent: Rule = {
  id: 'physical-description-present',
  title: 'Physical description (300) present',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Extent tells staff and patrons what the item is (pages, volumes, discs); OCLC full-level records require it.',
  source: 'https://www.loc.gov/marc/bibliographic/bd300.html',
  // MARC 21 does not require 300; extent is an RDA core element of full-level (PCC) records.
  policy: { group: 'pcc', document: 'RDA core element Extent / PCC BIBCO Standard Record' },
  check(ctx) {
    if (ctx.index.byTag('300').length > 0 || isIncompleteResource(ctx)) return [];
    return [recordFinding(physicalDescriptionPresent, ruleText('physical-description-present.missing'), '300')];
  },
};

function isIncompleteResource(ctx: RuleContext): boolean {
  const fixed = wellSized008(ctx);
  if (fixed === null) return false;
  const status = fixed.charAt(6);
  const level = ctx.record?.leader.charAt(7);
  const continuing = level === 's' || level === 'i';
  if (continuing && (status === 'c' || status === 'u')) return true;
  return (status === 'c' || status === 'm') && fixed.slice(11, 15) === '9999';
}
