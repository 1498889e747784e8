import { afterEach, describe, expect, it, vi } from 'vitest';
import { almaPageSignature, isAlmaBusy } from '../../../../content/dom/alma-page-state';
import { watchPage } from '../../../../content/dom/page-watcher';

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
