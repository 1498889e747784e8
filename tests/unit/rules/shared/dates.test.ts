import { describe, expect, it } from 'vitest';
import { fixedDates, yearAgreesWith, yearMatchesDate, yearsIn } from '../../../../lib/rules/shared/dates';

describe('date helpers', () => {
  it('finds four-digit years in publication statements', () => {
    expect(yearsIn('[1998?]')).toEqual(['1998']);
    expect(yearsIn('c2005, ©2004.')).toEqual(['2005', '2004']);
    expect(yearsIn('1990-1995')).toEqual(['1990', '1995']);
    expect(yearsIn('123456 [19--]')).toEqual([]);
  });

  it('matches dates with unknown digits', () => {
    expect(yearMatchesDate('1994', '199u')).toBe(true);
    expect(yearMatchesDate('1984', '199u')).toBe(false);
  });

  it('reads 008 dates and compares within ranges for multipart and serial types', () => {
    expect(fixedDates('000101s2000    xxu')).toEqual({ type: 's', date1: '2000', date2: '    ' });
    expect(fixedDates('000101n')).toBeNull();
    expect(fixedDates('000101nuuuuuuuuxxu')).toBeNull();
    const range = { type: 'm', date1: '1990', date2: '2000' };
    expect(yearAgreesWith('1995', range)).toBe(true);
    expect(yearAgreesWith('2001', range)).toBe(false);
    expect(yearAgreesWith('2001', { ...range, type: 's' })).toBe(false);
    expect(yearAgreesWith('2020', { type: 'c', date1: '1990', date2: '9999' })).toBe(true);
    expect(yearAgreesWith('0102', { type: 'e', date1: '1999', date2: '0102' })).toBe(false);
  });
});
