import { afterEach, describe, expect, it } from 'vitest';
import { watchChanges } from '../../../../content/live/change-watcher';
import { isCompanionNode } from '../../../../content/dom/highlight';
import { cleanBib, renderGrid, textareaOf } from './helpers/grid';

const mutationsSettled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchChanges', () => {
  let controller: AbortController;
  afterEach(() => {
    controller.abort();
    document.body.innerHTML = '';
  });

  function watch(): { count(): number } {
    controller = new AbortController();
    let changes = 0;
    watchChanges(document, () => changes++, controller.signal, isCompanionNode);
    return { count: () => changes };
  }

  it('reports typing (input and change events) in the grid', () => {
    renderGrid(cleanBib());
    const changes = watch();
    textareaOf('245').dispatchEvent(new Event('input', { bubbles: true }));
    textareaOf('245').dispatchEvent(new Event('change', { bubbles: true }));
    expect(changes.count()).toBe(2);
  });

  it('reports rows added and removed, but not the overlay re-rendered on each keystroke nor our own markers', async () => {
    const [table] = renderGrid(cleanBib());
    const changes = watch();
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

  it('ignores events from our own panel and stops when aborted', () => {
    renderGrid(cleanBib());
    const changes = watch();
    const host = document.createElement('alma-companion-findings');
    document.body.append(host);
    host.dispatchEvent(new Event('input', { bubbles: true }));
    expect(changes.count()).toBe(0);
    controller.abort();
    textareaOf('245').dispatchEvent(new Event('input', { bubbles: true }));
    expect(changes.count()).toBe(0);
  });
});
