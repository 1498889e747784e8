import { browser } from 'wxt/browser';
import { setTranslator } from '../components/i18n';

/**
 * Wires the interface's `t()` (components/i18n.ts) to the browser's i18n, which picks the catalog in
 * public/_locales for the browser's language (English when it has none). Call it first in every entrypoint.
 */
export function wireBrowserI18n(): void {
  setTranslator((key, substitutions) => browser.i18n.getMessage(key as never, substitutions));
}

/** The browser's interface language, e.g. "de" or "en-US" (rule messages are formatted in it). */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** Marks an extension page with the interface's language and direction (right-to-left languages). */
export function markDocumentLanguage(doc: Document): void {
  doc.documentElement.lang = uiLanguage();
  doc.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
