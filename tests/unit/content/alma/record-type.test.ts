import { describe, expect, it } from 'vitest';
import { detectRecordType, recordTypeFromHeader } from '../../../../content/alma/record-type';

describe('recordTypeFromHeader (docs/alma-evidence.md §2.3)', () => {
  it.each([
    ['MARC21 Bibliographic', 'bib'],
    ['MARC21 (Bib)', 'bib'],
    ['MARC21 Bibliografisch', 'bib'],
    ['marc 21 bib', 'bib'],
    ['Bibliographic - Report (1998) (99123406532)', 'bib'],
    ['Holdings', 'holdings'],
    ['MARC21 Holdings', 'holdings'],
    ['Bestand', 'holdings'],
    ['Holding - Main (22123406532)', 'holdings'],
    // The label written first wins over a title quoting the other.
    ['Bibliographic - Holdings of the Smith papers (99123406532)', 'bib'],
    ['GND (Community)', null],
    ['(991234506532)', null],
  ] as const)('%s → %s', (text, type) => {
    expect(recordTypeFromHeader(text)).toBe(type);
  });
});

describe('detectRecordType', () => {
  it('trusts leader/06 before any header', () => {
    expect(detectRecordType({ leader: '     nv  a22     un 4500', headerText: 'MARC21 Bibliographic' })).toBe(
      'holdings',
    );
    expect(detectRecordType({ leader: '     nam a22     7i 4500', headerText: 'Holdings' })).toBe('bib');
  });

  it('falls back to the header, then to the fields', () => {
    expect(detectRecordType({ leader: null, headerText: 'Bestand' })).toBe('holdings');
    expect(detectRecordType({ leader: '', headerText: 'MARC21 Bibliografisch', tags: new Set(['852']) })).toBe('bib');
    expect(detectRecordType({ leader: null, headerText: null, tags: new Set(['852', '866']) })).toBe('holdings');
  });
});
