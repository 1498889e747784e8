import { describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchField } from '../../../lib/search';

interface Doc {
  id: string;
  title: string;
  keywords: string[];
  summary: string;
}

const fields: SearchField<Doc>[] = [
  { name: 'title', weight: 3, text: (d) => d.title },
  { name: 'keywords', weight: 2, text: (d) => d.keywords },
  { name: 'summary', weight: 1, text: (d) => d.summary },
];

const doc = (id: string, title: string, keywords: string[], summary: string): Doc => ({ id, title, keywords, summary });

describe('createSearchIndex', () => {
  it('weights title over keywords over summary', () => {
    const docs = [
      doc('in-summary', 'Alpha', [], 'About barcodes'),
      doc('in-keywords', 'Beta', ['barcodes'], 'Other'),
      doc('in-title', 'Barcodes', [], 'Other'),
    ];
    const ids = createSearchIndex(docs, fields)
      .search('barcodes')
      .map((r) => r.doc.id);
    expect(ids).toEqual(['in-title', 'in-keywords', 'in-summary']);
  });

  it('puts documents matching more query words first', () => {
    const docs = [
      doc('one', 'Holdings holdings holdings', ['holdings'], 'holdings'),
      doc('both', 'OCLC', [], 'holdings'),
    ];
    const results = createSearchIndex(docs, fields).search('oclc holdings');
    expect(results.map((r) => [r.doc.id, r.matchedWords])).toEqual([
      ['both', 2],
      ['one', 1],
    ]);
  });

  it('puts whole-word matches before prefix-only ones, and typo-free before typos', () => {
    const docs = [
      doc('prefix-in-title', 'Withdrawn things', ['withdrawn'], 'withdrawn'),
      doc('exact-in-summary', 'Other', [], 'Withdraw it'),
    ];
    const index = createSearchIndex(docs, fields);
    expect(index.search('withdraw').map((r) => r.doc.id)).toEqual(['exact-in-summary', 'prefix-in-title']);
    // While the word is still being typed, neither is exact and the weights decide.
    expect(index.search('withdr').map((r) => r.doc.id)).toEqual(['prefix-in-title', 'exact-in-summary']);
    const typo = [doc('typo', 'Barcode', [], ''), doc('clean', 'Other', [], 'barcdoe')];
    expect(
      createSearchIndex(typo, fields)
        .search('barcdoe')
        .map((r) => [r.doc.id, r.typos]),
    ).toEqual([
      ['clean', 0],
      ['typo', 1],
    ]);
  });

  it('is deterministic: equal documents keep their original order', () => {
    const docs = ['c', 'a', 'b'].map((id) => doc(id, 'Same title', [], ''));
    const index = createSearchIndex(docs, fields);
    expect(index.search('same').map((r) => r.doc.id)).toEqual(['c', 'a', 'b']);
    expect(index.search('same')).toEqual(index.search('same'));
  });

  it('returns everything for an empty query and honours the limit', () => {
    const docs = ['a', 'b', 'c'].map((id) => doc(id, id, [], ''));
    const index = createSearchIndex(docs, fields);
    expect(index.search('').map((r) => r.doc.id)).toEqual(['a', 'b', 'c']);
    expect(index.search('', { limit: 2 })).toHaveLength(2);
    expect(index.search('zzzz')).toEqual([]);
  });

  it('answers a query over a few hundred documents fast enough to search on every keystroke', () => {
    const words = [
      'holdings',
      'items',
      'withdrawal',
      'barcode',
      'oclc',
      'relink',
      'deposit',
      'serial',
      'volume',
      'record',
    ];
    const docs = Array.from({ length: 300 }, (_, i) =>
      doc(
        `d${i}`,
        `${words[i % 10]} ${words[(i * 3) % 10]} number ${i}`,
        [words[(i * 7) % 10]!],
        `summary ${i} ${words[(i + 1) % 10]}`,
      ),
    );
    const index = createSearchIndex(docs, fields);
    const started = performance.now();
    for (let i = 0; i < 200; i++) index.search(i % 2 ? 'withdrwa itmes' : 'holdings');
    // 10 ms per query is a generous bound for a loaded 2-core machine (typically under 1 ms).
    expect((performance.now() - started) / 200).toBeLessThan(10);
  });
});
