import type { Finding, Rule } from '../types';
import { dataFieldsWithLinked } from '../shared/linkage';
import { endsWithOneOf, omitsIsbdPunctuation, undecoded } from '../shared/punctuation';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { withSubfieldValue } from '../shared/subfields';
import { ruleText, withParams } from '../messages';

/** A period can simply be added after a letter, digit, closing bracket or quote (not after ISBD marks like " /"). */
const PERIOD_CAN_FOLLOW = /[\p{L}\p{N}\])"'’»]$/u;
const TRAILING_SPACE = /\s+$/;

/**
 * MARC::Lint check_245: the field must end with a period (LCRI 1.0C; LC-PCC PS 1.7.1), and "?" or "!"
 * at the end gets a reminder that LC practice still adds the period. Not checked when leader/18 says
 * ISBD punctuation is omitted (c, n: PCC minimal punctuation); Lint checks regardless. In non-ISBD records
 * (Leader/18 blank, https://www.loc.gov/marc/bibliographic/bdleader.html) only an ending in a joining mark is reported.
 */
export const titleEndingPeriod: Rule = {
  id: 'title-ending-period',
  title: '245 ends with a period',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'LC and PCC practice ends the title statement with a period; missing ending punctuation usually means a truncated 245.',
  source: 'https://www.loc.gov/marc/bibliographic/bd245.html',
  // The closing period is an AACR2/ISBD punctuation habit (records with leader/18 c are already left alone).
  policy: { group: 'isbd', document: 'AACR2 and ISBD punctuation as shown in the MARC 21 examples (bd245)' },
  check(ctx) {
    if (omitsIsbdPunctuation(ctx)) return [];
    const nonIsbd = ctx.record?.leader.charAt(18) === ' ';
    const findings: Finding[] = [];
    for (const entry of dataFieldsWithLinked(ctx, '245')) {
      const subfields = entry.field.subfields;
      const lastIndex = subfields.length - 1;
      if (lastIndex < 0) continue;
      const last = subfields[lastIndex]!;
      // Unconverted MARC-8 ends in code-table bytes: whether a period is there cannot be told.
      if (undecoded(last.value)) continue;
      if (endsWithOneOf(last.value, '?!')) {
        findings.push(
          fieldFinding(
            titleEndingPeriod,
            entry,
            ruleText(
              'title-ending-period.after-mark',
              withParams(placeParams(entry.field.tag, entry.occurrence, last.code), { end: last.value.slice(-1) }),
            ),
            { code: last.code, subfieldIndex: lastIndex },
          ),
        );
        continue;
      }
      if (endsWithOneOf(last.value, '.')) continue;
      const trimmed = last.value.replace(TRAILING_SPACE, '');
      // Non-ISBD records (Leader/18 blank) follow no ISBD ending convention: "by Ralph Connor [pseud.]" is
      // complete. Only an ending in a joining mark ("hygiene,", "republic;"), the sign of a cut-off field, is reported.
      if (nonIsbd && PERIOD_CAN_FOLLOW.test(trimmed)) continue;
      const fixed = trimmed.endsWith('.') ? trimmed : PERIOD_CAN_FOLLOW.test(trimmed) ? `${trimmed}.` : null;
      findings.push(
        fieldFinding(
          titleEndingPeriod,
          entry,
          ruleText(
            fixed ? 'title-ending-period.missing' : 'title-ending-period.missing-cut',
            withParams(placeParams(entry.field.tag, entry.occurrence, last.code), { end: last.value.slice(-1) }),
          ),
          {
            code: last.code,
            subfieldIndex: lastIndex,
            ...(fixed
              ? {
                  fix: {
                    type: 'replace-field' as const,
                    fieldIndex: entry.fieldIndex,
                    field: withSubfieldValue(entry.field, lastIndex, fixed),
                    description: `End ${entry.field.tag} $${last.code} with a period`,
                    safe: false,
                  },
                }
              : {}),
          },
        ),
      );
    }
    return findings;
  },
};
