import { describe, expect, it } from 'vitest';
import {
  ean13CheckDigit,
  isbn10CheckDigit,
  isValidIsbn,
  lintIsbnNumber,
  normalisedIsbnValue,
} from '../../../../lib/rules/shared/isbn';

describe('ISBN helpers', () => {
  it('computes ISBN-10 and ISBN-13 check characters', () => {
    expect(isbn10CheckDigit('030640615')).toBe('2');
    expect(isbn10CheckDigit('080442957')).toBe('X');
    expect(ean13CheckDigit('978030640615')).toBe('7');
    expect(isValidIsbn('0306406152')).toBe(true);
    expect(isValidIsbn('0306406153')).toBe(false);
    expect(isValidIsbn('9780306406157')).toBe(true);
    expect(isValidIsbn('030640615')).toBe(false);
  });

  it('extracts the number as MARC::Lint does', () => {
    expect(lintIsbnNumber('0-306-40615-2 (pbk.)')).toBe('0306406152');
    expect(lintIsbnNumber('ISBN 0306406152')).toBe('0306406152');
    // Lint needs a word boundary after the number, so a glued qualifier leaves the value whole.
    expect(lintIsbnNumber('0306406152pbk')).toBe('0306406152pbk');
  });

  it('normalises only when the cleaned number is a valid ISBN and no space follows a complete number', () => {
    expect(normalisedIsbnValue('0-306-40615-2')).toBe('0306406152');
    expect(normalisedIsbnValue('0306406152(pbk.)')).toBe('0306406152 (pbk.)');
    expect(normalisedIsbnValue('0-306-40615-3')).toBeNull();
    expect(normalisedIsbnValue('0306406152 123')).toBeNull();
    expect(normalisedIsbnValue('0306406152')).toBeNull();
  });
});
