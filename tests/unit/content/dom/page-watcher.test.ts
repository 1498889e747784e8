import { afterEach, describe, expect, it, vi } from 'vitest';
import { almaPageSignature, isAlmaBusy } from '../../../../content/dom/alma-page-state';
import { watchEdits, watchPage } from '../../../../content/dom/page-watcher';
import { cleanBib, renderGrid, textareaOf } from '../live/helpers/grid';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('isAlmaBusy', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    ['no loading elements', '', false],
    ['a shown loading blocker', '<div id="loadingBlocker"></div>', true],
    ['a blocker hidden by class', '<div id="loadingBlocker" class="hide"></div>', false],
    ['a blocker hidden by style', '<div id="loadingBlocker" style="display: none"></div>', false],
    ['a blocker hidden by attribute', '<div id="loadingBlocker" hidden></div>', false],
    ["the new editor's gwtVisibility cover", '<mdng-layout><div class="gwtVisibility"></div></mdng-layout>', true],
  ])('%s → %s', (_name, html, busy) => {
    document.body.innerHTML = html;
    expect(isAlmaBusy(document)).toBe(busy);
  });
});

describe('almaPageSignature', () => {
  it('changes when a grid table is replaced by a new one with the same id', () => {
    document.body.innerHTML = '<table id="editorTable-left"></table>';
    const before = almaPageSignature(document, 'u');
    expect(almaPageSignature(document, 'u')).toBe(before);
    document.body.innerHTML = '<table id="editorTable-left"></table>';
    expect(almaPageSignature(document, 'u')).not.toBe(before);
  });
});

describe('watchPage', () => {
  it('reports once per settled state and stops when aborted', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    document.body.id = 'first';
    watchPage({
      doc: document,
      signal: controller.signal,
      isBusy: () => false,
      read: (doc) => doc.body.id,
      keyOf: (id) => id,
      onChange: (id) => seen.push(id),
      debounceMs: 5,
    });
    document.body.id = 'second';
    document.body.id = 'third'; // within one debounce window: only the settled state counts
    await vi.waitFor(() => expect(seen).toEqual(['first', 'third']));
    controller.abort();
    document.body.id = 'fourth';
    await sleep(30);
    expect(seen).toEqual(['first', 'third']);
    document.body.removeAttribute('id');
  });
});

describe('watchEdits', () => {
  let controller: AbortController;
  afterEach(() => {
    controller.abort();
    document.body.innerHTML = '';
  });
  const mutationsSettled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

  function watch(rowsOnly: boolean): { count(): number } {
    controller = new AbortController();
    let changes = 0;
    watchEdits(document, () => changes++, controller.signal, { rowsOnly });
    return { count: () => changes };
  }

  it('reports typing (input and change events) in the grid', () => {
    renderGrid(cleanBib());
    const changes = watch(true);
    textareaOf('245').dispatchEvent(new Event('input', { bubbles: true }));
    textareaOf('245').dispatchEvent(new Event('change', { bubbles: true }));
    expect(changes.count()).toBe(2);
  });

  it('in the grid, reports rows added and removed, not the overlay re-rendered on each keystroke nor our markers', async () => {
    const [table] = renderGrid(cleanBib());
    const changes = watch(true);
    const overlay = document.createElement('div');
    overlay.className = 'hwt-highlights';
    textareaOf('245').parentElement?.append(overlay);
    overlay.innerHTML = '<mark>$$a</mark> A title.';
    const marker = document.createElement('span');
    marker.className = 'acc-marker';
    table?.querySelector('td')?.append(marker);
    await mutationsSettled();
    expect(changes.count()).toBe(0);

    // A new field: GWT inserts a row like the others (here, a copy of the last one).
    const body = table!.querySelector('tbody')!;
    body.append(body.lastElementChild!.cloneNode(true));
    await mutationsSettled();
    expect(changes.count()).toBe(1);
    body.lastElementChild!.remove();
    await mutationsSettled();
    expect(changes.count()).toBe(2);
  });

  it('elsewhere, reports every DOM change except inside our own docks and hosts', async () => {
    document.body.innerHTML = '<div id="list"></div>';
    const changes = watch(false);
    const dock = document.createElement('div');
    dock.id = 'alma-companion-left-dock';
    document.body.append(dock);
    dock.append(document.createElement('alma-companion-checklists'));
    dock.append(document.createElement('span'));
    await mutationsSettled();
    expect(changes.count()).toBe(0);
    document.getElementById('list')!.append(document.createElement('span'));
    await mutationsSettled();
    expect(changes.count()).toBe(1);
  });

  it('ignores events from our own panel and stops when aborted', () => {
    renderGrid(cleanBib());
    const changes = watch(true);
    const host = document.createElement('alma-companion-findings');
    document.body.append(host);
    host.dispatchEvent(new Event('input', { bubbles: true }));
    expect(changes.count()).toBe(0);
    controller.abort();
    textareaOf('245').dispatchEvent(new Event('input', { bubbles: true }));
    expect(changes.count()).toBe(0);
  });
});
