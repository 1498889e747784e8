import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDatabaseService, type DatabaseService } from '../../../background/database-service';
import { createCompanionHandlers, tabKey, type CompanionHandlers } from '../../../background/handlers';
import { createPageMemoryService, memoryStore } from '../../../background/page-memory-service';
import { openCompanionDb } from '../../../background/db/companion-db';
import { handleBackgroundMessages, sendToBackground } from '../../../extension/messaging';
import { SINGLE_BIB, page, row } from '../procedures/builders';

const DAY = 24 * 60 * 60 * 1000;
const tab = (id: number) => ({ tab: { id } }) as Browser.runtime.MessageSender;
const NO_TAB = {} as Browser.runtime.MessageSender;
const DELETE = {
  oclcNumber: '987654321',
  action: 'delete' as const,
  mmsId: '991',
  title: 'One book',
  reason: 'Last copy withdrawn.',
};

let name: string;
let counter = 0;
let clock: number;
let database: DatabaseService;
let handlers: CompanionHandlers;
let opened: string[];

beforeEach(() => {
  name = `handlers-${++counter}`;
  clock = Date.UTC(2025, 0, 10);
  opened = [];
  database = createDatabaseService({ open: () => openCompanionDb(name) });
  handlers = createCompanionHandlers({
    database,
    pages: createPageMemoryService(memoryStore()),
    retentionDays: async () => 30,
    openWorklist: async () => {
      opened.push('worklist');
    },
    now: () => clock,
  });
});
afterEach(async () => {
  database.close();
  await deleteDB(name);
});

describe('checklist progress handlers', () => {
  it('stores ticks per record and procedure and reads back only the procedures asked for', async () => {
    await handlers['checklist/set-progress'](
      { recordId: 'bib:991', procedureId: 'multi-volume-monographs', checkedSteps: ['set-bib'] },
      NO_TAB,
    );
    await handlers['checklist/set-progress'](
      { recordId: 'bib:991', procedureId: 'oclc-holdings', checkedSteps: ['copy-number'] },
      NO_TAB,
    );
    const { checked } = await handlers['checklist/get-progress'](
      { recordId: 'bib:991', procedureIds: ['multi-volume-monographs', 'withdrawal'] },
      NO_TAB,
    );
    expect(checked).toEqual({ 'multi-volume-monographs': ['set-bib'] });
  });

  it('drops ticks older than the retention period, even before the hourly purge has run', async () => {
    await handlers['checklist/set-progress'](
      { recordId: 'bib:991', procedureId: 'withdrawal', checkedSteps: ['eligible'] },
      NO_TAB,
    );
    expect(
      (await handlers['checklist/get-progress']({ recordId: 'bib:991', procedureIds: ['withdrawal'] }, NO_TAB)).checked,
    ).toEqual({ withdrawal: ['eligible'] });
    clock += 31 * DAY;
    expect(
      (await handlers['checklist/get-progress']({ recordId: 'bib:991', procedureIds: ['withdrawal'] }, NO_TAB)).checked,
    ).toEqual({});
    // And the purge removed it from the database.
    expect(await database.use((db) => db.count('progress'))).toBe(0);
  });

  it('refuses requests without a record id or with steps that are not a list, writing nothing', async () => {
    await expect(
      handlers['checklist/set-progress']({ recordId: ' ', procedureId: 'withdrawal', checkedSteps: [] }, NO_TAB),
    ).rejects.toThrow('The request has no record id.');
    await expect(
      handlers['checklist/set-progress'](
        { recordId: 'bib:1', procedureId: 'withdrawal', checkedSteps: 'eligible' as unknown as string[] },
        NO_TAB,
      ),
    ).rejects.toThrow('The ticked steps must be a list of text values.');
    expect(await database.use((db) => db.count('progress'))).toBe(0);
  });
});

describe('worklist handlers', () => {
  it('adds once, merges a duplicate, and cancels the opposite action', async () => {
    expect((await handlers['worklist/add'](DELETE, NO_TAB)).outcome).toBe('added');
    expect((await handlers['worklist/add']({ ...DELETE, reason: 'Again.' }, NO_TAB)).outcome).toBe('merged');
    expect((await handlers['worklist/list']({ status: 'pending' }, NO_TAB)).entries).toHaveLength(1);
    const cancel = await handlers['worklist/add']({ ...DELETE, action: 'set', reason: 'Reinstated.' }, NO_TAB);
    expect(cancel.outcome).toBe('cancelled');
    expect(cancel.entry).toMatchObject({ action: 'delete', status: 'removed' });
    expect((await handlers['worklist/list']({ status: 'pending' }, NO_TAB)).entries).toEqual([]);
  });

  it('marks entries done, clears finished ones, and rejects unknown statuses and bad numbers', async () => {
    const { entry } = await handlers['worklist/add'](DELETE, NO_TAB);
    await expect(handlers['worklist/update']({ id: entry.id, status: 'archived' as 'done' }, NO_TAB)).rejects.toThrow(
      'Unknown worklist status "archived"',
    );
    expect(
      (await handlers['worklist/update']({ id: entry.id, status: 'done', note: 'Sent in batch.' }, NO_TAB)).entry,
    ).toMatchObject({ status: 'done', note: 'Sent in batch.' });
    expect(await handlers['worklist/clear-finished']({}, NO_TAB)).toEqual({ deleted: 1 });
    await expect(handlers['worklist/add']({ ...DELETE, oclcNumber: 'ocm12x' }, NO_TAB)).rejects.toThrow(
      'is not an OCLC number',
    );
    await expect(handlers['worklist/add']({ ...DELETE, action: 'move' as 'set' }, NO_TAB)).rejects.toThrow(
      'Unknown holdings action "move"',
    );
    expect((await handlers['worklist/list']({}, NO_TAB)).entries).toEqual([]);
  });

  it('opens the worklist page on request', async () => {
    expect(await handlers['worklist/open']({}, NO_TAB)).toEqual({ opened: true });
    expect(opened).toEqual(['worklist']);
  });
});

describe('page memory handlers', () => {
  const MMS = '991000000029706531';
  const list = page({
    kind: 'items-list',
    mmsId: MMS,
    items: [row({ barcode: 'B1', itemId: '231' })],
    itemsScope: 'bib',
    itemsTotal: 1,
  });

  it('detects the last item leaving from the pages of one tab; other tabs see no reminder, but the bib memory is shared', async () => {
    await handlers['page/observe']({ context: page({ kind: 'mde-bib', record: SINGLE_BIB, mmsId: MMS }) }, tab(1));
    await handlers['page/observe']({ context: list }, tab(1));
    await handlers['page/observe'](
      {
        context: page({
          kind: 'withdraw-dialog',
          withdrawDialog: 'confirm',
          mmsId: MMS,
          items: [row({ barcode: 'B1', itemId: '231', selected: true })],
        }),
      },
      tab(1),
    );
    const question = page({ kind: 'withdraw-dialog', withdrawDialog: 'last-item', mmsId: MMS });
    const { reminders } = await handlers['page/observe']({ context: question }, tab(1));
    expect(reminders).toEqual([
      expect.objectContaining({ action: 'delete', oclcNumber: '987654321', needsConfirmation: false }),
    ]);
    expect((await handlers['page/reminders']({}, tab(2))).reminders).toEqual([]);
    expect((await handlers['page/recall-bib']({ mmsId: MMS }, tab(2))).record).toEqual(SINGLE_BIB);
    expect((await handlers['page/dismiss-reminder']({ mmsId: MMS, action: 'delete' }, tab(1))).reminders).toEqual([]);
  });

  it('refuses a page description without a kind, and keeps working', async () => {
    await expect(handlers['page/observe']({ context: { profile: {} } as never }, tab(1))).rejects.toThrow(
      'missing its page kind',
    );
    expect((await handlers['page/observe']({ context: list }, tab(1))).reminders).toEqual([]);
  });

  it('keeps reminders working when the database cannot be opened', async () => {
    const broken = createCompanionHandlers({
      database: createDatabaseService({
        open: () => Promise.reject(Object.assign(new Error('corrupt'), { name: 'UnknownError' })),
      }),
      pages: createPageMemoryService(memoryStore()),
      retentionDays: async () => 30,
      openWorklist: async () => undefined,
    });
    await expect(broken['worklist/add'](DELETE, NO_TAB)).rejects.toThrow(
      /companion database could not be opened \(UnknownError: corrupt\)/,
    );
    expect(await broken['database/status']({}, NO_TAB)).toMatchObject({
      available: false,
      problem: expect.stringContaining('keeps working'),
    });
    expect((await broken['page/observe']({ context: list }, tab(3))).reminders).toEqual([]);
  });

  it("remembers a grid's bib and an item's fields across tabs, and refuses malformed ones", async () => {
    await handlers['page/observe']({ context: page({ kind: 'mde-bib', record: SINGLE_BIB, mmsId: MMS }) }, tab(1));
    expect((await handlers['page/recall-bib']({ mmsId: MMS }, tab(2))).record).toEqual(SINGLE_BIB);
    const key = { itemId: '231', mmsId: MMS };
    await handlers['page/remember-item']({ key, fields: { barcode: 'B1' } }, tab(1));
    expect((await handlers['page/recall-item']({ key }, tab(2))).fields).toEqual({ barcode: 'B1' });
    // An unsaved item is the asking tab's own.
    const unsaved = { itemId: null, mmsId: MMS };
    await handlers['page/remember-item']({ key: unsaved, fields: { barcode: 'NEW' } }, tab(1));
    expect((await handlers['page/recall-item']({ key: unsaved }, tab(1))).fields).toEqual({ barcode: 'NEW' });
    expect((await handlers['page/recall-item']({ key: unsaved }, tab(2))).fields).toBeNull();
    // Saved: the next new item of the bib in that tab starts from its own pages.
    expect(await handlers['page/forget-item']({ key: unsaved }, tab(1))).toEqual({});
    expect((await handlers['page/recall-item']({ key: unsaved }, tab(1))).fields).toBeNull();
    expect((await handlers['page/recall-item']({ key }, tab(2))).fields).toEqual({ barcode: 'B1' });
    await expect(handlers['page/recall-item']({ key: { itemId: 5 } as never }, tab(1))).rejects.toThrow(
      'The item key needs an item id and an MMS ID',
    );
  });

  it('tells extension pages apart from tabs', () => {
    expect(tabKey(tab(7))).toBe('tab:7');
    expect(tabKey(NO_TAB)).toBe('extension');
  });
});

describe('through extension/messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers typed messages and passes readable errors back', async () => {
    handleBackgroundMessages(handlers);
    expect(await sendToBackground('worklist/add', DELETE)).toMatchObject({
      outcome: 'added',
      entry: { oclcNumber: '987654321' },
    });
    expect((await sendToBackground('worklist/list', {})).entries).toHaveLength(1);
    await expect(sendToBackground('page/recall-bib', { mmsId: '' })).rejects.toThrow(
      'The background failed "page/recall-bib": The request has no MMS ID.',
    );
  });
});
