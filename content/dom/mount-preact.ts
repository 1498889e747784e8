import { render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { COMPANION_CSS } from './companion-css';

export interface MountedPreactUi {
  /** Re-renders the tree in place (Preact diffs it), e.g. when the page data changed. */
  update(tree: ComponentChild): void;
  /** The element added to the page; its shadow root isolates our styles from Alma's and back. */
  host: HTMLElement;
}

export interface MountPreactOptions {
  /** Custom element name of the shadow host (kebab-case), e.g. `alma-companion-page-status`. */
  name: string;
  /** Unmounts and removes the host when aborted. */
  signal: AbortSignal;
  doc: Document;
}

/**
 * Mounts a Preact tree in a shadow root at the end of <body>, like hypothesis' PreactContainer:
 * render on mount, render(null) on removal so components' effects clean up.
 * Resolves to null when the signal aborted while the UI was being created.
 */
export async function mountPreactUi(
  wxt: ContentScriptContext,
  tree: ComponentChild,
  { name, signal, doc }: MountPreactOptions,
): Promise<MountedPreactUi | null> {
  const ui = await createShadowRootUi<HTMLElement>(wxt, {
    name,
    // Inlined, not fetched: see companion-css.ts. (The content script's cssInjectionMode is 'manual'.)
    css: COMPANION_CSS,
    position: 'inline',
    anchor: doc.body,
    append: 'last',
    onMount(container, shadow) {
      // WXT wraps the UI in its own <html> inside the shadow root; screen readers need its language.
      shadow.querySelector('html')?.setAttribute('lang', 'en');
      render(tree, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  if (signal.aborted) {
    ui.remove();
    return null;
  }
  ui.mount();
  signal.addEventListener('abort', () => ui.remove(), { once: true });
  return {
    update(next) {
      if (ui.mounted) render(next, ui.mounted);
    },
    host: ui.shadowHost,
  };
}
