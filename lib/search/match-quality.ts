import { allowedTypos, boundedEditDistance } from './edit-distance';

/**
 * How well a query word matches an indexed word, from 1 (same word) down to 0 (no match).
 * Exact beats a completed prefix ("reinstat" → "reinstating"), which beats a typo.
 */
export const QUALITY = {
  exact: 1,
  prefix: 0.6,
  typo: [0, 0.45, 0.3],
  /** A typo in a word still being typed ("withdrwa" → "withdrawal"). */
  prefixTypo: [0, 0.4, 0.25],
} as const;

export interface WordMatch {
  quality: number;
  /** Edits needed (0 for exact and prefix matches). */
  typos: number;
}

const EXACT: WordMatch = { quality: QUALITY.exact, typos: 0 };
const PREFIX: WordMatch = { quality: QUALITY.prefix, typos: 0 };
const TYPO: WordMatch[] = [EXACT, { quality: QUALITY.typo[1], typos: 1 }, { quality: QUALITY.typo[2], typos: 2 }];
const PREFIX_TYPO: WordMatch[] = [
  PREFIX,
  { quality: QUALITY.prefixTypo[1], typos: 1 },
  { quality: QUALITY.prefixTypo[2], typos: 2 },
];

export function matchWord(query: string, token: string): WordMatch | null {
  if (query === token) return EXACT;
  if (query.length >= 2 && token.startsWith(query)) return PREFIX;
  const max = allowedTypos(query.length);
  if (max === 0) return null;
  const whole = boundedEditDistance(query, token, max);
  if (whole === 1 || token.length <= query.length) return whole <= max ? TYPO[whole]! : null;
  // Compare with the token's beginnings of about the query's length, so a typo in a word still being
  // typed counts once ("withdrwa" is one edit from "withdraw…", two from "withdrawn").
  let prefix = max + 1;
  for (let length = query.length - 1; length <= query.length + 1 && length < token.length; length++) {
    prefix = Math.min(prefix, boundedEditDistance(query, token.slice(0, length), max));
  }
  if (prefix < whole) return PREFIX_TYPO[prefix]!;
  return whole <= max ? TYPO[whole]! : null;
}

export function matchQuality(query: string, token: string): number {
  return matchWord(query, token)?.quality ?? 0;
}
