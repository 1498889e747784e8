import { describe, expect, it } from 'vitest';
import {
  checkPosition,
  describeAllowed,
  definedTags,
  field006Layout,
  field007Layout,
  field008Layout,
  fieldDefinition,
  isLocalTag,
  leaderLayout,
  positionLabel,
  type FixedFieldLayout,
} from '../../../lib/marc21/definitions';

const positionAt = (layout: FixedFieldLayout, start: number) => {
  const position = layout.positions.find((p) => p.start === start);
  if (!position) throw new Error(`no position ${start} in ${layout.name}`);
  return position;
};

describe('bibliographic field definitions', () => {
  it('245 is non-repeatable, first indicator 0/1, second 0-9, $a non-repeatable, $n repeatable', () => {
    const def = fieldDefinition('bib', '245');
    expect(def).toMatchObject({
      tag: '245',
      name: 'Title Statement',
      repeatable: false,
      obsolete: false,
      control: false,
      contentUnchecked: false,
    });
    expect([...(def?.indicators[0] ?? [])].sort()).toEqual(['0', '1']);
    expect([...(def?.indicators[1] ?? [])].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(def?.subfields.get('a')).toEqual({ code: 'a', repeatable: false, obsolete: false });
    expect(def?.subfields.get('n')).toEqual({ code: 'n', repeatable: true, obsolete: false });
    expect(def?.subfields.has('x')).toBe(false);
  });

  it('marks obsolete subfields, indicator values and fields from the LC field list', () => {
    expect(fieldDefinition('bib', '245')?.subfields.get('d')).toEqual({ code: 'd', repeatable: true, obsolete: true });
    expect(fieldDefinition('bib', '100')?.obsoleteIndicators[0].has('2')).toBe(true);
    expect(fieldDefinition('bib', '100')?.indicators[0]?.has('2')).toBe(false);
    expect(fieldDefinition('bib', '440')).toMatchObject({ obsolete: true, repeatable: true });
    expect(fieldDefinition('bib', '211')).toMatchObject({ obsolete: true, contentUnchecked: true });
  });

  it('keeps a value that is obsolete in one meaning but valid in another as valid (082 $b)', () => {
    expect(fieldDefinition('bib', '082')?.subfields.get('b')?.obsolete).toBe(false);
  });

  it('applies the indicator patches the scrape lost (046, 588)', () => {
    expect([...(fieldDefinition('bib', '046')?.indicators[0] ?? [])].sort()).toEqual([' ', '1', '2', '3']);
    expect([...(fieldDefinition('bib', '588')?.indicators[0] ?? [])].sort()).toEqual([' ', '0', '1']);
  });

  it('defines control fields as control, 880 with unrestricted indicators, embedded holdings and OCLC fields', () => {
    expect(fieldDefinition('bib', '008')).toMatchObject({ control: true, repeatable: false });
    expect(fieldDefinition('bib', '007')).toMatchObject({ control: true, repeatable: true });
    expect(fieldDefinition('bib', '880')?.indicators).toEqual([null, null]);
    expect(fieldDefinition('bib', '866')?.subfields.has('a')).toBe(true);
    expect(fieldDefinition('bib', '029')).toMatchObject({ repeatable: true, contentUnchecked: true });
    expect(fieldDefinition('bib', '999')).toBeUndefined();
    expect(definedTags('bib').length).toBeGreaterThan(250);
  });

  it('tells local tags (9XX, X9X) apart', () => {
    expect(['949', '590', '099', '999'].map(isLocalTag)).toEqual([true, true, true, true]);
    expect(['245', '500', '880'].map(isLocalTag)).toEqual([false, false, false]);
  });
});

describe('holdings field definitions', () => {
  it('852 exists with its shelving-scheme indicator and repeatable $b', () => {
    const def = fieldDefinition('holdings', '852');
    expect(def?.repeatable).toBe(true);
    expect(def?.indicators[0]?.has('0')).toBe(true);
    expect(def?.indicators[0]?.has('9')).toBe(false);
    expect(def?.subfields.get('b')?.repeatable).toBe(true);
    expect(def?.subfields.get('h')?.repeatable).toBe(false);
  });

  it('866 and 876 have the indicators and subfields the scrape lost', () => {
    expect([...(fieldDefinition('holdings', '866')?.indicators[1] ?? [])].sort()).toEqual(['0', '1', '2', '7']);
    expect(fieldDefinition('holdings', '866')?.subfields.get('a')?.repeatable).toBe(false);
    expect(fieldDefinition('holdings', '876')?.subfields.get('p')?.repeatable).toBe(false);
    expect(fieldDefinition('bib', '866')?.subfields.get('z')?.repeatable).toBe(true);
  });

  it('adds 004, 007 and 008, which the Avram holdings schema lacks', () => {
    expect(fieldDefinition('holdings', '004')).toMatchObject({ control: true, repeatable: false });
    expect(fieldDefinition('holdings', '007')).toMatchObject({ control: true, repeatable: true });
    expect(fieldDefinition('holdings', '008')).toMatchObject({ control: true, repeatable: false });
    expect(fieldDefinition('holdings', '245')).toBeUndefined();
  });
});

describe('fixed-field layouts', () => {
  it('leaders differ between formats', () => {
    expect(checkPosition(positionAt(leaderLayout('bib'), 6), 'a')).toBe('valid');
    expect(checkPosition(positionAt(leaderLayout('holdings'), 6), 'a')).toBe('invalid');
    expect(checkPosition(positionAt(leaderLayout('holdings'), 6), 'y')).toBe('valid');
    expect(checkPosition(positionAt(leaderLayout('bib'), 6), 'b')).toBe('obsolete');
    expect(checkPosition(positionAt(leaderLayout('bib'), 17), 'I')).toBe('obsolete');
    expect(checkPosition(positionAt(leaderLayout('bib'), 0), 'xxxxx')).toBe('valid'); // computed by the writer
  });

  it('bib 008 for books has the book positions, plus those common to all materials', () => {
    const layout = field008Layout('bib', 'BK');
    expect(layout).toMatchObject({ minLength: 40, maxLength: 40 });
    expect(layout.positions.map((p) => [p.start, p.end])).toEqual([
      [0, 6],
      [6, 7],
      [7, 11],
      [11, 15],
      [15, 18],
      [18, 22],
      [22, 23],
      [23, 24],
      [24, 28],
      [28, 29],
      [29, 30],
      [30, 31],
      [31, 32],
      [32, 33],
      [33, 34],
      [34, 35],
      [35, 38],
      [38, 39],
      [39, 40],
    ]);
    expect(positionAt(layout, 22).name).toBe('Target audience');
    expect(checkPosition(positionAt(layout, 24), 'bi  ')).toBe('valid');
    expect(checkPosition(positionAt(layout, 24), 'b!  ')).toBe('invalid');
    expect(checkPosition(positionAt(layout, 7), '19uu')).toBe('valid');
    expect(checkPosition(positionAt(layout, 7), '1990')).toBe('valid');
    expect(checkPosition(positionAt(layout, 0), '14010a')).toBe('invalid');
  });

  it('other material types have their own 008/18-34', () => {
    expect(checkPosition(positionAt(field008Layout('bib', 'MU'), 18), 'sy')).toBe('valid');
    expect(checkPosition(positionAt(field008Layout('bib', 'MU'), 18), 'xx')).toBe('invalid');
    expect(checkPosition(positionAt(field008Layout('bib', 'VM'), 18), '120')).toBe('valid');
    expect(checkPosition(positionAt(field008Layout('bib', 'CR'), 18), 'm')).toBe('valid');
    expect(checkPosition(positionAt(field008Layout('bib', 'VM'), 34), ' ')).toBe('obsolete');
    expect(checkPosition(positionAt(field008Layout('bib', 'BK'), 23), 'g')).toBe('obsolete');
    expect(field008Layout('bib', null).positions.some((p) => p.start === 22)).toBe(false);
  });

  it('holdings 008 has 32 positions with the LC codes', () => {
    const layout = field008Layout('holdings', null);
    expect(layout).toMatchObject({ minLength: 32, maxLength: 32 });
    expect(layout.positions[layout.positions.length - 1]).toMatchObject({ start: 26, end: 32, name: 'Date of report' });
    expect(checkPosition(positionAt(layout, 7), 'p')).toBe('valid');
    expect(checkPosition(positionAt(layout, 7), 'x')).toBe('invalid');
    expect(checkPosition(positionAt(layout, 8), 'uuuu')).toBe('valid');
    expect(checkPosition(positionAt(layout, 20), 'c')).toBe('valid');
    expect(checkPosition(positionAt(layout, 22), 'eng')).toBe('valid');
    expect(checkPosition(positionAt(layout, 22), 'EN ')).toBe('invalid');
  });

  it('006 follows the 008/18-34 layout of its form of material, shifted to 006/01-17', () => {
    const book = field006Layout('a');
    expect(book?.materialType).toBe('BK');
    expect(book?.layout.minLength).toBe(18);
    expect(positionAt(book!.layout, 5).name).toBe('Target audience'); // 008/22
    expect(field006Layout('m')?.materialType).toBe('CF');
    expect(field006Layout('x')).toBeUndefined();
  });

  it('007 layouts per category, with the lengths LC allows', () => {
    expect(field007Layout('a')).toMatchObject({ minLength: 8, maxLength: 8 });
    expect(field007Layout('c')).toMatchObject({ minLength: 6, maxLength: 14 });
    expect(field007Layout('m')).toMatchObject({ minLength: 8, maxLength: 23 });
    expect(field007Layout('s')).toMatchObject({ minLength: 14, maxLength: 14 });
    expect(field007Layout('b')).toBeUndefined();
    expect(checkPosition(positionAt(field007Layout('c')!, 6), '024')).toBe('valid');
    expect(checkPosition(positionAt(field007Layout('c')!, 6), 'mmm')).toBe('valid');
    expect(checkPosition(positionAt(field007Layout('c')!, 6), '0x4')).toBe('invalid');
  });

  it('describes allowed codes and positions for messages', () => {
    expect(describeAllowed(positionAt(leaderLayout('bib'), 5))).toBe('a, c, d, n or p');
    expect(describeAllowed(positionAt(field008Layout('bib', 'BK'), 29))).toBe('0, 1 or | (no attempt to code)');
    expect(positionLabel('008', { start: 24, end: 28 })).toBe('008/24-27');
    expect(positionLabel('Leader', { start: 6, end: 7 })).toBe('Leader/06');
  });
});
