/**
 * Querying with selector alternatives (content/alma/selectors.ts). The first alternative that matches wins,
 * so the documented selector is tried first and fallbacks only when Alma's markup has moved on.
 * A selector the engine cannot parse counts as "no match" rather than an exception: a feature must not
 * break because one fallback uses syntax an older engine lacks.
 */

export type SelectorAlternatives = readonly string[];

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** First element matched by the first alternative that matches anything. */
export function queryFirst<E extends Element = Element>(
  root: ParentNode,
  alternatives: SelectorAlternatives,
): E | null {
  for (const selector of alternatives) {
    try {
      const found = root.querySelector(selector);
      if (found) return found as E;
    } catch {
      // Unsupported syntax in this engine: try the next alternative.
    }
  }
  return null;
}

/** All elements matched by the first alternative that matches anything (alternatives are not merged). */
export function queryAll<E extends Element = Element>(root: ParentNode, alternatives: SelectorAlternatives): E[] {
  for (const selector of alternatives) {
    const found = safeQueryAll(root, selector);
    if (found.length > 0) return found as E[];
  }
  return [];
}

/** Whether `element` itself matches one of the alternatives. */
export function matchesAny(element: Element, alternatives: SelectorAlternatives): boolean {
  return alternatives.some((selector) => {
    try {
      return element.matches(selector);
    } catch {
      return false;
    }
  });
}

/** Text an element shows: the value of a form control, else its trimmed text content. */
export function readText(element: Element | null): string {
  if (!element) return '';
  if ('value' in element && typeof (element as HTMLInputElement).value === 'string') {
    return (element as HTMLInputElement).value;
  }
  return (element.textContent ?? '').trim();
}
