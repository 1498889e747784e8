import type { Severity } from '../../lib/rules/types';
import { t } from '../../components/i18n';
import { severityLabel } from '../../components/SeverityBadge';

/**
 * Inline highlights in Alma's own document: a class on each offending row (or item field) and a small
 * marker that shows the findings on hover. Everything injected here is scoped to `acc-` classes and our
 * own elements, so no rule can change anything else on Alma's page; clearing removes every trace.
 */

export interface HighlightMark {
  /** The grid row, or the item editor's control, that carries the marker. */
  container: Element;
  /** The box the findings point at (indicator box, text, item control), outlined; defaults to none. */
  target?: Element | null;
  /** Worst severity among the findings there. */
  severity: Severity;
  /** What is wrong there, one line per finding (the marker's hover text). */
  messages: string[];
  /** True when one of the findings is new since the record was opened. */
  isNew: boolean;
}

export interface Highlighter {
  /** Makes the page show exactly these marks; rows no longer listed lose theirs. */
  show(marks: readonly HighlightMark[]): void;
  clear(): void;
}

export const PAGE_STYLE_ID = 'acc-page-styles';
const MARKER_CLASS = 'acc-marker';
const GLYPH: Record<Severity, string> = { error: '!', warning: '!', info: 'i' };

const PAGE_STYLES = `
.acc-hl-error > td:first-child { box-shadow: inset 4px 0 0 #b3261e !important; }
.acc-hl-warning > td:first-child { box-shadow: inset 4px 0 0 #a65f00 !important; }
.acc-hl-info > td:first-child { box-shadow: inset 4px 0 0 #1a55c4 !important; }
.acc-target-error { outline: 2px solid #b3261e !important; outline-offset: -1px !important; }
.acc-target-warning { outline: 2px solid #a65f00 !important; outline-offset: -1px !important; }
.acc-target-info { outline: 2px dotted #1a55c4 !important; outline-offset: -1px !important; }
.acc-marker { all: initial; display: inline-block; box-sizing: border-box; width: 15px; height: 15px; margin: 2px;
  border-radius: 50%; font: bold 11px/15px system-ui, sans-serif; text-align: center; color: #fff; cursor: help;
  vertical-align: middle; }
.acc-marker-error { background: #b3261e; }
.acc-marker-warning { background: #8a4f00; border-radius: 2px; }
.acc-marker-info { background: #1a55c4; }
.acc-marker-new { outline: 2px solid #1d2433; outline-offset: 1px; }
html.acc-dock-panel body { margin-inline-end: 344px !important; }
html.acc-dock-badge body { margin-inline-end: 64px !important; }
`;

export function ensurePageStyles(doc: Document): void {
  if (doc.getElementById(PAGE_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = PAGE_STYLE_ID;
  style.textContent = PAGE_STYLES;
  (doc.head ?? doc.documentElement).append(style);
}

/** Reserves room beside Alma's page for a docked panel ('panel') or its badge ('badge'), or none. */
export function setDock(doc: Document, mode: 'panel' | 'badge' | 'none'): void {
  ensurePageStyles(doc);
  const root = doc.documentElement;
  root.classList.toggle('acc-dock-panel', mode === 'panel');
  root.classList.toggle('acc-dock-badge', mode === 'badge');
}

interface Applied {
  key: string;
  marker: HTMLElement;
  target: Element | null;
  severity: Severity;
}

export function createHighlighter(doc: Document): Highlighter {
  const applied = new Map<Element, Applied>();

  const remove = (container: Element, state: Applied): void => {
    container.classList.remove(`acc-hl-${state.severity}`);
    state.target?.classList.remove(`acc-target-${state.severity}`);
    state.marker.remove();
    applied.delete(container);
  };

  const add = (mark: HighlightMark, key: string): void => {
    ensurePageStyles(doc);
    const marker = doc.createElement('span');
    marker.className = `${MARKER_CLASS} acc-marker-${mark.severity}${mark.isNew ? ' acc-marker-new' : ''}`;
    marker.textContent = GLYPH[mark.severity];
    const text = mark.messages.join('\n');
    marker.title = text;
    marker.setAttribute('role', 'img');
    marker.setAttribute('aria-label', t('highlight_label', severityLabel(mark.severity, 'one'), text));
    const target = mark.target ?? null;
    mark.container.classList.add(`acc-hl-${mark.severity}`);
    target?.classList.add(`acc-target-${mark.severity}`);
    // In a grid row the marker goes in the first cell (beside the local-field mark); on an item control, after it.
    if (mark.container.tagName === 'TR') (mark.container.firstElementChild ?? mark.container).append(marker);
    else mark.container.after(marker);
    applied.set(mark.container, { key, marker, target, severity: mark.severity });
  };

  return {
    show(marks) {
      const wanted = new Map<Element, HighlightMark>();
      for (const mark of marks) wanted.set(mark.container, mark);
      for (const [container, state] of applied) if (!wanted.has(container)) remove(container, state);
      for (const [container, mark] of wanted) {
        const key = `${mark.severity}|${mark.isNew}|${mark.messages.join('\n')}`;
        const state = applied.get(container);
        if (state && state.key === key && state.target === (mark.target ?? null) && state.marker.isConnected) continue;
        if (state) remove(container, state);
        add(mark, key);
      }
    },
    clear() {
      for (const [container, state] of applied) remove(container, state);
    },
  };
}
