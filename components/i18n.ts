import type english from '../public/_locales/en/messages.json';

/**
 * The interface's words, through the browser's i18n (public/_locales/{en,de}/messages.json).
 *
 * Components never touch `browser.*`, so they call `t()` from here; the entrypoint of each page and the content
 * script wire it to `browser.i18n.getMessage` (extension/i18n.ts) and the unit tests to the English catalog
 * (tests/setup.ts). Never call `t()` at module level: modules are evaluated before the entrypoint wires it, so keep
 * maps of message keys and translate while rendering.
 */
export type MessageKey = keyof typeof english;

/** Keys of counted messages: `<key>_one` and `<key>_other` both exist. */
export type CountedKey = {
  [K in MessageKey]: K extends `${infer Base}_one` ? (`${Base}_other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/** browser.i18n.getMessage's shape: `$1`…`$9` in a message take the substitutions in order. */
export type Translator = (key: string, substitutions: string[]) => string;

let translator: Translator | null = null;

export function setTranslator(next: Translator): void {
  translator = next;
}

/** The message for `key` with `$1`, `$2`… replaced; the key itself when there is no such message (visible, not blank). */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const text = translator?.(key, substitutions.map(String)) ?? '';
  return text === '' ? key : text;
}

/**
 * A counted message: `<key>_one` for 1, `<key>_other` otherwise (English and German need no more forms);
 * `$1` is the count, further substitutions follow as `$2`…
 */
export function tn(key: CountedKey, count: number, ...substitutions: Array<string | number>): string {
  return t(`${key}_${count === 1 ? 'one' : 'other'}` as MessageKey, count, ...substitutions);
}

/** One message of a messages.json file, as Chrome and Firefox read it. */
export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * A translator over a messages.json catalog, substituting as Chrome does: named placeholders (`$name$`) first,
 * then `$1`…`$9`, and `$$` for a dollar sign. For unit tests and tools; the extension uses the browser's own.
 */
export function catalogTranslator(catalog: Record<string, CatalogEntry>): Translator {
  return (key, substitutions) => {
    const entry = catalog[key];
    if (!entry) return '';
    const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? placeholder.content : whole;
    });
    return named.replace(/\$(\$+|[1-9])/g, (_whole, what: string) =>
      what.startsWith('$') ? what : (substitutions[Number(what) - 1] ?? ''),
    );
  };
}
