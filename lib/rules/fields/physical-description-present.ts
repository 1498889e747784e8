import type { Rule } from '../types';
import { recordFinding } from '../shared/make-finding';

/** Bibliographic records describe their extent in 300 (RDA: extent is core for a complete resource). */
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
  check(ctx) {
    if (ctx.index.byTag('300').length > 0) return [];
    return [
      recordFinding(
        physicalDescriptionPresent,
        'The record has no 300 (physical description). Add 300 $a with the extent, e.g. "xii, 345 pages" or "1 online resource".',
        '300',
      ),
    ];
  },
};
