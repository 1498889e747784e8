import { browser } from 'wxt/browser';
import { type MessageKey, setTranslator, t } from '../components/i18n';

/**
 * Wires the interface's `t()` (components/i18n.ts) to the browser's i18n, which picks the catalog in
 * public/_locales for the browser's language (English when it has none). Call it first in every entrypoint.
 */
export function wireBrowserI18n(): void {
  setTranslator((key, substitutions) => browser.i18n.getMessage(key as never, substitutions));
}

/**
 * The language of the catalog the browser picked for the interface ("en", "de"), read from the catalog itself so
 * that everything (page language, rule messages) follows the words shown. Not `i18n.getUILanguage()`: headless
 * Chromium started with `--lang=de` picks the German catalog but still reports "en-US" there.
 */
export function uiLanguage(): string {
  return t('interfaceLanguage');
}

/**
 * Marks an extension page with the interface's language and direction (right-to-left languages) and gives it
 * its window title in that language. The HTML's own <title> is the English fallback: browsers substitute
 * `__MSG_…__` in the manifest and CSS only, never in an extension page's HTML.
 */
export function markDocumentLanguage(doc: Document, titleKey: MessageKey): void {
  doc.documentElement.lang = uiLanguage();
  doc.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  doc.title = t(titleKey);
}
