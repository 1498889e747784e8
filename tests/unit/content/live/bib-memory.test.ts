import { beforeEach, describe, expect, it } from 'vitest';
import { BIB_MEMORY_KEY, BIB_MEMORY_LIMIT, recallBib, rememberBib } from '../../../../content/live/bib-memory';
import type { MarcRecord } from '../../../../lib/marc/types';

const record = (title: string): MarcRecord => ({
  leader: '00000nam a2200000 a 4500',
  fields: [{ tag: '245', ind1: '0', ind2: '0', subfields: [{ code: 'a', value: title }] }],
});

describe('bib memory', () => {
  beforeEach(() => sessionStorage.clear());

  it('recalls a remembered bib by MMS ID, and nothing for an unknown or missing id', () => {
    rememberBib(sessionStorage, '991', record('One'));
    expect(recallBib(sessionStorage, '991')).toEqual(record('One'));
    expect(recallBib(sessionStorage, '992')).toBeUndefined();
    expect(recallBib(sessionStorage, null)).toBeUndefined();
  });

  it('keeps only the most recently seen bibs', () => {
    for (let i = 0; i <= BIB_MEMORY_LIMIT; i++) rememberBib(sessionStorage, `99${i}`, record(String(i)), i);
    expect(recallBib(sessionStorage, '990')).toBeUndefined();
    expect(recallBib(sessionStorage, `99${BIB_MEMORY_LIMIT}`)).toBeDefined();
  });

  it('survives a corrupt or foreign value, and a storage that refuses writes', () => {
    sessionStorage.setItem(BIB_MEMORY_KEY, '{not json');
    expect(recallBib(sessionStorage, '991')).toBeUndefined();
    sessionStorage.setItem(BIB_MEMORY_KEY, JSON.stringify({ 991: { record: { leader: 5 } } }));
    expect(recallBib(sessionStorage, '991')).toBeUndefined();
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    expect(() => rememberBib(full, '991', record('One'))).not.toThrow();
  });
});
