import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleBackgroundMessages, sendToBackground } from '../../../extension/messaging';

describe('extension/messaging', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('delivers a typed request to its handler and resolves with the reply', async () => {
    handleBackgroundMessages({ ping: () => ({ version: '9.8.7' }) });
    await expect(sendToBackground('ping', {})).resolves.toEqual({ version: '9.8.7' });
  });

  it("rejects with the handler's error message instead of losing it", async () => {
    handleBackgroundMessages({
      ping: async () => {
        throw new Error('database is closed');
      },
    });
    await expect(sendToBackground('ping', {})).rejects.toThrow('The background failed "ping": database is closed');
  });

  it('ignores messages that are not ours, so other listeners can answer them', async () => {
    handleBackgroundMessages({ ping: () => ({ version: '1' }) });
    browser.runtime.onMessage.addListener((message: unknown) =>
      (message as { kind?: string }).kind === 'foreign' ? Promise.resolve('foreign reply') : undefined,
    );
    await expect(browser.runtime.sendMessage({ kind: 'foreign' })).resolves.toBe('foreign reply');
  });

  it('stops answering once removed', async () => {
    const remove = handleBackgroundMessages({ ping: () => ({ version: '1' }) });
    remove();
    browser.runtime.onMessage.addListener(() => undefined);
    await expect(sendToBackground('ping', {})).rejects.toThrow('did not answer "ping"');
  });
});
