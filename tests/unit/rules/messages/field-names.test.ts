import { describe, expect, it } from 'vitest';
import { definedTags, fieldDefinition } from '../../../../lib/marc21/definitions';
import { DE_FIELD_NAMES, fieldNameIn } from '../../../../lib/rules/messages/field-names-de';

/**
 * Every MARC 21 field the definitions know (bibliographic and holdings) has a German name, and the German table
 * names no field that does not exist: messages that name a field ("852 (Location)") say it in German with it.
 */
const definedNames = new Set(
  (['bib', 'holdings'] as const).flatMap((format) =>
    definedTags(format).map((tag) => fieldDefinition(format, tag)!.name),
  ),
);

describe('German MARC 21 field names', () => {
  it('cover every defined field and name nothing else', () => {
    expect(definedNames.size).toBeGreaterThan(250);
    expect([...definedNames].filter((name) => !Object.hasOwn(DE_FIELD_NAMES, name))).toEqual([]);
    expect(Object.keys(DE_FIELD_NAMES).filter((name) => !definedNames.has(name))).toEqual([]);
  });

  it('are German: none is left as the English', () => {
    // Proper names and codes that are the same in both languages.
    const same = new Set(['CODEN Designation', 'Cluster ISSN', 'Fingerprint Identifier']);
    const untranslated = Object.entries(DE_FIELD_NAMES).filter(([en, de]) => en === de && !same.has(en));
    expect(untranslated).toEqual([]);
  });

  it('say the bibliographic and the holdings 040 each in its own words', () => {
    expect(fieldNameIn(fieldDefinition('bib', '040')!.name, 'de')).toBe('Katalogisierungsquelle');
    expect(fieldNameIn(fieldDefinition('holdings', '040')!.name, 'de')).toBe('Datensatzquelle');
    expect(fieldNameIn(fieldDefinition('holdings', '852')!.name, 'de')).toBe('Standort');
  });

  it('fall back to the English name: in English and for a name without German', () => {
    expect(fieldNameIn('Location', 'en')).toBe('Location');
    expect(fieldNameIn('Local field of ours', 'de')).toBe('Local field of ours');
    expect(fieldNameIn('constructor', 'de')).toBe('constructor');
  });
});
