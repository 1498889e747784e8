import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabaseService } from '../../../background/database-service';
import { openCompanionDb } from '../../../background/db/companion-db';
import { createCompanionHandlers } from '../../../background/handlers';
import { createPageMemoryService, memoryStore } from '../../../background/page-memory-service';
import { createSettingsService } from '../../../background/settings-service';
import { createValidateHandler } from '../../../background/validation-handler';
import { loadSettings, watchSettings } from '../../../extension/storage';
import { recognisePage } from '../../../content/alma';
import { startFeatures } from '../../../content/feature-manager';
import { features } from '../../../content/features';
import { handleBackgroundMessages } from '../../../extension/messaging';
import { ALMA_FIXTURES } from './alma/helpers/fixtures';

/** Every extraction of the grid's records, whoever asks (the features must share one per change). */
const extractions = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../content/alma/extract-record', async (original) => {
  const actual = await original<typeof import('../../../content/alma/extract-record')>();
  return {
    ...actual,
    extractRecords: (...args: Parameters<typeof actual.extractRecords>) => {
      extractions.count++;
      return actual.extractRecords(...args);
    },
  };
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Longer than the reader's debounce and the OCLC feature's delay, so every feature has had its turn. */
const SETTLE_MS = 800;

describe('one reading per change, with every feature of the Metadata Editor running', () => {
  let wxt: ContentScriptContext;
  let controller: AbortController;
  let validations: number;
  let stopHandlers: () => void;
  const dbName = 'one-reading';

  beforeEach(() => {
    fakeBrowser.reset();
    validations = 0;
    extractions.count = 0;
    const handlers = createCompanionHandlers({
      database: createDatabaseService({ open: () => openCompanionDb(dbName) }),
      pages: createPageMemoryService(memoryStore()),
      retentionDays: async () => 30,
      openWorklist: async () => undefined,
    });
    const handleValidate = createValidateHandler(createSettingsService({ load: loadSettings, watch: watchSettings }));
    stopHandlers = handleBackgroundMessages({
      ...handlers,
      validate: (request) => {
        validations++;
        return handleValidate(request);
      },
    });
    const html = readFileSync(join(ALMA_FIXTURES, 'mde-bib/grid.html'), 'utf8');
    document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
    wxt = new ContentScriptContext('test');
    controller = new AbortController();
  });
  afterEach(async () => {
    controller.abort();
    wxt.abort();
    stopHandlers();
    document.documentElement.innerHTML = '<head></head><body></body>';
    await deleteDB(dbName);
  });

  it('extracts the page once and validates the record once per edit', async () => {
    const page = recognisePage(document);
    expect(page.kind).toBe('mde-bib');
    const runs = startFeatures(features, { doc: document, page, wxt }, controller.signal);
    // The panel, the save reminder, the popup's summary, the OCLC reminders and the checklists.
    expect(runs.map((run) => run.id)).toEqual(
      expect.arrayContaining(['findings-panel', 'save-reminder', 'page-summary', 'oclc-reminders', 'checklists']),
    );
    const outcomes = await Promise.all(runs.map(async (run) => [run.id, await run.done] as const));
    expect(outcomes.filter(([, outcome]) => outcome !== 'ran')).toEqual([]);
    await sleep(SETTLE_MS);
    expect(document.querySelector('alma-companion-findings')).not.toBeNull();
    // Opening the page: one reading, one validation.
    expect(extractions.count).toBe(1);
    expect(validations).toBe(1);

    for (let edit = 1; edit <= 2; edit++) {
      const textarea = document.querySelector<HTMLTextAreaElement>('textarea')!;
      textarea.value = `${textarea.value} edit ${edit}`;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
      await sleep(SETTLE_MS);
      expect(extractions.count).toBe(1 + edit);
      expect(validations).toBe(1 + edit);
    }
    // The popup asks: it is answered from the last reading and its validation, not a new one.
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      { channel: 'alma-companion-tab/v1', type: 'page-summary', payload: {} },
      {},
    );
    const summary = (await Promise.all(replies)).find((reply) => reply !== undefined) as {
      ok: boolean;
      value: { kind: string; records: unknown[] };
    };
    expect(summary).toMatchObject({ ok: true, value: { kind: 'mde-bib', records: [expect.anything()] } });
    expect(extractions.count).toBe(3);
    expect(validations).toBe(3);
  });
});
