import type { Browser } from 'wxt/browser';
import { getProgress, purgeOldProgress, setProgress } from './db/progress-store';
import { addWorklistEntry, clearFinishedWorklist, listWorklist, updateWorklistEntry } from './db/worklist-store';
import type { BackgroundHandlers } from '../extension/messaging';
import type { NewWorklistEntry, WorklistStatus } from '../lib/oclc/worklist';
import type { DatabaseService } from './database-service';
import type { PageMemoryService } from './page-memory-service';
import { isPlainObject } from '../lib/is-plain-object';
import type { ItemMemoryKey, ItemRecord } from '../lib/page-model';

const DAY_MS = 24 * 60 * 60 * 1000;
const PURGE_EVERY_MS = 60 * 60 * 1000;
const STATUSES: readonly WorklistStatus[] = ['pending', 'done', 'removed'];

export interface CompanionHandlerDeps {
  database: DatabaseService;
  pages: PageMemoryService;
  /** Days checklist ticks are kept (settings.ui.checklistRetentionDays). */
  retentionDays: () => Promise<number>;
  openWorklist: () => Promise<void>;
  now?: () => number;
}

export type CompanionHandlers = Omit<BackgroundHandlers, 'ping' | 'validate'>;

/**
 * The background's answers to the database and page-memory messages of extension/messaging.ts. Input is
 * checked here, at the boundary, so a bad request gets a clear error and writes nothing.
 */
export function createCompanionHandlers(deps: CompanionHandlerDeps): CompanionHandlers {
  const now = deps.now ?? Date.now;
  let lastPurge = Number.NEGATIVE_INFINITY;

  /** Old ticks go at most once an hour, when progress is next used. */
  const purgeIfDue = async (days: number): Promise<void> => {
    if (now() - lastPurge < PURGE_EVERY_MS) return;
    lastPurge = now();
    await deps.database.use((db) => purgeOldProgress(db, days, now()));
  };

  return {
    'database/status': () => deps.database.status(),

    'checklist/get-progress': async ({ recordId, procedureIds }) => {
      requireText(recordId, 'record id');
      requireTextList(procedureIds, 'procedure ids');
      const days = await deps.retentionDays();
      await purgeIfDue(days);
      const cutoff = now() - days * DAY_MS;
      const checked: Record<string, string[]> = {};
      await deps.database.use(async (db) => {
        for (const procedureId of procedureIds) {
          const progress = await getProgress(db, recordId, procedureId);
          // Older than the retention period but not purged yet: as good as gone.
          if (progress && progress.updatedAt >= cutoff) checked[procedureId] = progress.checkedSteps;
        }
      });
      return { checked };
    },

    'checklist/set-progress': async ({ recordId, procedureId, checkedSteps }) => {
      requireText(recordId, 'record id');
      requireText(procedureId, 'procedure id');
      requireTextList(checkedSteps, 'ticked steps');
      const stored = await deps.database.use((db) => setProgress(db, { recordId, procedureId, checkedSteps }, now()));
      return { updatedAt: stored.updatedAt };
    },

    'worklist/add': async (input) => {
      const entry = checkWorklistInput(input);
      const result = await deps.database.use((db) => addWorklistEntry(db, entry, { now: now() }));
      return { outcome: result.outcome.kind, entry: result.outcome.entry };
    },

    'worklist/list': async ({ status }) => {
      if (status !== undefined && !STATUSES.includes(status))
        throw new Error(`Unknown worklist status "${String(status)}": use pending, done or removed.`);
      const entries = await deps.database.use((db) => listWorklist(db, status ? { status } : {}));
      return { entries };
    },

    'worklist/update': async ({ id, status, note }) => {
      requireText(id, 'entry id');
      if (!STATUSES.includes(status))
        throw new Error(`Unknown worklist status "${String(status)}": use pending, done or removed.`);
      if (note !== undefined && typeof note !== 'string') throw new Error('A worklist note must be text.');
      const change = note ? { status, note } : { status };
      return { entry: await deps.database.use((db) => updateWorklistEntry(db, id, change)) };
    },

    'worklist/clear-finished': async () => ({ deleted: await deps.database.use((db) => clearFinishedWorklist(db)) }),

    'worklist/open': async () => {
      await deps.openWorklist();
      return { opened: true };
    },

    'page/observe': async ({ context }, sender) => ({ reminders: await deps.pages.observe(tabKey(sender), context) }),

    'page/reminders': async (_request, sender) => ({ reminders: await deps.pages.reminders(tabKey(sender)) }),

    'page/recall-bib': async ({ mmsId }) => {
      requireText(mmsId, 'MMS ID');
      return { record: await deps.pages.recallBib(mmsId) };
    },

    'page/remember-item': async ({ key, fields }, sender) => {
      const checked = checkItemKey(key);
      if (!isPlainObject(fields)) throw new Error('The item fields must be an object of field values.');
      return { fields: await deps.pages.rememberItem(tabKey(sender), checked, fields as Partial<ItemRecord>) };
    },

    'page/recall-item': async ({ key }, sender) => ({
      fields: await deps.pages.recallItem(tabKey(sender), checkItemKey(key)),
    }),

    'page/forget-item': async ({ key }, sender) => {
      await deps.pages.forgetItem(tabKey(sender), checkItemKey(key));
      return {};
    },

    'page/dismiss-reminder': async ({ mmsId, action }, sender) => {
      requireText(mmsId, 'MMS ID');
      if (action !== 'set' && action !== 'delete')
        throw new Error(`Unknown holdings action "${String(action)}": use set or delete.`);
      return { reminders: await deps.pages.dismiss(tabKey(sender), { mmsId, action }) };
    },
  };
}

/** Reminders and the previous page are kept per tab; extension pages share one key. */
export function tabKey(sender: Browser.runtime.MessageSender): string {
  return sender.tab?.id !== undefined ? `tab:${sender.tab.id}` : 'extension';
}

function requireText(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`The request has no ${what}.`);
}

function requireTextList(value: unknown, what: string): asserts value is string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
    throw new Error(`The ${what} must be a list of text values.`);
}

function checkItemKey(key: unknown): ItemMemoryKey {
  const optionalText = (value: unknown): value is string | null => value === null || typeof value === 'string';
  if (!isPlainObject(key) || !optionalText(key.itemId) || !optionalText(key.mmsId))
    throw new Error('The item key needs an item id and an MMS ID (each text or null).');
  return { itemId: key.itemId || null, mmsId: key.mmsId || null };
}

function checkWorklistInput(input: NewWorklistEntry): NewWorklistEntry {
  if (typeof input !== 'object' || input === null) throw new Error('The worklist entry is missing.');
  if (input.action !== 'set' && input.action !== 'delete')
    throw new Error(`Unknown holdings action "${String(input.action)}": use set or delete.`);
  requireText(input.oclcNumber, 'OCLC number');
  for (const key of ['mmsId', 'title', 'reason'] as const) {
    if (typeof input[key] !== 'string') throw new Error(`The worklist entry's ${key} must be text.`);
  }
  return {
    oclcNumber: input.oclcNumber,
    action: input.action,
    mmsId: input.mmsId,
    title: input.title,
    reason: input.reason,
  };
}
