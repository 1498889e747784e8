import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CatalogEntry, catalogTranslator, type MessageKey } from '../../../components/i18n';

/** The extension's interface catalogs (public/_locales), for tests that check what a cataloger reads. */
function catalog(language: 'en' | 'de'): Record<string, CatalogEntry> {
  return JSON.parse(readFileSync(resolve(`public/_locales/${language}/messages.json`), 'utf8')) as Record<
    string,
    CatalogEntry
  >;
}

/** The message `key` in `language`, with `$1`… substituted as the browser does. */
export function messageIn(language: 'en' | 'de', key: MessageKey, ...substitutions: Array<string | number>): string {
  return catalogTranslator(catalog(language))(key, substitutions.map(String));
}
