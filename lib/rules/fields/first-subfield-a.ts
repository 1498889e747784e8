import type { Finding, Rule } from '../types';
import { dataFieldsWithLinked } from '../shared/linkage';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { subfieldIndexOf } from '../shared/subfields';
import { endsWithUnspacedMark, omitsIsbdPunctuation } from '../shared/punctuation';
import type { DataFieldEntry } from '../shared/field-entry';
import { ruleText, withParams } from '../messages';

const TAGS = ['250', '260', '440', '490'] as const;
/** Subfields MARC 21 allows before the first data subfield: linkage, materials specified, field link. */
const LEADING_CONTROL = new Set(['6', '3', '8']);

/**
 * The main element comes first (MARC::Lintadditions check_250, check_260, check_440, check_490,
 * check_246): $a leads 250, 260, 440 and 490 (after $6, $3 or $8, which Lintadditions does not
 * allow except $6); in 246, $i (display text) comes first and ends with ":", then $a. The colon is
 * ISBD punctuation: records whose Leader/18 says it is omitted (c, n) leave it out
 * (https://www.loc.gov/marc/bibliographic/bdleader.html), so it is not asked for there.
 */
export const firstSubfieldA: Rule = {
  id: 'first-subfield-a',
  title: '$a first in 246, 250, 260, 440, 490',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Displays and indexes take the first data subfield as the main element; a misplaced $a often means a miskeyed field.',
  source: 'https://www.loc.gov/marc/bibliographic/bd250.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const tag of TAGS) for (const entry of dataFieldsWithLinked(ctx, tag)) checkLeadingA(entry, findings);
    const colonAfterDisplayText = !omitsIsbdPunctuation(ctx);
    for (const entry of dataFieldsWithLinked(ctx, '246')) check246(entry, colonAfterDisplayText, findings);
    return findings;
  },
};

function checkLeadingA(entry: DataFieldEntry, findings: Finding[]): void {
  const subfields = entry.field.subfields;
  let i = 0;
  while (i < subfields.length && LEADING_CONTROL.has(subfields[i]!.code)) i++;
  const first = subfields[i];
  if (first?.code === 'a') return;
  const place = placeParams(entry.field.tag, entry.occurrence);
  findings.push(
    fieldFinding(
      firstSubfieldA,
      entry,
      first
        ? ruleText('first-subfield-a.not-first', withParams(place, { code: first.code }))
        : ruleText('first-subfield-a.no-data', place),
      first ? { code: first.code, subfieldIndex: i } : {},
    ),
  );
}

function check246(entry: DataFieldEntry, colonAfterDisplayText: boolean, findings: Finding[]): void {
  const subfields = entry.field.subfields;
  const displayText = subfieldIndexOf(entry.field, 'i');
  let start = 0;
  while (start < subfields.length && LEADING_CONTROL.has(subfields[start]!.code)) start++;
  if (displayText >= 0) {
    if (displayText !== start) {
      findings.push(
        fieldFinding(
          firstSubfieldA,
          entry,
          ruleText('first-subfield-a.246-i-not-first', placeParams('246', entry.occurrence, 'i')),
          { code: 'i', subfieldIndex: displayText },
        ),
      );
    } else if (colonAfterDisplayText && !endsWithUnspacedMark(subfields[displayText]!.value, ':')) {
      findings.push(
        fieldFinding(
          firstSubfieldA,
          entry,
          ruleText('first-subfield-a.246-i-colon', placeParams('246', entry.occurrence, 'i')),
          { code: 'i', subfieldIndex: displayText },
        ),
      );
    }
    start = displayText === start ? start + 1 : start;
  }
  if (subfields[start]?.code === 'a') return;
  findings.push(
    fieldFinding(
      firstSubfieldA,
      entry,
      ruleText('first-subfield-a.246-a-not-first', placeParams(entry.field.tag, entry.occurrence)),
      { code: 'a' },
    ),
  );
}
