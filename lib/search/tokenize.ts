/**
 * Text → search tokens: lowercase, accents removed, split on anything that is not a letter or digit.
 * Hyphenated and slashed compounds also yield the joined form, so "multi-volume" is found by
 * "multivolume" and "bound-with" by "boundwith".
 */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'how',
  'in',
  'into',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'the',
  'their',
  'then',
  'this',
  'to',
  'when',
  'with',
]);

export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const SPLIT = /[^\p{L}\p{N}]+/u;
const COMPOUND = /^[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+$/u;

/** Every token of the text, stop words included (the query side decides whether to drop them). */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const chunk of foldText(text).split(/\s+/)) {
    if (chunk === '') continue;
    for (const part of chunk.split(SPLIT)) if (part !== '') tokens.push(part);
    const trimmed = chunk.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (COMPOUND.test(trimmed)) tokens.push(trimmed.replace(/[-/]/g, ''));
  }
  return tokens;
}

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

/** Query tokens without stop words, unless the query is nothing but stop words. Duplicates removed. */
export function queryTokens(query: string): string[] {
  const all = [...new Set(tokenize(query))];
  const meaningful = all.filter((token) => !isStopWord(token));
  return meaningful.length > 0 ? meaningful : all;
}
