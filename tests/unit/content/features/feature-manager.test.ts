import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageKind } from '../../../../content/alma/types';
import { almaPageSignature, isAlmaBusy } from '../../../../content/dom/alma-page-state';
import {
  defineFeature,
  LOG_PREFIX,
  runFeatures,
  startFeatures,
  type Feature,
  type FeatureContext,
  type PageRecognition,
} from '../../../../content/feature-manager';

const page = (kind: PageKind): PageRecognition => ({ kind, missing: [] });

function recordingFeature(
  id: string,
  pageKinds: PageKind[],
  calls: Array<{ kind: PageKind; signal: AbortSignal }>,
): Feature {
  return defineFeature({
    id,
    description: `records its calls (${id})`,
    pageKinds,
    init: (context: FeatureContext, signal) => {
      calls.push({ kind: context.page.kind, signal });
    },
  });
}

describe('startFeatures', () => {
  let wxt: ContentScriptContext;
  beforeEach(() => {
    wxt = new ContentScriptContext('test');
  });
  afterEach(() => {
    wxt.abort();
    vi.restoreAllMocks();
  });

  it('keeps running the other features when one throws or rejects, and logs each failure with the prefix', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const calls: Array<{ kind: PageKind; signal: AbortSignal }> = [];
    const throwsNow = defineFeature({
      id: 'throws-now',
      description: 'throws synchronously',
      pageKinds: ['mde-bib'],
      init: () => {
        throw new Error('sync boom');
      },
    });
    const rejectsLater = defineFeature({
      id: 'rejects-later',
      description: 'rejects after a tick',
      pageKinds: ['mde-bib'],
      init: async () => {
        await Promise.resolve();
        throw new Error('async boom');
      },
    });
    const runs = startFeatures(
      [throwsNow, rejectsLater, recordingFeature('survivor', ['mde-bib'], calls)],
      { doc: document, page: page('mde-bib'), wxt },
      new AbortController().signal,
    );
    expect(await Promise.all(runs.map((run) => run.done))).toEqual(['failed', 'failed', 'ran']);
    expect(calls).toHaveLength(1);
    const logged = errors.mock.calls.map((args) => args.map(String).join(' '));
    expect(logged).toEqual([
      `${LOG_PREFIX} throws-now: failed to start Error: sync boom`,
      `${LOG_PREFIX} rejects-later: failed to start Error: async boom`,
    ]);
  });

  it('does not wait for one init before starting the next', () => {
    const calls: Array<{ kind: PageKind; signal: AbortSignal }> = [];
    const neverSettles = defineFeature({
      id: 'never-settles',
      description: 'an init that keeps waiting (e.g. for an element that never comes)',
      pageKinds: ['mde-bib'],
      init: () => new Promise<void>(() => {}),
    });
    startFeatures(
      [neverSettles, recordingFeature('next', ['mde-bib'], calls)],
      { doc: document, page: page('mde-bib'), wxt },
      new AbortController().signal,
    );
    expect(calls).toHaveLength(1); // started synchronously, in the same call
  });

  it('starts only the features that list the page kind, and reports a feature that declines', async () => {
    const calls: Array<{ kind: PageKind; signal: AbortSignal }> = [];
    const declines = defineFeature({
      id: 'declines',
      description: 'not here',
      pageKinds: ['item-editor'],
      init: () => false,
    });
    const runs = startFeatures(
      [recordingFeature('grid-only', ['mde-bib'], calls), declines],
      { doc: document, page: page('item-editor'), wxt },
      new AbortController().signal,
    );
    expect(runs.map((run) => run.id)).toEqual(['declines']);
    expect(await runs[0]!.done).toBe('not-applicable');
    expect(calls).toEqual([]);
  });

  it('gives each feature its own signal, all aborted by the parent', async () => {
    const calls: Array<{ kind: PageKind; signal: AbortSignal }> = [];
    const parent = new AbortController();
    const runs = startFeatures(
      [recordingFeature('a', ['mde-bib'], calls), recordingFeature('b', ['mde-bib'], calls)],
      { doc: document, page: page('mde-bib'), wxt },
      parent.signal,
    );
    await Promise.all(runs.map((run) => run.done));
    expect(calls[0]!.signal).not.toBe(calls[1]!.signal);
    runs[0]!.controller.abort();
    expect(calls.map((call) => call.signal.aborted)).toEqual([true, false]);
    parent.abort('page changed');
    expect(calls.map((call) => call.signal.aborted)).toEqual([true, true]);
  });
});

describe('runFeatures', () => {
  let wxt: ContentScriptContext;
  beforeEach(() => {
    document.body.innerHTML = '';
    document.body.id = 'body_id_xml_file_resource_editor.physical.items_list.xml';
    wxt = new ContentScriptContext('test');
  });
  afterEach(() => {
    wxt.abort();
    document.body.removeAttribute('id');
  });

  /** Recognises pages by body id only: enough to drive the manager without content/alma. */
  const recogniseByBodyId = (doc: Document): PageRecognition =>
    page(
      doc.body.id.includes('item_general')
        ? 'item-editor'
        : doc.body.id.includes('items_list')
          ? 'items-list'
          : 'other',
    );

  function start(features: Feature[]) {
    return runFeatures(wxt, features, {
      doc: document,
      recognise: recogniseByBodyId,
      isBusy: isAlmaBusy,
      signature: (doc) => almaPageSignature(doc, 'https://example.alma.exlibrisgroup.com/'),
      debounceMs: 5,
    });
  }

  it('aborts the previous run and starts again when the body id changes', async () => {
    const calls: Array<{ kind: PageKind; signal: AbortSignal }> = [];
    start([recordingFeature('any', ['items-list', 'item-editor'], calls)]);
    expect(calls.map((call) => call.kind)).toEqual(['items-list']);
    document.body.id = 'body_id_xml_file_resource_editor.physical.item_general.xml';
    await vi.waitFor(() => expect(calls.map((call) => call.kind)).toEqual(['items-list', 'item-editor']));
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(calls[1]!.signal.aborted).toBe(false);
  });

  it('starts again when the editor grid is replaced, but not for other mutations', async () => {
    const calls: Array<{ kind: PageKind; signal: AbortSignal }> = [];
    document.body.innerHTML = '<table id="editorTable-left"><tbody></tbody></table>';
    start([recordingFeature('any', ['items-list'], calls)]);
    document.body.append(document.createElement('p')); // unrelated change: same page
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(calls).toHaveLength(1);
    document.body.innerHTML = '<table id="editorTable-left"><tbody></tbody></table>'; // record switch
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[0]!.signal.aborted).toBe(true);
  });

  it("waits while Alma's loading blocker is shown", async () => {
    const calls: Array<{ kind: PageKind; signal: AbortSignal }> = [];
    document.body.innerHTML = '<div id="loadingBlocker"></div>';
    start([recordingFeature('any', ['items-list'], calls)]);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(calls).toHaveLength(0);
    document.getElementById('loadingBlocker')!.classList.add('hide');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
  });

  it('waits until the new editor removes div.gwtVisibility', async () => {
    const calls: Array<{ kind: PageKind; signal: AbortSignal }> = [];
    document.body.innerHTML = '<mdng-layout><div class="gwtVisibility"></div></mdng-layout>';
    start([recordingFeature('any', ['items-list'], calls)]);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(calls).toHaveLength(0);
    document.querySelector('.gwtVisibility')!.remove();
    await vi.waitFor(() => expect(calls).toHaveLength(1));
  });

  it('aborts every run when the content script is invalidated, and a failing recogniser breaks nothing', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const calls: Array<{ kind: PageKind; signal: AbortSignal }> = [];
    runFeatures(wxt, [recordingFeature('other-pages', ['other'], calls)], {
      doc: document,
      recognise: () => {
        throw new Error('layout changed');
      },
      isBusy: () => false,
      signature: () => 'same',
    });
    expect(calls.map((call) => call.kind)).toEqual(['other']);
    expect(errors).toHaveBeenCalledWith(`${LOG_PREFIX} feature manager:`, 'page recognition failed', expect.any(Error));
    wxt.abort();
    expect(calls[0]!.signal.aborted).toBe(true);
    errors.mockRestore();
  });
});
