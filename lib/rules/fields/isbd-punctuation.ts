import type { Finding, Rule } from '../types';
import { dataFieldsWithLinked } from '../shared/linkage';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import {
  claimsIsbdPunctuation,
  endsWithComma,
  endsWithOneOf,
  endsWithPeriod,
  endsWithSpacedMark,
  endsWithSpaceThenOneOf,
  endsWithUnspacedMark,
} from '../shared/punctuation';
import type { DataFieldEntry } from '../shared/field-entry';
import { type RuleMessageId, ruleText, withParams } from '../messages';

interface Expectation {
  /** True when the previous subfield ends as required. */
  test: (value: string) => boolean;
  /** The message naming the punctuation (marks in quotes, or words: one id per expectation). */
  messageId: RuleMessageId;
}

const SPACE_COLON: Expectation = {
  test: (v) => endsWithSpacedMark(v, ':'),
  messageId: 'isbd-punctuation.before-colon',
};
const SPACE_SEMICOLON: Expectation = {
  test: (v) => endsWithSpacedMark(v, ';'),
  messageId: 'isbd-punctuation.before-semicolon',
};
const COMMA: Expectation = { test: endsWithComma, messageId: 'isbd-punctuation.before-comma' };
const PERIOD: Expectation = { test: endsWithPeriod, messageId: 'isbd-punctuation.before-period' };
const PARALLEL_OR_OTHER: Expectation = {
  test: (v) => endsWithSpaceThenOneOf(v, ':;='),
  messageId: 'isbd-punctuation.before-colon-semicolon-or-equals',
};
const NO_SPACE_COMMA: Expectation = {
  test: (v) => endsWithUnspacedMark(v, ','),
  messageId: 'isbd-punctuation.before-comma',
};
const SPACE_PLUS: Expectation = { test: (v) => endsWithSpacedMark(v, '+'), messageId: 'isbd-punctuation.before-plus' };

/**
 * Punctuation that must end the subfield before each code (MARC::Lintadditions check_246, check_260,
 * check_300, check_440, check_490). $p after $n takes a comma instead of a period.
 */
const BEFORE: Readonly<Record<string, Readonly<Record<string, Expectation>>>> = {
  '246': { b: PARALLEL_OR_OTHER, n: PERIOD, p: PERIOD },
  '260': { a: SPACE_SEMICOLON, b: SPACE_COLON, c: NO_SPACE_COMMA },
  '300': { b: SPACE_COLON, c: SPACE_SEMICOLON, e: SPACE_PLUS },
  '440': { n: PERIOD, p: PERIOD, x: COMMA, v: SPACE_SEMICOLON },
  '490': { x: COMMA, v: SPACE_SEMICOLON },
};
const TAGS = Object.keys(BEFORE);
const ENDING_TAGS = ['250', '260'] as const;

/** How the whole field must end (MARC::Lintadditions check_250, check_260). */
const ENDING: Readonly<Record<string, Expectation>> = {
  '250': { test: (v) => v.endsWith('.'), messageId: 'isbd-punctuation.end-period' },
  '260': { test: (v) => endsWithOneOf(v, '.])->'), messageId: 'isbd-punctuation.end-period-or-closing' },
};

/**
 * ISBD punctuation in 246, 250, 260, 300, 440 and 490, as MARC::Lintadditions checks it, but only in
 * records whose leader/18 claims ISBD punctuation (a, i): Lintadditions also checks non-ISBD records
 * (leader/18 blank, c, n), where other punctuation is correct.
 */
export const isbdPunctuation: Rule = {
  id: 'isbd-punctuation',
  title: 'ISBD punctuation in 246, 250, 260, 300, 440, 490',
  defaultSeverity: 'info',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Displays run these subfields together; the ISBD marks between them are what keep edition, place, publisher and date apart.',
  source: 'https://www.loc.gov/marc/bibliographic/bdintro.html',
  check(ctx) {
    if (!claimsIsbdPunctuation(ctx)) return [];
    const findings: Finding[] = [];
    for (const tag of TAGS) {
      const expectations = BEFORE[tag]!;
      for (const entry of dataFieldsWithLinked(ctx, tag)) checkPreceding(entry, tag, expectations, findings);
    }
    for (const tag of ENDING_TAGS) {
      for (const entry of dataFieldsWithLinked(ctx, tag)) checkEnding(entry, ENDING[tag]!, findings);
    }
    return findings;
  },
};

function checkPreceding(
  entry: DataFieldEntry,
  tag: string,
  expectations: Readonly<Record<string, Expectation>>,
  findings: Finding[],
): void {
  const subfields = entry.field.subfields;
  for (let i = 1; i < subfields.length; i++) {
    const code = subfields[i]!.code;
    let expected = expectations[code];
    if (!expected) continue;
    const previous = subfields[i - 1]!;
    // A $a right after $6 (or $3, $8) is the first element, not a repeated place.
    if (tag === '260' && code === 'a' && (previous.code === '6' || previous.code === '3' || previous.code === '8'))
      continue;
    if (code === 'p' && previous.code === 'n') expected = COMMA;
    if (expected.test(previous.value)) continue;
    findings.push(
      fieldFinding(
        isbdPunctuation,
        entry,
        ruleText(
          expected.messageId,
          withParams(placeParams(entry.field.tag, entry.occurrence, code), { previous: `$${previous.code}` }),
        ),
        { code, subfieldIndex: i },
      ),
    );
  }
}

function checkEnding(entry: DataFieldEntry, expected: Expectation, findings: Finding[]): void {
  const subfields = entry.field.subfields;
  const last = subfields[subfields.length - 1];
  if (!last || expected.test(last.value)) return;
  findings.push(
    fieldFinding(
      isbdPunctuation,
      entry,
      ruleText(expected.messageId, placeParams(entry.field.tag, entry.occurrence, last.code)),
      { code: last.code, subfieldIndex: subfields.length - 1 },
    ),
  );
}
