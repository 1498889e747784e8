import { describe, expect, it } from 'vitest';
import {
  blankIndicatorForm,
  fromAlmaBlanks,
  indicatorFromAlma,
  indicatorToAlma,
  showsBlanksAsHash,
  toAlmaBlanks,
} from '../../../../content/alma/blanks';

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

  it('tells the grid’s blank form from its other indicator boxes: empty when empty boxes outnumber #', () => {
    expect(blankIndicatorForm(['', '', '0', '#'])).toBe('');
    expect(blankIndicatorForm(['#', '#', '', '1'])).toBe('#');
    // No blank indicator shown anywhere, or a tie: # as the documentation shows it.
    expect(blankIndicatorForm(['0', '1'])).toBe('#');
    expect(blankIndicatorForm(['', '#'])).toBe('#');
    expect(blankIndicatorForm([])).toBe('#');
  });

  it('writes a blank indicator in the grid’s form, anything else as it is', () => {
    expect(indicatorToAlma(' ', '')).toBe('');
    expect(indicatorToAlma(' ', '#')).toBe('#');
    expect(indicatorToAlma('4', '')).toBe('4');
  });
});
