import { describe, expect, it } from 'vitest';
import {
  formattedIssn,
  hasIssnForm,
  issnCheckDigit,
  isValidIssn,
  leadingIssn,
} from '../../../../lib/rules/shared/issn';

describe('ISSN helpers', () => {
  it('computes the check character, X for 10', () => {
    expect(issnCheckDigit('0378595')).toBe('5');
    expect(issnCheckDigit('0000000')).toBe('0');
    expect(isValidIssn('0378-5955')).toBe(true);
    expect(isValidIssn('03785955')).toBe(true);
    expect(isValidIssn('0378-5954')).toBe(false);
    expect(isValidIssn('2434-561X')).toBe(true);
    expect(isValidIssn('2434-561x')).toBe(true);
  });

  it('finds and formats the leading ISSN', () => {
    expect(leadingIssn('ISSN 0378-5955 (print)')).toBe('0378-5955');
    expect(leadingIssn('12-34')).toBeNull();
    expect(hasIssnForm('0378-5955')).toBe(true);
    expect(hasIssnForm('03785955')).toBe(false);
    expect(formattedIssn('2434561x')).toBe('2434-561X');
  });
});
