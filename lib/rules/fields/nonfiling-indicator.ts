import type { Edit, Finding, Rule } from '../types';
import { dataFieldsWithLinked } from '../shared/linkage';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { subfieldValue, withIndicator } from '../shared/subfields';
import { readFirstWord } from '../shared/first-word';
import { allArticles, languagesWithArticles, lintArticles } from '../shared/initial-articles';
import { recordLanguage } from '../shared/record-language';
import type { DataFieldEntry } from '../shared/field-entry';
import { type MessageParams, type RuleMessageId, ruleText } from '../messages';

/** Title fields whose indicator counts non-filing characters, and which indicator it is. */
const NONFILING_INDICATOR: ReadonlyArray<readonly [string, 1 | 2]> = [
  ['130', 1],
  ['240', 2],
  ['245', 2],
  ['440', 2],
  ['630', 1],
  ['730', 1],
  ['830', 2],
];
const DIGIT = /^[0-9]$/;

/**
 * MARC::Lint's _check_article, made language-aware. Lint (which only runs it on 245) compares the
 * first word of $a with one language-blind list. Here, when the record's language is known
 * (008/35-37 or 041 $a), a word counts as an article only in the languages that use it, and a word
 * that is an article only in other languages ("La" in an English record) accepts 0 or its length.
 * With no known language we apply Lint's own list, so such records get Lint's answers. An article
 * attached to its word in Arabic or Hebrew script (880 "الأدب", "הספר") may be skipped or not.
 */
export const nonfilingIndicator: Rule = {
  id: 'nonfiling-indicator',
  title: 'Non-filing indicator matches the initial article',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'A wrong non-filing count files "The Hobbit" under T, or "Hobbit" under "bbit", in browse lists and sorted results.',
  source: 'https://www.loc.gov/marc/bibliographic/bdapndxf.html',
  check(ctx) {
    const findings: Finding[] = [];
    let language: string | null | undefined;
    for (const [tag, indicator] of NONFILING_INDICATOR) {
      const entries = dataFieldsWithLinked(ctx, tag);
      if (entries.length === 0) continue;
      if (language === undefined) language = recordLanguage(ctx);
      for (const entry of entries) checkField(entry, indicator, language, findings);
    }
    return findings;
  },
};

function checkField(entry: DataFieldEntry, indicator: 1 | 2, language: string | null, findings: Finding[]): void {
  const field = entry.field;
  const value = indicator === 1 ? field.ind1 : field.ind2;
  const { word, articleLength, isException } = readFirstWord(subfieldValue(field, 'a') ?? '');
  const known = language === null ? lintArticles.get(word) : allArticles.get(word);
  const articleHere = !isException && known !== undefined && (language === null || known.has(language));
  const articleElsewhere = !isException && !articleHere && language !== null && known !== undefined;
  const length = articleLength < 10 ? DIGITS[articleLength]! : String(articleLength);

  if (articleHere) {
    // Lint accepts 0 or 3 for "en": it is also the numeral "one" in Danish, Norwegian and Swedish.
    if (value === length || (word === 'en' && value === '0')) return;
    const fits = articleLength <= 9;
    findings.push(
      fieldFinding(
        nonfilingIndicator,
        entry,
        textAt(entry, indicator, fits ? 'nonfiling-indicator.article' : 'nonfiling-indicator.article-too-long', {
          word,
          length,
          value,
        }),
        { indicator, ...(fits ? { fix: setIndicator(entry, indicator, length, `skip the article "${word}"`) } : {}) },
      ),
    );
    return;
  }
  if (articleElsewhere) {
    if (value === '0' || value === length) return;
    findings.push(
      fieldFinding(
        nonfilingIndicator,
        entry,
        textAt(entry, indicator, 'nonfiling-indicator.article-elsewhere', {
          word,
          languages: [...known].join(', '),
          language,
          length,
          value,
        }),
        { indicator },
      ),
    );
    return;
  }
  if (value === '0') return;
  // An article written onto its word in Arabic or Hebrew script: skipping it (2 or 1) is right, so is 0.
  const attached = attachedArticleLength(subfieldValue(field, 'a') ?? '');
  if (attached !== null && (value === DIGITS[attached.counted] || value === DIGITS[attached.visible])) return;
  const digit = DIGIT.test(value);
  const safeToZero = language !== null && (languagesWithArticles.has(language) || !digit);
  findings.push(
    fieldFinding(
      nonfilingIndicator,
      entry,
      digit
        ? textAt(entry, indicator, NOT_AN_ARTICLE[`${word === '' ? 'none' : 'word'}${language ? '-in' : ''}`]!, {
            value,
            word,
            language: language ?? '',
          })
        : textAt(entry, indicator, 'nonfiling-indicator.not-digit', { value }),
      {
        indicator,
        ...(safeToZero ? { fix: setIndicator(entry, indicator, '0', 'the title has no initial article') } : {}),
      },
    ),
  );
}

/** Leading marks MARC::Lint skips before the first word; they count as non-filing characters too. */
const LEADING_MARKS = '"\'[(*';
/** Directional marks right-to-left editors put before a field's text (RLM, LRM, ALM). */
const DIRECTIONAL_MARKS = '\u200e\u200f\u061c';
const ARABIC_LETTER = /^[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]$/;
const HEBREW_LETTER = /^[\u05d0-\u05ea]$/;

/**
 * Non-filing characters of an article attached to its word in the original script: Arabic "ال" (al-, 2
 * characters) and Hebrew "ה" (ha-, 1 character) before another letter of their script, plus any leading
 * marks; null when the title does not start so. Appendix F lists these articles in romanized form ("al-",
 * "ha-"); in the script they carry no separator, so the first-word reading above cannot see them. A leading
 * directional mark is invisible: the count may include it (`counted`) or not (`visible`).
 * https://www.loc.gov/marc/bibliographic/bdapndxf.html
 */
function attachedArticleLength(title: string): { counted: number; visible: number } | null {
  let start = 0;
  let directional = 0;
  for (; start < title.length; start++) {
    const char = title.charAt(start);
    if (DIRECTIONAL_MARKS.includes(char)) directional++;
    else if (!LEADING_MARKS.includes(char)) break;
  }
  let article = 0;
  if (title.startsWith('\u0627\u0644', start) && ARABIC_LETTER.test(title.charAt(start + 2))) article = 2;
  else if (title.charAt(start) === '\u05d4' && HEBREW_LETTER.test(title.charAt(start + 1))) article = 1;
  if (article === 0) return null;
  return { counted: start + article, visible: start - directional + article };
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Whether there is a first word, and whether the record's language is known ("-in"): one message each. */
const NOT_AN_ARTICLE: Readonly<Record<string, RuleMessageId>> = {
  word: 'nonfiling-indicator.not-article',
  'word-in': 'nonfiling-indicator.not-article-in',
  none: 'nonfiling-indicator.no-first-word',
  'none-in': 'nonfiling-indicator.no-first-word-in',
};

/** A message placed at "Field 245 (occurrence 1), indicator 2". */
function textAt(entry: DataFieldEntry, indicator: 1 | 2, messageId: RuleMessageId, params: MessageParams) {
  return ruleText(messageId, Object.assign(placeParams(entry.field.tag, entry.occurrence), { indicator }, params));
}

function setIndicator(entry: DataFieldEntry, indicator: 1 | 2, digit: string, why: string): Edit {
  return {
    type: 'replace-field',
    fieldIndex: entry.fieldIndex,
    field: withIndicator(entry.field, indicator, digit),
    description: `Set indicator ${indicator} of ${entry.field.tag} to ${digit} (${why})`,
    safe: false,
  };
}
