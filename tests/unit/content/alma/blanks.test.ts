import { describe, expect, it } from 'vitest';
import { fromAlmaBlanks, indicatorFromAlma, showsBlanksAsHash, toAlmaBlanks } from '../../../../content/alma/blanks';

describe('Alma blanks (#)', () => {
  it.each([
    ['#####nx##a22#####un#4500', '     nx  a22     un 4500'], // Berkeley single-part holdings template leader
    ['######0u####0###4001uu###0000000', '      0u    0   4001uu   0000000'], // Berkeley holdings 008
    ['', ''],
  ])('%s ⇄ %j', (alma, model) => {
    expect(fromAlmaBlanks(alma)).toBe(model);
    expect(toAlmaBlanks(model)).toBe(alma);
  });

  it('reads indicator boxes: # and an emptied box are blank, anything else as typed', () => {
    expect(indicatorFromAlma('#')).toBe(' ');
    expect(indicatorFromAlma('')).toBe(' ');
    expect(indicatorFromAlma('0')).toBe('0');
    expect(indicatorFromAlma('1#')).toBe('1 ');
  });

  it('applies to the leader and 006/007/008 only', () => {
    expect(['LDR', '006', '007', '008'].every(showsBlanksAsHash)).toBe(true);
    expect(['001', '003', '005', '245'].some(showsBlanksAsHash)).toBe(false);
  });
});
