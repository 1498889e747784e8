import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageReader } from '../../../../content/page-reader';
import type { PageReading } from '../../../../content/page-reading';
import type { ItemRecord } from '../../../../lib/page-model';

const forgetUnsavedItem = vi.fn(async () => undefined);
vi.mock('../../../../content/page-context/client', () => ({ forgetUnsavedItem }));

const { default: itemMemory } = await import('../../../../content/features/item-memory');

function readerShowing(item: Partial<ItemRecord> | null): PageReader {
  const reading = { item } as unknown as PageReading;
  return { current: async () => reading, subscribe: () => undefined } as unknown as PageReader;
}

async function start(item: Partial<ItemRecord> | null): Promise<AbortController> {
  document.body.innerHTML =
    '<button id="PAGE_BUTTONS_cbuttonsave">Save</button><button id="other">Other</button>' +
    '<input id="pageBeanitemMddnxphysicalItemTablebarcode">';
  const controller = new AbortController();
  const context = { doc: document, reader: readerShowing(item) } as never;
  await itemMemory.init(context, controller.signal);
  await Promise.resolve();
  return controller;
}

afterEach(() => {
  forgetUnsavedItem.mockClear();
  document.body.innerHTML = '';
});

describe('item-memory feature', () => {
  it('runs on the item editor only', () => {
    expect(itemMemory.pageKinds).toEqual(['item-editor']);
  });

  it('forgets the item shown when it is saved, and not on other clicks', async () => {
    const controller = await start({ itemId: null, mmsId: '991234' });
    document.getElementById('other')!.click();
    expect(forgetUnsavedItem).not.toHaveBeenCalled();
    document.getElementById('PAGE_BUTTONS_cbuttonsave')!.click();
    expect(forgetUnsavedItem).toHaveBeenCalledWith({ itemId: null, mmsId: '991234' });
    controller.abort();
  });

  it("treats a scanner's Enter in the barcode box as a save", async () => {
    const controller = await start({ itemId: null, mmsId: '991234' });
    const barcode = document.getElementById('pageBeanitemMddnxphysicalItemTablebarcode')!;
    barcode.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(forgetUnsavedItem).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('never prevents the save, and stops listening when its page state ends', async () => {
    const controller = await start({ itemId: null, mmsId: '991234' });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.getElementById('PAGE_BUTTONS_cbuttonsave')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    controller.abort();
    document.getElementById('PAGE_BUTTONS_cbuttonsave')!.click();
    expect(forgetUnsavedItem).toHaveBeenCalledTimes(1);
  });
});
