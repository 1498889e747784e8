import { describe, expect, it, vi } from 'vitest';
import { createPageMemoryService, memoryStore, type StateStore } from '../../../background/page-memory-service';
import { createPageMemoryState, type PageMemoryState } from '../../../background/page-memory';
import { SINGLE_BIB, page, row } from '../procedures/builders';

const MMS = '991000000029706531';
const pages = [
  page({ kind: 'mde-bib', record: SINGLE_BIB, mmsId: MMS }),
  page({
    kind: 'items-list',
    mmsId: MMS,
    items: [row({ barcode: 'B1', itemId: '231' })],
    itemsScope: 'bib',
    itemsTotal: 1,
  }),
  page({
    kind: 'withdraw-dialog',
    withdrawDialog: 'confirm',
    mmsId: MMS,
    items: [row({ barcode: 'B1', itemId: '231', selected: true })],
  }),
  page({ kind: 'withdraw-dialog', withdrawDialog: 'last-item', mmsId: MMS }),
];

describe('createPageMemoryService', () => {
  it('handles pages sent at once in the order they arrived', async () => {
    const service = createPageMemoryService(memoryStore());
    const replies = await Promise.all(pages.map((context) => service.observe('tab:1', context)));
    expect(replies.at(-1)).toEqual([expect.objectContaining({ action: 'delete', needsConfirmation: false })]);
  });

  it('picks up where it left off after a restart of the service worker (same store)', async () => {
    const store = memoryStore();
    const before = createPageMemoryService(store);
    for (const context of pages.slice(0, 3)) await before.observe('tab:1', context);
    const after = createPageMemoryService(store);
    expect(await after.recallBib(MMS)).toEqual(SINGLE_BIB);
    expect(await after.observe('tab:1', pages[3]!)).toEqual([
      expect.objectContaining({ action: 'delete', needsConfirmation: false }),
    ]);
  });

  it('keeps working in memory when the store cannot load or save, and reports each failure', async () => {
    const onError = vi.fn();
    const failing: StateStore = {
      load: () => Promise.reject(new Error('session storage unavailable')),
      save: () => Promise.reject(new Error('quota exceeded')),
    };
    const service = createPageMemoryService(failing, onError);
    for (const context of pages.slice(0, 3)) await service.observe('tab:1', context);
    expect(await service.observe('tab:1', pages[3]!)).toHaveLength(1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'session storage unavailable' }));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'quota exceeded' }));
  });

  it('remembers bibs and item fields for every tab, and forgets them when the store is cleared', async () => {
    let clear = (): void => undefined;
    const store: StateStore = { ...memoryStore(), onCleared: (listener) => (clear = listener) };
    const service = createPageMemoryService(store);
    await service.observe('tab:1', page({ kind: 'mde-bib', record: SINGLE_BIB, mmsId: MMS }));
    await service.rememberItem('tab:1', { itemId: '231', mmsId: MMS }, { barcode: 'B1' });
    expect(await service.recallBib(MMS)).toEqual(SINGLE_BIB);
    expect(await service.rememberItem('tab:2', { itemId: '231', mmsId: null }, { publicNote: 'n' })).toEqual({
      barcode: 'B1',
      publicNote: 'n',
    });
    await store.save(createPageMemoryState());
    clear();
    expect(await service.recallBib(MMS)).toBeNull();
    expect(await service.recallItem('tab:1', { itemId: '231', mmsId: MMS })).toBeNull();
  });

  it('starts afresh from a damaged stored value', async () => {
    const store = memoryStore();
    await store.save({ version: 99 } as unknown as PageMemoryState);
    const service = createPageMemoryService(store);
    expect(await service.recallBib(MMS)).toBeNull();
    await service.observe('tab:1', pages[0]!);
    expect(await store.load()).toMatchObject({
      version: createPageMemoryState().version,
      bibs: { [MMS]: { record: SINGLE_BIB } },
    });
  });

  it('refuses a malformed page without recording it, and the next page still works', async () => {
    const service = createPageMemoryService(memoryStore());
    await expect(service.observe('tab:1', { kind: 'items-list' } as never)).rejects.toThrow(
      'missing the institution profile',
    );
    await expect(service.observe('tab:1', { kind: 'items-list', profile: {}, items: 'x' } as never)).rejects.toThrow(
      'lists items in an unexpected form',
    );
    expect(await service.observe('tab:1', pages[0]!)).toEqual([]);
    await service.forgetTab('tab:1');
    expect(await service.reminders('tab:1')).toEqual([]);
  });
});
