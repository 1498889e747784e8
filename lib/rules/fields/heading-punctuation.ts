import type { Finding, Rule } from '../types';
import { dataFieldsWithLinked } from '../shared/linkage';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { endsWithOneOf, endsWithUnspacedMark, omitsIsbdPunctuation } from '../shared/punctuation';
import { subfieldValue } from '../shared/subfields';
import type { DataFieldEntry } from '../shared/field-entry';
import { ruleText, withParams } from '../messages';

const NAME_AND_TITLE_TAGS = [
  '100',
  '110',
  '111',
  '130',
  '700',
  '710',
  '711',
  '730',
  '740',
  '800',
  '810',
  '811',
  '830',
] as const;
const SUBJECT_TAGS = ['600', '610', '611', '630', '650', '651', '655'] as const;
/** Tags whose $e is a relator term (in X11 fields $e is a subordinate unit and $j the relator). */
const RELATOR_E = new Set(['100', '110', '600', '610', '700', '710', '800', '810']);
/** Marks a heading may end with (MARC::Lintadditions: /[\!\?\-\'\"\)\.]$/). */
const ENDING_MARKS = '!?-\'").';

/** A control subfield code ($0-$9). */
function isDigitCode(code: string): boolean {
  return code.length === 1 && code.charCodeAt(0) >= 48 && code.charCodeAt(0) <= 57;
}

/**
 * Ending punctuation of headings (MARC::Lintadditions check_100 ... check_830): the last subfield
 * before any control subfields ($0, $1, $2 ...) ends with a period or other closing mark, not ")."
 * ; $e relator terms follow a comma or hyphen; $l (language) follows a period. Subject headings are
 * only checked for LCSH, children's LCSH and Sears (indicator 2 = 0, 1, or 7 with $2 sears), whose
 * records keep the final period. Lintadditions treats only some digits as control subfields and
 * checks $e in X11 fields too (where $e is not a relator); we do not.
 */
export const headingPunctuation: Rule = {
  id: 'heading-punctuation',
  title: 'Heading ending punctuation (1XX, 6XX, 7XX, 8XX)',
  defaultSeverity: 'info',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale: 'Headings are matched against authority records; a missing or extra final mark can stop the match.',
  source: 'https://www.loc.gov/marc/bibliographic/bd100.html',
  // Ending headings with a period is an AACR2/ISBD habit; PCC's minimal-punctuation guidelines drop it.
  policy: { group: 'isbd', document: 'AACR2 and ISBD punctuation as shown in the MARC 21 examples' },
  check(ctx) {
    if (omitsIsbdPunctuation(ctx)) return [];
    const findings: Finding[] = [];
    for (const tag of NAME_AND_TITLE_TAGS)
      for (const entry of dataFieldsWithLinked(ctx, tag)) checkField(entry, tag, findings);
    for (const tag of SUBJECT_TAGS) {
      for (const entry of dataFieldsWithLinked(ctx, tag)) {
        const ind2 = entry.field.ind2;
        if (ind2 === '0' || ind2 === '1' || (ind2 === '7' && subfieldValue(entry.field, '2') === 'sears'))
          checkField(entry, tag, findings);
      }
    }
    return findings;
  },
};

function checkField(entry: DataFieldEntry, tag: string, findings: Finding[]): void {
  const subfields = entry.field.subfields;
  let last = subfields.length - 1;
  while (last >= 0 && isDigitCode(subfields[last]!.code)) last--;
  if (last >= 0) {
    const { code, value } = subfields[last]!;
    if (!endsWithOneOf(value, ENDING_MARKS)) {
      findings.push(
        fieldFinding(
          headingPunctuation,
          entry,
          ruleText('heading-punctuation.no-final-period', placeParams(entry.field.tag, entry.occurrence, code)),
          { code, subfieldIndex: last },
        ),
      );
    } else if (value.endsWith(').')) {
      findings.push(
        fieldFinding(
          headingPunctuation,
          entry,
          ruleText('heading-punctuation.qualifier-period', placeParams(entry.field.tag, entry.occurrence, code)),
          { code, subfieldIndex: last },
        ),
      );
    }
  }
  for (let i = 1; i < subfields.length; i++) {
    const code = subfields[i]!.code;
    const before = subfields[i - 1]!.value;
    if (code === 'e' && RELATOR_E.has(tag) && !endsWithOneOf(before, ',-')) {
      findings.push(
        fieldFinding(
          headingPunctuation,
          entry,
          ruleText(
            'heading-punctuation.relator-comma',
            withParams(placeParams(entry.field.tag, entry.occurrence, 'e'), { previous: `$${subfields[i - 1]!.code}` }),
          ),
          { code, subfieldIndex: i },
        ),
      );
    } else if (code === 'l' && !endsBeforeLanguage(before)) {
      findings.push(
        fieldFinding(
          headingPunctuation,
          entry,
          ruleText(
            'heading-punctuation.language-period',
            withParams(placeParams(entry.field.tag, entry.occurrence, 'l'), { previous: `$${subfields[i - 1]!.code}` }),
          ),
          { code, subfieldIndex: i },
        ),
      );
    }
  }
}

/** Lintadditions' /(\S[.?!]$)|(-- [.?!]$)/ before $l. */
function endsBeforeLanguage(value: string): boolean {
  for (const mark of '.?!') if (endsWithUnspacedMark(value, mark) || value.endsWith(`-- ${mark}`)) return true;
  return false;
}
