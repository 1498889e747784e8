import { matchWord, type WordMatch } from './match-quality';
import { isStopWord, queryTokens, tokenize } from './tokenize';

/** A field to index: its weight, and how to read its text from a document. */
export interface SearchField<T> {
  name: string;
  weight: number;
  text(doc: T): string | readonly string[];
}

export interface SearchResult<T> {
  doc: T;
  /** Weighted relevance (field weights × match quality, saturating per query word). */
  score: number;
  /** Query words the document matched. */
  matchedWords: number;
  /** Query words it matched as whole words, not only as a prefix or with a typo. */
  exactWords: number;
  /** Edits needed across its best matches. */
  typos: number;
}

export interface SearchIndex<T> {
  search(query: string, options?: { limit?: number }): SearchResult<T>[];
}

/** Per query word, weighted matches add up but saturate, so one very repetitive document cannot win alone (as in BM25). */
const SATURATION = 4;
const NO_TYPO_YET = 99;

/**
 * An in-memory index for instant, offline, typo-tolerant search over a few hundred documents.
 * Built once; a query scans the vocabulary (a few thousand words), well under a millisecond.
 *
 * Ranking goes tier by tier, like Algolia's default: more query words matched; then fewer typos;
 * then more words matched exactly (so "withdraw" puts documents about withdrawing before ones that only
 * say "withdrawn"); then the weighted score; then the documents' original order. Deterministic.
 */
export function createSearchIndex<T>(docs: readonly T[], fields: readonly SearchField<T>[]): SearchIndex<T> {
  /** word → [document position, summed field weight × occurrences] */
  const postings = new Map<string, Array<[number, number]>>();
  docs.forEach((doc, position) => {
    const weights = new Map<string, number>();
    for (const field of fields) {
      const value = field.text(doc);
      for (const text of typeof value === 'string' ? [value] : value) {
        for (const token of tokenize(text)) {
          if (!isStopWord(token)) weights.set(token, (weights.get(token) ?? 0) + field.weight);
        }
      }
    }
    for (const [token, weight] of weights) {
      let list = postings.get(token);
      if (!list) postings.set(token, (list = []));
      list.push([position, weight]);
    }
  });
  const vocabulary = [...postings.keys()];

  function search(query: string, options: { limit?: number } = {}): SearchResult<T>[] {
    const words = queryTokens(query);
    if (words.length === 0) {
      return docs.slice(0, options.limit).map((doc) => ({ doc, score: 0, matchedWords: 0, exactWords: 0, typos: 0 }));
    }
    const n = docs.length;
    const score = new Float64Array(n);
    const matched = new Uint16Array(n);
    const exact = new Uint16Array(n);
    const typos = new Uint16Array(n);
    const raw = new Float64Array(n);
    const fewestTypos = new Uint8Array(n);
    const hasExact = new Uint8Array(n);
    for (const word of words) {
      raw.fill(0);
      fewestTypos.fill(NO_TYPO_YET);
      hasExact.fill(0);
      for (const token of vocabulary) {
        const match: WordMatch | null = matchWord(word, token);
        if (!match) continue;
        const isExact = token === word ? 1 : 0;
        for (const [position, weight] of postings.get(token)!) {
          raw[position]! += match.quality * weight;
          if (match.typos < fewestTypos[position]!) fewestTypos[position] = match.typos;
          hasExact[position]! |= isExact;
        }
      }
      for (let i = 0; i < n; i++) {
        const value = raw[i]!;
        if (value === 0) continue;
        score[i]! += (value * (SATURATION + 1)) / (value + SATURATION);
        matched[i]!++;
        exact[i]! += hasExact[i]!;
        typos[i]! += fewestTypos[i]!;
      }
    }
    const positions: number[] = [];
    for (let i = 0; i < n; i++) if (matched[i]! > 0) positions.push(i);
    positions.sort(
      (a, b) =>
        matched[b]! - matched[a]! || typos[a]! - typos[b]! || exact[b]! - exact[a]! || score[b]! - score[a]! || a - b,
    );
    return positions.slice(0, options.limit).map((i) => ({
      doc: docs[i]!,
      score: score[i]!,
      matchedWords: matched[i]!,
      exactWords: exact[i]!,
      typos: typos[i]!,
    }));
  }

  return { search };
}
