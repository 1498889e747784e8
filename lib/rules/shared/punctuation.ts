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

/**
 * Script-specific forms of the ISBD marks, accepted wherever the ASCII mark is (with or without a space
 * before them, as those scripts set them): Arabic comma, semicolon and question mark (U+060C, U+061B, U+061F),
 * the ideographic comma and full stop (U+3001, U+3002) and the full-width forms CJK records use (U+FF01-FF1F).
 * MARC 21 880 examples give vernacular fields "in the punctuation of the script":
 * https://www.loc.gov/marc/bibliographic/bd880.html
 */
const SCRIPT_FORMS: Readonly<Record<string, string>> = {
  ':': '\uff1a',
  ';': '\u061b\uff1b',
  ',': '\u060c\u3001\uff0c',
  '.': '\u3002\uff0e',
  '/': '\uff0f',
  '=': '\uff1d',
  '+': '\uff0b',
  '?': '\u061f\uff1f',
  '!': '\uff01',
};

/** Directional marks right-to-left editors leave at the ends of subfields (LRM, RLM, ALM, embeddings, isolates). */
function isDirectionalMark(code: number): boolean {
  return (
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** The value with trailing directional marks dropped: they are invisible and not punctuation. */
function visibleEnd(value: string): string {
  let end = value.length;
  while (end > 0 && isDirectionalMark(value.charCodeAt(end - 1))) end--;
  return end === value.length ? value : value.slice(0, end);
}

/**
 * MARC-8 text the reader could not convert still holds escape sequences (ESC, 0x1B): its last characters
 * are code-table bytes, not the punctuation they stand for, so an end-of-value test cannot tell and passes.
 */
export function undecoded(value: string): boolean {
  return value.indexOf('\u001b') !== -1;
}

function isScriptForm(char: string, mark: string): boolean {
  const forms = SCRIPT_FORMS[mark];
  return forms !== undefined && char.length > 0 && forms.includes(char);
}

function isSpaceAt(value: string, index: number): boolean {
  return index >= 0 && WHITESPACE.test(value.charAt(index));
}

/** `\s` + mark at the end: " :" " ;" " /" " +" (or the script's own form of the mark). */
export function endsWithSpacedMark(value: string, mark: string): boolean {
  if (undecoded(value)) return true;
  const text = visibleEnd(value);
  const last = text.charAt(text.length - 1);
  if (isScriptForm(last, mark)) return true;
  return text.length >= 2 && last === mark && isSpaceAt(text, text.length - 2);
}

/** `\S` + mark at the end: "word," "word." (or the script's own form of the mark). */
export function endsWithUnspacedMark(value: string, mark: string): boolean {
  if (undecoded(value)) return true;
  const text = visibleEnd(value);
  const last = text.charAt(text.length - 1);
  if (isScriptForm(last, mark)) return true;
  return text.length >= 2 && last === mark && !isSpaceAt(text, text.length - 2);
}

/** MARC::Lint's /(\S\.$)|(-- \.$)/: a period after text, or after an elision dash ("-- ."). */
export function endsWithPeriod(value: string): boolean {
  return endsWithUnspacedMark(value, '.') || visibleEnd(value).endsWith('-- .');
}

/** MARC::Lint's /(\S,$)|(-- ,$)/. */
export function endsWithComma(value: string): boolean {
  return endsWithUnspacedMark(value, ',') || visibleEnd(value).endsWith('-- ,');
}

/** True when the last visible character is one of `marks` (or a script's form of one); undecoded text passes. */
export function endsWithOneOf(value: string, marks: string): boolean {
  if (undecoded(value)) return true;
  const text = visibleEnd(value);
  const last = text.charAt(text.length - 1);
  if (last.length === 0) return false;
  if (marks.includes(last)) return true;
  for (const mark of marks) if (isScriptForm(last, mark)) return true;
  return false;
}

/** MARC::Lint's / [:;=]$/: a space then one of the marks (or a script's form of one, spaced or not). */
export function endsWithSpaceThenOneOf(value: string, marks: string): boolean {
  if (undecoded(value)) return true;
  const text = visibleEnd(value);
  const last = text.charAt(text.length - 1);
  for (const mark of marks) if (isScriptForm(last, mark)) return true;
  return text.length >= 2 && marks.includes(last) && text.charAt(text.length - 2) === ' ';
}
