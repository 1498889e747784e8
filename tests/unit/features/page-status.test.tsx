import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { recognisePage } from '../../../lib/alma';
import findingsPanel from '../../../lib/features/findings-panel';
import itemChecks from '../../../lib/features/item-checks';
import pageStatus, { describePage } from '../../../lib/features/page-status';
import { PageStatusPanel } from '../../../components/PageStatusPanel';
import type { PageStatusView } from '../../../components/page-status-view';

/** A two-field bibliographic grid with its pane title, as the GWT editor writes it (ids carry a row index). */
const row = (index: number, tag: string, text: string) =>
  `<tr><td><input id="FieldTagBox.tag.${tag}.${index}" value="${tag}"></td>
   <td><input id="FieldIndicatorBox.tag.${tag}.${index}.1" value=""><input id="FieldIndicatorBox.tag.${tag}.${index}.2" value=""></td>
   <td><div id="MarcEditorPresenter.textArea.${tag}.${index}"><textarea>${text}</textarea></div></td></tr>`;
const GRID = `<div id="MarcEditorView.title">Bibliographic (991234567890)</div>
  <div class="marcEditor mainContainer"><table id="editorTable-left"><tbody>
  ${row(0, 'LDR', '00000nam#a2200000#i#4500')}${row(1, '001', '991234567890')}${row(2, '245', '$$a Title')}
  </tbody></table></div>`;

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
  it('reads record type, MMS ID (from the pane title) and field count (leader excluded) from a grid', () => {
    document.body.innerHTML = GRID;
    const page = recognisePage(document);
    expect(page.kind).toBe('mde-bib');
    expect(describePage(document, page).panes).toEqual([
      { pane: 'single', recordType: 'bib', mmsId: '991234567890', fieldCount: 2 },
    ]);
  });

  it('reads nothing for a list page, and passes the missing elements through', () => {
    const status = describePage(document, { kind: 'unrecognised', missing: ['editorTable', 'tagInput'] });
    expect(status).toEqual({ kind: 'unrecognised', missing: ['editorTable', 'tagInput'], panes: [], item: null });
  });
});

describe('PageStatusPanel', () => {
  const grid: PageStatusView = {
    kind: 'mde-split',
    missing: [],
    panes: [
      { pane: 'left', recordType: 'bib', mmsId: '991', fieldCount: 12 },
      { pane: 'right', recordType: 'holdings', mmsId: '221', fieldCount: 3 },
    ],
    item: null,
  };

  it('shows each pane with its record type, MMS ID and field count', () => {
    const root = show(grid);
    expect(byTestId(root, 'page-kind')?.textContent).toBe('Metadata Editor: split view');
    const panes = Array.from(root.querySelectorAll('[data-testid="pane"]'), (pane) => [
      pane.getAttribute('data-pane'),
      byTestId(pane, 'record-type')?.textContent,
      byTestId(pane, 'mms-id')?.textContent,
      byTestId(pane, 'field-count')?.textContent,
    ]);
    expect(panes).toEqual([
      ['left', 'Bibliographic', '991', '12'],
      ['right', 'Holdings', '221', '3'],
    ]);
  });

  it('says clearly what is missing on an unrecognised page', () => {
    const root = show({ kind: 'unrecognised', missing: ['editorTable', 'tagInput'], panes: [], item: null });
    expect(byTestId(root, 'page-status')?.getAttribute('data-kind')).toBe('unrecognised');
    expect(byTestId(root, 'not-recognised')?.textContent).toContain('Page not recognised: missing editorTable, tagInput.');
    expect(byTestId(root, 'pane')).toBeNull();
  });

  it('collapses with its button or Escape, keeping focus on the button', () => {
    const root = show(grid);
    const toggle = byTestId(root, 'page-status-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe(root.querySelector('.acc-body')?.id);
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(byTestId(root, 'pane')).toBeNull();
    act(() => toggle.click());
    act(() => {
      toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });
});
