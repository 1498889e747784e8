/**
 * How many characters an initial article takes, counted the way MARC::Lint's _check_article counts
 * them: leading quotes/brackets/parentheses/asterisks, the word, its separator, and quotes, brackets
 * or spaces before the second word ("The 'Wild' ..." → 5).
 */
import { articleExceptions } from './initial-articles';

// Character classes of Lint's regular expressions, tested one character at a time (no allocation).
const LEADING_MARKS = '"\'[(*';
const WORD_SEPARATORS = ' ()[]\'"-';
const MARKS_BEFORE_SECOND_WORD = ' "\'[]()*';

export interface FirstWord {
  /** The first word, lower-cased ("" when the title starts with a separator or is empty). */
  word: string;
  /** Non-filing characters if this word is an article (may exceed 9). */
  articleLength: number;
  /** The title starts with a phrase that only looks like an article ("A to Z", "Los Angeles"). */
  isException: boolean;
}

export function readFirstWord(title: string): FirstWord {
  let start = 0;
  while (start < title.length && LEADING_MARKS.includes(title.charAt(start))) start++;
  let end = start;
  while (end < title.length && !WORD_SEPARATORS.includes(title.charAt(end))) end++;
  // Lint's /^([^ ()[\]'"-]+)([ ()[\]'"-])?(.*)/ needs at least one word character.
  const word = end > start ? title.slice(start, end) : '';
  let articleLength = word.length + start + 1;
  const separator = word !== '' && end < title.length;
  if (separator && WORD_SEPARATORS.includes(title.charAt(end + 1))) {
    for (let i = end + 1; i < title.length && MARKS_BEFORE_SECOND_WORD.includes(title.charAt(i)); i++) articleLength++;
  }
  return { word: word.toLowerCase(), articleLength, isException: startsWithException(title, start) };
}

/** First letters of the exceptions (both cases): a title starting otherwise needs no comparison. */
const EXCEPTION_INITIALS = new Set(
  articleExceptions.flatMap((exception) => [exception.charAt(0), exception.charAt(0).toUpperCase()]),
);

function startsWithException(title: string, start: number): boolean {
  if (!EXCEPTION_INITIALS.has(title.charAt(start))) return false;
  // The longest exception is 12 characters: lower-case no more of a long title than needed.
  const lower = title.slice(start, start + 16).toLowerCase();
  for (let i = 0; i < articleExceptions.length; i++) if (lower.startsWith(articleExceptions[i]!)) return true;
  return false;
}
