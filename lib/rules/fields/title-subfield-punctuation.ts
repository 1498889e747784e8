import type { DataField } from '../../marc/types';
import type { Edit, Finding, Rule } from '../types';
import { dataFieldsWithLinked } from '../shared/linkage';
import {
  endsWithComma,
  endsWithPeriod,
  endsWithSpacedMark,
  endsWithSpaceThenOneOf,
  claimsIsbdPunctuation,
} from '../shared/punctuation';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { withSubfieldValue } from '../shared/subfields';
import type { DataFieldEntry } from '../shared/field-entry';
import { type RuleMessageId, ruleText } from '../messages';

// MARC::Lint 1.53 check_245's patterns, narrowed: Lint's /\b\w\. \b\w\./ also takes a degree after a name
// ("Williams, B. A.", "M. D.") for spaced initials. Initials belong to a name, so a run of spaced initials is
// reported only when a capitalised name follows it and no comma precedes it (a degree follows the name).
const SPACED_INITIALS = /(?<!,\s*)\b\p{Lu}\. (?:\p{Lu}\. )*?\p{Lu}\.(?= \p{Lu}[\p{Ll}\p{M}'’-])/u;
const IE_INITIALS = /\[\bi\.e\. \b\w\..*\]/;
// Lint's /^\[\w*\s*\w*\]/ allows two words. MARC 21 and AACR2 1.1C also give a qualifier in parentheses
// inside the brackets ("[text (large print)]", "[(large type)]"), and GMDs of more words ("[sound recording]").
// Letters as \p{L}: Perl's \w on decoded text covers letters with diacritics ("[Texte imprimé]").
const BRACKETED_GMD =
  /^\[(?=[^\]])[\p{L}\p{M}\p{N}_]*(?:[\s-]+[\p{L}\p{M}\p{N}_]+)*\s*(?:\([\p{L}\p{M}\p{N}_\s-]+\))?\]/u;
/** Where " /" can simply be appended to close the preceding element. */
const ENDS_WITH_WORD = /[\p{L}\p{N}\])]$/u;
const SLASH_WITHOUT_SPACE = /\S\/$/;
const WHITESPACE = /\s/;

/**
 * MARC::Lint check_245 ISBD punctuation: " /" before $c, " :", " ;" or " =" before $b, no space before
 * $h and brackets around it (a parenthesised qualifier may follow the term inside them), "." before $n,
 * "," (after $n) or "." before $p; unspaced initials in $c (a degree after a name is not initials).
 * Checked only when Leader/18 claims ISBD punctuation (a, i): blank (non-ISBD) and c, n (omitted) records
 * punctuate otherwise and correctly; Lint checks regardless.
 */
export const titleSubfieldPunctuation: Rule = {
  id: 'title-subfield-punctuation',
  title: '245 punctuation between subfields',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'ISBD punctuation before each 245 subfield is what displays show between title, subtitle and responsibility.',
  source: 'https://www.loc.gov/marc/bibliographic/bd245.html',
  check(ctx) {
    if (!claimsIsbdPunctuation(ctx)) return [];
    const findings: Finding[] = [];
    for (const entry of dataFieldsWithLinked(ctx, '245')) checkField(entry, findings);
    return findings;
  },
};

function checkField(entry: DataFieldEntry, findings: Finding[]): void {
  const subfields = entry.field.subfields;
  let checkedC = false;
  for (let i = 1; i < subfields.length; i++) {
    const { code, value } = subfields[i]!;
    const before = subfields[i - 1]!.value;
    switch (code) {
      case 'c':
        // Lint looks at the first $c only.
        if (checkedC) break;
        checkedC = true;
        if (!endsWithSpacedMark(before, '/')) {
          reportAt(findings, entry, i, 'title-subfield-punctuation.c-slash', slashFix(entry, i - 1, before));
        }
        if (SPACED_INITIALS.test(value) && !IE_INITIALS.test(value)) {
          reportAt(findings, entry, i, 'title-subfield-punctuation.c-spaced-initials');
        }
        break;
      case 'b':
        if (!endsWithSpaceThenOneOf(before, ':;=')) {
          reportAt(findings, entry, i, 'title-subfield-punctuation.b-mark');
        }
        break;
      case 'h':
        if (!(before.length > 0 && !WHITESPACE.test(before.charAt(before.length - 1))) && !before.endsWith('-- '))
          reportAt(findings, entry, i, 'title-subfield-punctuation.h-space');
        if (!BRACKETED_GMD.test(value)) reportAt(findings, entry, i, 'title-subfield-punctuation.h-brackets');
        break;
      case 'n':
        if (!endsWithPeriod(before)) reportAt(findings, entry, i, 'title-subfield-punctuation.n-period');
        break;
      case 'p':
        if (subfields[i - 1]!.code === 'n') {
          if (!endsWithComma(before)) reportAt(findings, entry, i, 'title-subfield-punctuation.p-comma');
        } else if (!endsWithPeriod(before)) {
          reportAt(findings, entry, i, 'title-subfield-punctuation.p-period');
        }
        break;
    }
  }
}

function reportAt(
  findings: Finding[],
  entry: DataFieldEntry,
  index: number,
  messageId: RuleMessageId,
  fix?: Edit,
): void {
  const code = entry.field.subfields[index]!.code;
  const message = ruleText(messageId, placeParams(entry.field.tag, entry.occurrence, code));
  findings.push(
    fieldFinding(titleSubfieldPunctuation, entry, message, {
      code,
      subfieldIndex: index,
      ...(fix ? { fix } : {}),
    }),
  );
}

/** " /" is safe to add after a word, or a space before a "/" already there; otherwise we do not guess. */
function slashFix(entry: DataFieldEntry, index: number, before: string): Edit | undefined {
  let value: string | null = null;
  if (SLASH_WITHOUT_SPACE.test(before)) value = `${before.slice(0, -1)} /`;
  else if (ENDS_WITH_WORD.test(before)) value = `${before} /`;
  if (value === null) return undefined;
  const field: DataField = withSubfieldValue(entry.field, index, value);
  return {
    type: 'replace-field',
    fieldIndex: entry.fieldIndex,
    field,
    description: `End the subfield before ${entry.field.tag} $c with " /"`,
    safe: true,
  };
}
