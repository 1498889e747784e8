import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleTabMessage, sendToTab } from '../../../../extension/messaging';
import type { PageSummary } from '../../../../lib/page-summary';

const SUMMARY: PageSummary = {
  kind: 'mde-bib',
  records: [{ pane: 'single', type: 'bib', id: '991234' }],
  counts: { error: 1, warning: 0, info: 0 },
  topFindings: [{ ruleId: 'title-required', severity: 'error', message: 'No 245' }],
  checklists: [],
  notes: [],
};

type Listener = (message: unknown) => Promise<unknown> | undefined;

/**
 * Stands in for the browser's delivery to the tab's frames: every listener hears the message and the first
 * one returning a promise answers; like Chrome, no answering frame is an error.
 */
function deliverToFrames(listeners: Listener[]): void {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tabId: number, message: unknown) => {
    for (const listener of listeners) {
      const reply = listener(message);
      if (reply) return reply;
    }
    throw new Error('Could not establish connection. Receiving end does not exist.');
  });
}

function captureListeners(): Listener[] {
  const listeners: Listener[] = [];
  vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation(
    (listener) => void listeners.push(listener as Listener),
  );
  vi.spyOn(browser.runtime.onMessage, 'removeListener').mockImplementation((listener) => {
    const at = listeners.indexOf(listener as Listener);
    if (at >= 0) listeners.splice(at, 1);
  });
  return listeners;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('tab messages', () => {
  it('delivers a request to the frame that handles it and resolves with its answer', async () => {
    const listeners = captureListeners();
    handleTabMessage('page-summary', () => SUMMARY, new AbortController().signal);
    deliverToFrames(listeners);
    await expect(sendToTab(7, 'page-summary', {})).resolves.toEqual(SUMMARY);
  });

  it('lets frames without a handler stay silent, so another frame answers', async () => {
    const listeners = captureListeners();
    handleTabMessage('page-summary', async () => SUMMARY, new AbortController().signal);
    deliverToFrames([() => undefined, ...listeners]);
    await expect(sendToTab(7, 'page-summary', {})).resolves.toEqual(SUMMARY);
  });

  it('ignores messages that are not ours', () => {
    const listeners = captureListeners();
    handleTabMessage('page-summary', () => SUMMARY, new AbortController().signal);
    expect(listeners[0]!({ type: 'page-summary' })).toBeUndefined();
    expect(listeners[0]!({ channel: 'someone-else', type: 'page-summary' })).toBeUndefined();
  });

  it('resolves with null when no frame answers (not an Alma page)', async () => {
    deliverToFrames([]);
    await expect(sendToTab(7, 'page-summary', {})).resolves.toBeNull();
  });

  it('stops answering once the feature run is aborted', async () => {
    const listeners = captureListeners();
    const run = new AbortController();
    handleTabMessage('page-summary', () => SUMMARY, run.signal);
    expect(listeners).toHaveLength(1);
    run.abort();
    expect(listeners).toHaveLength(0);
    deliverToFrames(listeners);
    await expect(sendToTab(7, 'page-summary', {})).resolves.toBeNull();
  });

  it("rejects with the handler's error instead of losing it", async () => {
    const listeners = captureListeners();
    handleTabMessage(
      'page-summary',
      () => {
        throw new Error('grid half loaded');
      },
      new AbortController().signal,
    );
    deliverToFrames(listeners);
    await expect(sendToTab(7, 'page-summary', {})).rejects.toThrow(
      'The page could not answer "page-summary": grid half loaded',
    );
  });

  it('passes other delivery errors on', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('No tab with id: 7'));
    await expect(sendToTab(7, 'page-summary', {})).rejects.toThrow('No tab with id: 7');
  });
});
