/**
 * How many characters an initial article takes, counted the way MARC::Lint's _check_article counts
 * them: leading quotes/brackets/parentheses/asterisks, the word, its separator, and quotes, brackets
 * or spaces before the second word ("The 'Wild' ..." → 5).
 */
import { articleExceptions } from './initial-articles';

const LEADING_MARK = /^["'[(*]/;
const FIRST_WORD = /^([^ ()[\]'"-]+)([ ()[\]'"-])?(.*)/;
const STARTS_WITH_SEPARATOR = /^[ ()[\]'"-]+/;
const MARK_BEFORE_SECOND_WORD = /^[ "'[\]()*]/;

export interface FirstWord {
  /** The first word, lower-cased ("" when the title starts with a separator or is empty). */
  word: string;
  /** Non-filing characters if this word is an article (may exceed 9). */
  articleLength: number;
  /** The title starts with a phrase that only looks like an article ("A to Z", "Los Angeles"). */
  isException: boolean;
}

export function readFirstWord(title: string): FirstWord {
  let rest = title;
  let leading = 0;
  while (LEADING_MARK.test(rest)) {
    leading++;
    rest = rest.slice(1);
  }
  const match = FIRST_WORD.exec(rest);
  const word = match?.[1] ?? '';
  const separator = match?.[2] ?? '';
  let after = match?.[3] ?? '';
  let articleLength = word.length + leading + 1;
  if (separator && STARTS_WITH_SEPARATOR.test(after)) {
    while (MARK_BEFORE_SECOND_WORD.test(after)) {
      articleLength++;
      after = after.slice(1);
    }
  }
  const lower = rest.toLowerCase();
  let isException = false;
  for (let i = 0; i < articleExceptions.length; i++) {
    if (lower.startsWith(articleExceptions[i]!)) {
      isException = true;
      break;
    }
  }
  return { word: word.toLowerCase(), articleLength, isException };
}
