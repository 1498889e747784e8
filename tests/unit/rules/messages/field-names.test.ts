import { describe, expect, it } from 'vitest';
import type { MaterialType } from '../../../../lib/marc21/material-type';
import {
  definedTags,
  field006Layout,
  field007Categories,
  field007Layout,
  field008Layout,
  fieldDefinition,
  leaderLayout,
  type FixedFieldLayout,
} from '../../../../lib/marc21/definitions';
import { formatRuleMessage } from '../../../../lib/rules/messages';
import {
  DE_FIELD_NAMES,
  DE_LAYOUT_NAMES,
  DE_POSITION_NAMES,
  marcNameIn,
} from '../../../../lib/rules/messages/field-names-de';

/**
 * Every MARC 21 field, fixed-field position and 006/007/008 layout the definitions know has a German name, and
 * the German tables name nothing that does not exist: messages that name them say them in German.
 */
const fieldNames = new Set(
  (['bib', 'holdings'] as const).flatMap((format) =>
    definedTags(format).map((tag) => fieldDefinition(format, tag)!.name),
  ),
);
const layouts: FixedFieldLayout[] = [
  leaderLayout('bib'),
  leaderLayout('holdings'),
  field008Layout('bib', null),
  field008Layout('holdings', null),
  ...(['BK', 'CF', 'MP', 'MU', 'CR', 'VM', 'MX'] satisfies MaterialType[]).map((type) => field008Layout('bib', type)),
  ...'acdefgijkmoprst'.split('').flatMap((form) => field006Layout(form)?.layout ?? []),
  ...field007Categories().map((category) => field007Layout(category)!),
];
const positionNames = new Set(layouts.flatMap((layout) => layout.positions.map((position) => position.name)));
// The leaders' messages have ids of their own (German needs the article's case there).
const layoutNames = new Set(layouts.map((layout) => layout.name).filter((name) => !name.includes('leader')));

const uncovered = (names: Set<string>, table: Readonly<Record<string, string>>) =>
  [...names].filter((name) => !Object.hasOwn(table, name));
const unknown = (names: Set<string>, table: Readonly<Record<string, string>>) =>
  Object.keys(table).filter((name) => !names.has(name));

describe('German MARC 21 names', () => {
  it('cover every defined field and name nothing else', () => {
    expect(fieldNames.size).toBeGreaterThan(250);
    expect(uncovered(fieldNames, DE_FIELD_NAMES)).toEqual([]);
    expect(unknown(fieldNames, DE_FIELD_NAMES)).toEqual([]);
  });

  it('cover every fixed-field position and 006/007/008 layout, and name nothing else', () => {
    expect(positionNames.size).toBeGreaterThan(100);
    expect(uncovered(positionNames, DE_POSITION_NAMES)).toEqual([]);
    expect(unknown(positionNames, DE_POSITION_NAMES)).toEqual([]);
    expect(layoutNames.size).toBeGreaterThan(25);
    expect(uncovered(layoutNames, DE_LAYOUT_NAMES)).toEqual([]);
    expect(unknown(layoutNames, DE_LAYOUT_NAMES)).toEqual([]);
  });

  it('are German: none is left as the English, except names that are the same in both', () => {
    const same = new Set(['CODEN Designation', 'Cluster ISSN', 'Fingerprint Identifier', 'Festschrift', 'Generation']);
    const untranslated = [DE_FIELD_NAMES, DE_POSITION_NAMES, DE_LAYOUT_NAMES].flatMap((table) =>
      Object.entries(table).filter(([en, de]) => en === de && !same.has(en) && !/^00\d \(Text\)$/.test(en)),
    );
    expect(untranslated).toEqual([]);
  });

  it('say the bibliographic and the holdings 040 each in its own words', () => {
    expect(marcNameIn(fieldDefinition('bib', '040')!.name, 'de')).toBe('Katalogisierungsquelle');
    expect(marcNameIn(fieldDefinition('holdings', '040')!.name, 'de')).toBe('Datensatzquelle');
    expect(marcNameIn(fieldDefinition('holdings', '852')!.name, 'de')).toBe('Standort');
    expect(marcNameIn(field007Layout('a')!.name, 'de')).toBe('007 (Karte)');
  });

  it('put the German name into messages that name a field ({name:marc})', () => {
    const params = { tag: '852', occurrence: 0, several: 0, code: 'y', definedTag: '852', name: 'Location' };
    expect(formatRuleMessage('undefined-subfield.not-allowed', params, 'de')).toContain('in 852 (Standort) nicht');
    expect(formatRuleMessage('undefined-subfield.not-allowed', params, 'en')).toContain('in 852 (Location).');
  });

  it('fall back to the English name: in English and for a name without German', () => {
    expect(marcNameIn('Location', 'en')).toBe('Location');
    expect(marcNameIn('Local field of ours', 'de')).toBe('Local field of ours');
    expect(marcNameIn('constructor', 'de')).toBe('constructor');
  });
});
