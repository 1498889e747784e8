// The lookup tables built for speed (code flags, definitions by tag number, position verdict tables) must
// give exactly the answers of the plain definitions they are built from.
import { describe, expect, it } from 'vitest';
import {
  INDICATOR1_ALLOWED,
  INDICATOR1_OBSOLETE,
  INDICATOR2_ALLOWED,
  INDICATOR2_OBSOLETE,
  SUBFIELD_DEFINED,
  SUBFIELD_NOT_REPEATABLE,
  SUBFIELD_OBSOLETE,
  checkPosition,
  checkPositionIn,
  definedTags,
  field006Layout,
  field007Categories,
  field007Layout,
  field008Layout,
  fieldDefinition,
  fieldDefinitionOfNumber,
  leaderLayout,
  type FixedFieldLayout,
} from '../../../lib/marc21/definitions';
import type { MaterialType } from '../../../lib/marc21/material-type';

const FORMATS = ['bib', 'holdings'] as const;

describe('field definition tables', () => {
  it('codeFlags agree with the subfield and indicator definitions for every ASCII character', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const format of FORMATS) {
      for (const tag of definedTags(format)) {
        const definition = fieldDefinition(format, tag)!;
        const [first, second] = definition.indicators;
        for (let code = 0; code < 128; code++) {
          const char = String.fromCharCode(code);
          const subfield = definition.subfields.get(char);
          const expected =
            (subfield ? SUBFIELD_DEFINED : 0) |
            (subfield?.repeatable === false ? SUBFIELD_NOT_REPEATABLE : 0) |
            (subfield?.obsolete === true ? SUBFIELD_OBSOLETE : 0) |
            (first === null || first.has(char) ? INDICATOR1_ALLOWED : 0) |
            (second === null || second.has(char) ? INDICATOR2_ALLOWED : 0) |
            (definition.obsoleteIndicators[0].has(char) ? INDICATOR1_OBSOLETE : 0) |
            (definition.obsoleteIndicators[1].has(char) ? INDICATOR2_OBSOLETE : 0);
          checked++;
          if (definition.codeFlags[code] !== expected)
            mismatches.push(`${format} ${tag} ${JSON.stringify(char)}: ${definition.codeFlags[code]} ≠ ${expected}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(128 * 300);
    expect(mismatches).toEqual([]);
    // The bits mean something: 245 $a is defined and not repeatable, 245 first indicator 2 is not allowed.
    const title = fieldDefinition('bib', '245')!;
    expect(title.codeFlags[97]! & (SUBFIELD_DEFINED | SUBFIELD_NOT_REPEATABLE)).toBe(
      SUBFIELD_DEFINED | SUBFIELD_NOT_REPEATABLE,
    );
    expect(title.codeFlags[50]! & INDICATOR1_ALLOWED).toBe(0);
  });

  it('fieldDefinitionOfNumber is fieldDefinition for every tag 000-999', () => {
    for (const format of FORMATS) {
      for (let n = 0; n < 1000; n++) {
        const tag = String(n).padStart(3, '0');
        expect(fieldDefinitionOfNumber(format, n)).toBe(fieldDefinition(format, tag));
      }
    }
  });
});

function allLayouts(): FixedFieldLayout[] {
  const layouts: FixedFieldLayout[] = [
    leaderLayout('bib'),
    leaderLayout('holdings'),
    field008Layout('holdings', null),
    field008Layout('bib', null),
  ];
  for (const type of ['BK', 'CF', 'MP', 'MU', 'CR', 'VM', 'MX'] as MaterialType[])
    layouts.push(field008Layout('bib', type));
  for (const form of 'atmefcdijsgkorp') layouts.push(field006Layout(form)!.layout);
  for (const category of field007Categories()) layouts.push(field007Layout(category)!);
  return layouts;
}

describe('fixed-field position tables', () => {
  // Characters that matter to some position (codes, digits, letters, blanks, fill, u) and some that never do.
  const SAMPLE = ' |0123456789abcdefghijklmnopqrstuvwxyz#ABZ-.\u00e9\u0000\u007f';

  it('checkPositionIn gives checkPosition’s verdict for every one-character value and many longer ones', () => {
    const mismatches: string[] = [];
    let checked = 0;
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (const layout of allLayouts()) {
      for (const position of layout.positions) {
        const width = position.end - position.start;
        const values: string[] = [];
        if (width === 1) for (let code = 0; code < 300; code++) values.push(String.fromCharCode(code));
        else {
          for (const value of position.values) values.push(value);
          for (const char of SAMPLE) values.push(char.repeat(width));
          for (let i = 0; i < 200; i++) {
            let value = '';
            for (let k = 0; k < width; k++) value += SAMPLE.charAt(Math.floor(random() * SAMPLE.length));
            values.push(value);
          }
          if (position.chars)
            for (let i = 0; i < 50; i++)
              values.push(
                Array.from({ length: width }, () =>
                  position.chars.charAt(Math.floor(random() * position.chars.length)),
                ).join(''),
              );
        }
        for (const value of values) {
          const whole = 'x'.repeat(position.start) + value + 'y'.repeat(3);
          checked++;
          if (checkPositionIn(position, whole) !== checkPosition(position, value))
            mismatches.push(`${layout.name} ${position.start} ${JSON.stringify(value)}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(10000);
    expect(mismatches).toEqual([]);
  });
});
