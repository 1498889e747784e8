import type { Finding, Rule } from '../types';
import { dataFieldsWithLinked } from '../shared/linkage';
import { fieldFinding } from '../shared/make-finding';
import { placeParams, quoted } from '../shared/place';
import { subfieldIndexOf } from '../shared/subfields';
import { ruleText, withParams } from '../messages';

const LONGER_THAN_THREE_DIGITS = /^\d{3}.+/;
const DECIMAL_AFTER_THIRD_DIGIT = /^\d{3}\/?\.\d/;
/** Edition number, optionally with WebDewey's language/date qualifiers ("23/eng/20230101"). */
const EDITION = /^(\d+)(?:\/.*)?$/;
/** Latest editions: DDC 23 (full), Abridged 15. */
const LATEST_FULL = 23;
const LATEST_ABRIDGED = 15;

/**
 * Dewey number (082), after MARC::Lintadditions check_082: a number longer than three digits has a
 * decimal point after the third; $2 (edition) is present, numeric and not beyond the latest edition.
 * Lintadditions also warns on editions before 18 (full) or 11 (abridged) and on "/" in $2; older
 * editions are valid in older records, so we do not.
 */
export const dewey082: Rule = {
  id: 'dewey-082',
  title: 'Dewey number (082) form and edition',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Dewey numbers drive shelf order and call numbers; a missing decimal point or edition makes them unusable.',
  source: 'https://www.loc.gov/marc/bibliographic/bd082.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const entry of dataFieldsWithLinked(ctx, '082')) {
      const field = entry.field;
      const numberIndex = subfieldIndexOf(field, 'a');
      if (numberIndex >= 0) {
        const number = field.subfields[numberIndex]!.value;
        if (LONGER_THAN_THREE_DIGITS.test(number) && !DECIMAL_AFTER_THIRD_DIGIT.test(number)) {
          findings.push(
            fieldFinding(
              dewey082,
              entry,
              ruleText(
                'dewey-082.no-decimal-point',
                withParams(placeParams(field.tag, entry.occurrence, 'a'), { value: quoted(number) }),
              ),
              { code: 'a', subfieldIndex: numberIndex },
            ),
          );
        }
      }
      const editionIndex = subfieldIndexOf(field, '2');
      // First indicator blank is the obsolete "no information" value of 082s made before the edition was
      // recorded (https://www.loc.gov/marc/bibliographic/bd082.html): obsolete-indicator reports that field, and
      // recoding it to 0 or 1 is when the edition is added, so a missing $2 there is the same fault.
      if (editionIndex < 0 && field.ind1 === ' ') continue;
      if (editionIndex < 0) {
        findings.push(
          fieldFinding(dewey082, entry, ruleText('dewey-082.no-edition', placeParams(field.tag, entry.occurrence)), {
            code: '2',
          }),
        );
        continue;
      }
      // First indicator 7: the edition (or other scheme's designation, e.g. "23sdnb", "5/nor") is named in $2.
      if (field.ind1 === '7') continue;
      const edition = field.subfields[editionIndex]!.value;
      const match = EDITION.exec(edition);
      if (!match) {
        findings.push(
          fieldFinding(
            dewey082,
            entry,
            ruleText(
              'dewey-082.not-edition',
              withParams(placeParams(field.tag, entry.occurrence, '2'), { value: quoted(edition) }),
            ),
            { code: '2', subfieldIndex: editionIndex },
          ),
        );
        continue;
      }
      const latest = field.ind1 === '1' ? LATEST_ABRIDGED : field.ind1 === '0' ? LATEST_FULL : null;
      if (latest !== null && Number(match[1]) > latest) {
        findings.push(
          fieldFinding(
            dewey082,
            entry,
            ruleText(
              field.ind1 === '1' ? 'dewey-082.beyond-abridged' : 'dewey-082.beyond-full',
              withParams(placeParams(field.tag, entry.occurrence, '2'), { edition: match[1]!, latest }),
            ),
            {
              code: '2',
              subfieldIndex: editionIndex,
            },
          ),
        );
      }
    }
    return findings;
  },
};
