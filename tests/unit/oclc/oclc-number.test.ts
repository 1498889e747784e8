import { describe, expect, it } from 'vitest';
import { extractOclcNumbers, normaliseOclcNumber, worldcatUrl } from '../../../lib/oclc/oclc-number';
import { marc } from '../procedures/builders';

describe('normaliseOclcNumber', () => {
  it.each([
    ['(OCoLC)ocm00012345', '12345'],
    ['(OCoLC)ocn123456789', '123456789'],
    ['(OCoLC)on1234567890', '1234567890'],
    ['(OCoLC)987654', '987654'],
    ['(OCoLC) 00042', '42'],
    ['ocm01234567', '1234567'],
    ['(OCoLC)ocm1234x', null],
    ['(DLC)   85012345', null],
  ])('%s → %s', (value, expected) => {
    expect(normaliseOclcNumber(value)).toBe(expected);
  });
});

describe('extractOclcNumbers', () => {
  it('reads 035 $a with the (OCoLC) or ocm/ocn/on prefixes, without duplicates, in record order', () => {
    const record = marc([
      '001 991234',
      '035 ## $a (OCoLC)ocm00012345 $z (OCoLC)999',
      '035 ## $a (DLC)85012345',
      '035 ## $a ocn123456789',
      '035 ## $a (OCoLC)12345',
      '035 ## $a 55555',
    ]);
    expect(extractOclcNumbers(record)).toEqual(['12345', '123456789']);
    expect(extractOclcNumbers(record, { includeCancelled: true })).toEqual(['12345', '999', '123456789']);
  });

  it('reads 001 when 003 is OCoLC', () => {
    expect(extractOclcNumbers(marc(['001 ocm00077777', '003 OCoLC']))).toEqual(['77777']);
    expect(extractOclcNumbers(marc(['001 77777', '003 DLC']))).toEqual([]);
    expect(extractOclcNumbers(undefined)).toEqual([]);
  });

  it('links WorldCat', () => {
    expect(worldcatUrl('12345')).toBe('https://search.worldcat.org/title/12345');
  });
});
