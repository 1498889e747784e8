import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter, ensurePageStyles, PAGE_STYLE_ID, setDock } from '../../../../content/dom/highlight';
import { isCompanionNode } from '../../../../content/dom/companion-node';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.documentElement.className = '';
});

function rows(): HTMLTableRowElement[] {
  document.body.innerHTML =
    '<table><tbody><tr><td></td><td><textarea></textarea></td></tr><tr><td></td><td><textarea></textarea></td></tr></tbody></table>';
  return Array.from(document.querySelectorAll('tr'));
}

describe('page styles', () => {
  it('are injected once, and every rule is scoped to our acc- classes', () => {
    ensurePageStyles(document);
    ensurePageStyles(document);
    const styles = document.querySelectorAll(`#${PAGE_STYLE_ID}`);
    expect(styles).toHaveLength(1);
    const selectors = (styles[0]?.textContent ?? '').match(/[^{}]+(?=\{)/g) ?? [];
    expect(selectors.length).toBeGreaterThan(5);
    for (const selector of selectors.flatMap((group) => group.split(','))) expect(selector).toMatch(/\.acc-/);
  });

  it('reserve room for the docked panel or its badge only while asked to', () => {
    setDock(document, 'panel');
    expect(document.documentElement.classList.contains('acc-dock-panel')).toBe(true);
    setDock(document, 'badge');
    expect(document.documentElement.className).toBe('acc-dock-badge');
    setDock(document, 'none');
    expect(document.documentElement.className).toBe('');
  });
});

describe('createHighlighter', () => {
  it('marks rows with a class, an outline on the target and a marker carrying the findings', () => {
    const [first] = rows();
    const area = first!.querySelector('textarea')!;
    const highlighter = createHighlighter(document);
    highlighter.show([
      { container: first!, target: area, severity: 'error', messages: ['Error: one', 'Warning: two'], isNew: true },
    ]);
    expect(first!.classList.contains('acc-hl-error')).toBe(true);
    expect(area.classList.contains('acc-target-error')).toBe(true);
    const marker = first!.querySelector('.acc-marker') as HTMLElement;
    expect(marker.title).toBe('Error: one\nWarning: two');
    expect(marker.getAttribute('aria-label')).toContain('Error: one');
    expect(marker.classList.contains('acc-marker-new')).toBe(true);
    expect(isCompanionNode(marker)).toBe(true);
  });

  it('removes marks as soon as their findings go, and leaves unchanged marks alone', () => {
    const [first, second] = rows();
    const highlighter = createHighlighter(document);
    const mark = (container: Element, severity: 'error' | 'warning') => ({
      container,
      severity,
      messages: [severity],
      isNew: false,
    });
    highlighter.show([mark(first!, 'error'), mark(second!, 'warning')]);
    const kept = second!.querySelector('.acc-marker');
    highlighter.show([mark(second!, 'warning')]);
    expect(first!.className).toBe('');
    expect(first!.querySelector('.acc-marker')).toBeNull();
    expect(second!.querySelector('.acc-marker')).toBe(kept);
    highlighter.clear();
    expect(document.querySelectorAll('.acc-marker')).toHaveLength(0);
    expect(second!.className).toBe('');
  });

  it('puts the marker after an item editor control', () => {
    document.body.innerHTML = '<div><input id="a"></div>';
    const input = document.getElementById('a')!;
    createHighlighter(document).show([
      { container: input, target: input, severity: 'warning', messages: ['w'], isNew: false },
    ]);
    expect(input.nextElementSibling?.classList.contains('acc-marker')).toBe(true);
  });
});
