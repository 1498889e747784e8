import type { PageKind } from './page-model';

/**
 * A page outline: the element tree of every frame of an Alma tab with tag names, ids, classes, roles and aria
 * attributes, and nothing a cataloger typed or read. Built by the content script (content/page-outline/),
 * copied by the popup, turned into a fixture skeleton by scripts/fixture-from-outline.ts. docs/page-outline.md
 * describes the format and what it never contains. Plain JSON data.
 */
export const OUTLINE_FORMAT = 'alma-companion-page-outline';
export const OUTLINE_VERSION = 1;

export interface PageOutline {
  format: typeof OUTLINE_FORMAT;
  version: typeof OUTLINE_VERSION;
  /** Elements in every frame together. */
  elements: number;
  frames: number;
  /** True when the element limit cut the outline short. */
  truncated: boolean;
  top: FrameOutline;
}

export interface FrameOutline {
  /** The id of the iframe element holding this document (masked); null for the top document. */
  frameId: string | null;
  /** The document's URL path, masked; never its query string or fragment. */
  path: string;
  /** What content/alma recognised the document as, and which expected elements it did not find. */
  kind: PageKind;
  missing: string[];
  /** False for a frame the content script cannot read (another origin, not loaded): its content is unknown. */
  readable: boolean;
  root: OutlineElement | null;
}

export interface OutlineElement {
  tag: string;
  id?: string;
  classes?: string[];
  role?: string;
  /** `name` and `type` of form controls: Alma's selectors use them (`[name="pageBean…"]`, checkboxes). */
  name?: string;
  type?: string;
  /** aria-* attributes: names always; values only for tokens and id references (see ARIA_TOKEN_ATTRIBUTES). */
  aria?: Record<string, string>;
  children?: OutlineElement[];
  /** The document of an iframe element. */
  frame?: FrameOutline;
}

/** Digit runs this long are numbers (barcodes, MMS IDs, item PIDs, dates): they become MASK. */
export const MASKED_DIGITS = /\d{4,}/g;
export const MASK = '{n}';

/** `recordContainerlist23000000170653211` → `recordContainerlist{n}`. */
export function maskNumbers(text: string): string {
  return text.replace(MASKED_DIGITS, MASK);
}

/**
 * aria attributes whose values are tokens from a fixed list (true/false, polite, dialog…): kept when the value
 * is such a token. Any other aria value (aria-label, aria-description, aria-valuetext, aria-placeholder,
 * aria-roledescription, aria-valuenow…) can carry the page's words or a value, so only the NAME is kept, with ''.
 */
export const ARIA_TOKEN_ATTRIBUTES: ReadonlySet<string> = new Set([
  'aria-atomic',
  'aria-autocomplete',
  'aria-busy',
  'aria-checked',
  'aria-current',
  'aria-disabled',
  'aria-expanded',
  'aria-haspopup',
  'aria-hidden',
  'aria-invalid',
  'aria-live',
  'aria-modal',
  'aria-multiline',
  'aria-multiselectable',
  'aria-orientation',
  'aria-pressed',
  'aria-readonly',
  'aria-relevant',
  'aria-required',
  'aria-selected',
  'aria-sort',
]);

/** aria attributes that name other elements by id: kept with their numbers masked, like ids. */
export const ARIA_ID_ATTRIBUTES: ReadonlySet<string> = new Set([
  'aria-activedescendant',
  'aria-controls',
  'aria-describedby',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'aria-labelledby',
  'aria-owns',
]);

const TOKENS = /^[a-z]+(?: [a-z]+)*$/;

/** The value an outline keeps for an aria attribute: a token, masked id references, or '' (name only). */
export function outlineAriaValue(name: string, value: string): string {
  const trimmed = value.trim();
  if (ARIA_TOKEN_ATTRIBUTES.has(name)) return TOKENS.test(trimmed) ? trimmed : '';
  if (ARIA_ID_ATTRIBUTES.has(name)) return maskNumbers(trimmed);
  return '';
}

/** A role or input type is kept only when it is a plain token list (`button`, `checkbox`, `tab presentation`). */
export function outlineToken(value: string | null): string | undefined {
  const trimmed = value?.trim().toLowerCase();
  return trimmed && TOKENS.test(trimmed) ? trimmed : undefined;
}

/** The path of a URL, masked, without query string or fragment; '' when it is not a URL. */
export function outlinePath(url: string, base?: string): string {
  try {
    const parsed = new URL(url, base);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
    return maskNumbers(parsed.pathname);
  } catch {
    return '';
  }
}
