import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineFeature, startFeatures } from '../../../content/feature-manager';
import { featureStatusesOf } from '../../../content/feature-status';
import { parseHtml } from './alma/helpers/fixtures';

const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => {});

describe('feature statuses for the popup', () => {
  const wxt = new ContentScriptContext('test');
  afterEach(() => vi.restoreAllMocks());

  it('records which features run on the page kind, how their start ended, and where the others run', async () => {
    quiet();
    const doc = parseHtml('<html><body></body></html>');
    const features = [
      defineFeature({ id: 'runs', description: '', pageKinds: ['items-list'], init: () => {} }),
      defineFeature({ id: 'declines', description: '', pageKinds: ['items-list'], init: () => false }),
      defineFeature({
        id: 'breaks',
        description: '',
        pageKinds: ['items-list'],
        init: () => {
          throw new Error('boom');
        },
      }),
      defineFeature({ id: 'elsewhere', description: '', pageKinds: ['mde-bib'], init: () => {} }),
    ];
    const runs = startFeatures(
      features,
      { doc, page: { kind: 'items-list', missing: [] }, wxt },
      new AbortController().signal,
    );
    await Promise.all(runs.map((run) => run.done));
    expect(featureStatusesOf(doc)).toEqual([
      { id: 'runs', state: 'ran', pageKinds: ['items-list'] },
      { id: 'declines', state: 'not-applicable', pageKinds: ['items-list'] },
      { id: 'breaks', state: 'failed', pageKinds: ['items-list'] },
      { id: 'elsewhere', state: 'other-pages', pageKinds: ['mde-bib'] },
    ]);
  });

  it('a run of an earlier page state does not overwrite the statuses of the current one', async () => {
    const doc = parseHtml('<html><body></body></html>');
    let finish: () => void = () => {};
    const slow = defineFeature({
      id: 'slow',
      description: '',
      pageKinds: ['items-list', 'mde-bib'],
      init: () => new Promise<void>((resolve) => (finish = resolve)),
    });
    const first = startFeatures(
      [slow],
      { doc, page: { kind: 'items-list', missing: [] }, wxt },
      new AbortController().signal,
    );
    const slowSecond = defineFeature({ ...slow, init: () => new Promise<void>(() => {}) });
    startFeatures([slowSecond], { doc, page: { kind: 'mde-bib', missing: [] }, wxt }, new AbortController().signal);
    finish();
    await first[0]!.done;
    expect(featureStatusesOf(doc)).toEqual([{ id: 'slow', state: 'starting', pageKinds: ['items-list', 'mde-bib'] }]);
  });
});
