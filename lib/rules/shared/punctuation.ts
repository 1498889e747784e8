import type { RuleContext } from '../types';

/**
 * Leader/18 (descriptive cataloging form) "c" or "n": ISBD punctuation deliberately omitted at
 * subfield ends (PCC minimal punctuation guidelines). Punctuation checks do not apply then.
 * https://www.loc.gov/marc/bibliographic/bdleader.html
 */
export function omitsIsbdPunctuation(ctx: RuleContext): boolean {
  const form = ctx.record?.leader.charAt(18);
  return form === 'c' || form === 'n';
}

/**
 * Leader/18 "a" (AACR2) or "i" (ISBD punctuation included): the record claims ISBD punctuation.
 * Blank means non-ISBD (mostly pre-1974 records), where "Chicago, Mallen, 1899." is correct.
 */
export function claimsIsbdPunctuation(ctx: RuleContext): boolean {
  const form = ctx.record?.leader.charAt(18);
  return form === 'a' || form === 'i';
}

// End-of-value tests written with character comparisons: V8 runs an end-anchored regular expression
// such as / :$/ over the whole string, and these run on most subfields of every record.

const WHITESPACE = /\s/;

function isSpaceAt(value: string, index: number): boolean {
  return index >= 0 && WHITESPACE.test(value.charAt(index));
}

/** `\s` + mark at the end: " :" " ;" " /" " +". */
export function endsWithSpacedMark(value: string, mark: string): boolean {
  return value.length >= 2 && value.charAt(value.length - 1) === mark && isSpaceAt(value, value.length - 2);
}

/** `\S` + mark at the end: "word," "word.". */
export function endsWithUnspacedMark(value: string, mark: string): boolean {
  return value.length >= 2 && value.charAt(value.length - 1) === mark && !isSpaceAt(value, value.length - 2);
}

/** MARC::Lint's /(\S\.$)|(-- \.$)/: a period after text, or after an elision dash ("-- ."). */
export function endsWithPeriod(value: string): boolean {
  return endsWithUnspacedMark(value, '.') || value.endsWith('-- .');
}

/** MARC::Lint's /(\S,$)|(-- ,$)/. */
export function endsWithComma(value: string): boolean {
  return endsWithUnspacedMark(value, ',') || value.endsWith('-- ,');
}

/** True when the last character is one of `marks`. */
export function endsWithOneOf(value: string, marks: string): boolean {
  return value.length > 0 && marks.includes(value.charAt(value.length - 1));
}

/** MARC::Lint's / [:;=]$/: a space then one of the marks. */
export function endsWithSpaceThenOneOf(value: string, marks: string): boolean {
  return value.length >= 2 && marks.includes(value.charAt(value.length - 1)) && value.charAt(value.length - 2) === ' ';
}
