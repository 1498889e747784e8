import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CatalogEntry, catalogTranslator } from '../../components/i18n';

/**
 * The interface catalogs (public/_locales/<language>/messages.json) must say the same things: the same keys, and in
 * each message the same substitutions ($1…$9), so no German cataloger meets an English fallback or a lost value.
 */
const root = join(import.meta.dirname, '../..');
const LANGUAGES = ['en', 'de'] as const;
const catalogOf = (language: string): Record<string, CatalogEntry> =>
  JSON.parse(readFileSync(join(root, 'public/_locales', language, 'messages.json'), 'utf8'));
const catalogs = Object.fromEntries(LANGUAGES.map((language) => [language, catalogOf(language)]));
const english = catalogs.en!;
const german = catalogs.de!;

/** The substitutions a message uses, e.g. ['$1', '$2'] (named placeholders resolved first, as Chrome does). */
function substitutionsOf(entry: CatalogEntry): string[] {
  const resolved = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) =>
    entry.placeholders?.[name.toLowerCase()] ? (entry.placeholders[name.toLowerCase()]?.content ?? '') : whole,
  );
  const found = resolved.replace(/\$\$/g, '').match(/\$[1-9]/g) ?? [];
  return [...new Set(found)].sort();
}

describe('interface catalogs', () => {
  it('are the only languages shipped, with English as the default', () => {
    expect(readdirSync(join(root, 'public/_locales')).sort()).toEqual([...LANGUAGES].sort());
    expect(readFileSync(join(root, 'wxt.config.ts'), 'utf8')).toMatch(/default_locale: 'en'/);
  });

  it('German has every key of English, and no other', () => {
    const missingInGerman = Object.keys(english).filter((key) => !(key in german));
    const onlyInGerman = Object.keys(german).filter((key) => !(key in english));
    expect({ missingInGerman, onlyInGerman }).toEqual({ missingInGerman: [], onlyInGerman: [] });
  });

  it('every message has text, and a key Chrome and Firefox accept', () => {
    for (const language of LANGUAGES) {
      for (const [key, entry] of Object.entries(catalogs[language]!)) {
        expect(key, `${language}: ${key}`).toMatch(/^[A-Za-z0-9_]+$/);
        expect(entry.message.trim(), `${language}: ${key}`).not.toBe('');
      }
    }
  });

  it('the translations use the same substitutions as the English messages', () => {
    const differing = Object.keys(english)
      .filter((key) => key in german)
      .filter((key) => substitutionsOf(english[key]!).join() !== substitutionsOf(german[key]!).join())
      .map((key) => `${key}: en ${substitutionsOf(english[key]!)} / de ${substitutionsOf(german[key]!)}`);
    expect(differing).toEqual([]);
  });

  it('no message has a lone $ that Chrome would swallow ($$ writes a dollar sign)', () => {
    for (const language of LANGUAGES) {
      const broken = Object.entries(catalogs[language]!)
        .filter(([, entry]) => /\$(?![1-9$])/.test(entry.message.replace(/\$\$/g, '').replace(/\$[a-z0-9_@]+\$/gi, '')))
        .map(([key]) => key);
      expect(broken, language).toEqual([]);
    }
  });

  it('counted messages come in pairs (_one and _other)', () => {
    const keys = new Set(Object.keys(english));
    const unpaired = [...keys].filter(
      (key) =>
        (key.endsWith('_one') && !keys.has(key.replace(/_one$/, '_other'))) ||
        (key.endsWith('_other') && !keys.has(key.replace(/_other$/, '_one'))),
    );
    expect(unpaired).toEqual([]);
  });

  it('the German catalog is used as the browser would use it', () => {
    const translate = catalogTranslator(german);
    expect(translate('status_findingOf', ['2', '5', 'x'])).toBe('Befund 2 von 5: x');
    expect(translate('no_such_key', [])).toBe('');
  });
});
