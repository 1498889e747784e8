import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import findingsPanel from '../../../../content/features/findings-panel';
import itemChecks from '../../../../content/features/item-checks';
import pageStatus, { describePage } from '../../../../content/features/page-status';
import { PageStatusPanel } from '../../../../components/PageStatusPanel';
import type { PageStatusView } from '../../../../components/page-status-view';

let container: HTMLElement;

function show(status: PageStatusView): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<PageStatusPanel status={status} />, container));
  return container;
}

const byTestId = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`);

afterEach(() => {
  if (container) render(null, container);
  document.body.innerHTML = '';
});

describe('page-status feature', () => {
  it('runs only where no findings panel runs (one panel per page), on lists, dialogs and unrecognised pages', () => {
    const withFindingsPanel = [...findingsPanel.pageKinds, ...itemChecks.pageKinds];
    expect(withFindingsPanel).toEqual(expect.arrayContaining(['mde-bib', 'mde-holdings', 'mde-split', 'item-editor']));
    expect(pageStatus.pageKinds.filter((kind) => withFindingsPanel.includes(kind))).toEqual([]);
    expect(pageStatus.pageKinds).toEqual(
      expect.arrayContaining(['items-list', 'holdings-list', 'withdraw-dialog', 'relink', 'unrecognised']),
    );
  });
});

describe('describePage', () => {
  it('passes the recognised kind and the missing elements through', () => {
    expect(describePage({ kind: 'unrecognised', missing: ['editorTable', 'tagInput'] })).toEqual({
      kind: 'unrecognised',
      missing: ['editorTable', 'tagInput'],
    });
  });
});

describe('PageStatusPanel', () => {
  const list: PageStatusView = { kind: 'items-list', missing: [] };

  it('names the page, and says what it could not find on a page it recognised', () => {
    const root = show(list);
    expect(byTestId(root, 'page-kind')?.textContent).toBe('List of Items');
    expect(byTestId(root, 'missing')).toBeNull();
    render(null, container);
    const partial = show({ kind: 'items-list', missing: ['itemsListExtent'] });
    expect(byTestId(partial, 'missing')?.textContent).toContain('Not found on this page: itemsListExtent.');
  });

  it('says clearly what is missing on an unrecognised page', () => {
    const root = show({ kind: 'unrecognised', missing: ['editorTable', 'tagInput'] });
    expect(byTestId(root, 'page-status')?.getAttribute('data-kind')).toBe('unrecognised');
    expect(byTestId(root, 'not-recognised')?.textContent).toContain(
      'Page not recognised: missing editorTable, tagInput.',
    );
    expect(byTestId(root, 'missing')).toBeNull();
  });

  it('collapses with its button or Escape, keeping focus on the button', () => {
    const root = show(list);
    const toggle = byTestId(root, 'page-status-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe(root.querySelector('.acc-body')?.id);
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(byTestId(root, 'page-kind')).toBeNull();
    act(() => toggle.click());
    act(() => {
      toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });
});
