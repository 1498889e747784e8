import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPageMemoryState } from '../../../background/page-memory';
import { sessionStore } from '../../../background/session-store';

describe('sessionStore', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the page memory as one JSON string and reads it back', async () => {
    const state = { ...createPageMemoryState(), clock: 7 };
    await sessionStore().save(state);
    const stored = (await fakeBrowser.storage.session.get('pageMemory')).pageMemory;
    expect(typeof stored).toBe('string');
    expect(await sessionStore().load()).toEqual(state);
  });

  it('reads the object an earlier release stored, and nothing from an unreadable string', async () => {
    const state = createPageMemoryState();
    await fakeBrowser.storage.session.set({ pageMemory: state });
    expect(await sessionStore().load()).toEqual(state);
    await fakeBrowser.storage.session.set({ pageMemory: '{not json' });
    expect(await sessionStore().load()).toBeUndefined();
  });
});
