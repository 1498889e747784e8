import { useCallback, useEffect, useState } from 'preact/hooks';
import type { WorklistEntry, WorklistStatus } from '../lib/oclc/worklist';
import { WorklistExport } from './WorklistExport';
import { WorklistTable } from './WorklistTable';
import { errorText } from '../lib/error-text';
import { type MessageKey, t, tn } from './i18n';

/** What the view needs from the background (extension/messaging in the page, fakes in tests). */
export interface WorklistApi {
  list(): Promise<WorklistEntry[]>;
  update(id: string, status: WorklistStatus, note?: string): Promise<void>;
  clearFinished(): Promise<number>;
}

type Filter = WorklistStatus | 'all';
const FILTERS: ReadonlyArray<{ value: Filter; label: MessageKey }> = [
  { value: 'pending', label: 'worklist_filterPending' },
  { value: 'done', label: 'worklist_filterDone' },
  { value: 'removed', label: 'worklist_filterRemoved' },
  { value: 'all', label: 'worklist_filterAll' },
];
const NOW_STATUS: Record<WorklistStatus, MessageKey> = {
  pending: 'worklist_nowPending',
  done: 'worklist_nowDone',
  removed: 'worklist_nowRemoved',
};

/**
 * The OCLC holdings worklist page: entries to set or delete in WorldCat, marked done or removed one by
 * one, exported as number files for Connexion or Record Manager and as CSV. Reloads when the page is
 * shown again, since reminders in Alma tabs add entries meanwhile.
 */
export function WorklistView({ api, symbol }: { api: WorklistApi; symbol: string }) {
  const [entries, setEntries] = useState<WorklistEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [filter, setFilter] = useState<Filter>('pending');
  const [busy, setBusy] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);

  const load = useCallback(async () => {
    try {
      setEntries(await api.list());
      setProblem(null);
    } catch (error) {
      setProblem(t('worklist_unreadable', text(error)));
    }
  }, [api]);

  useEffect(() => {
    void load();
    const onShow = (): void => {
      if (document.visibilityState === 'visible') void load();
    };
    document.addEventListener('visibilitychange', onShow);
    return () => document.removeEventListener('visibilitychange', onShow);
  }, [load]);

  const run = async (work: () => Promise<string>): Promise<void> => {
    setBusy(true);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage(t('worklist_nothingChanged', text(error)));
    } finally {
      setBusy(false);
      await load();
    }
  };
  const changeStatus = (entry: WorklistEntry, status: WorklistStatus): void =>
    void run(async () => {
      await api.update(entry.id, status);
      return t(NOW_STATUS[status], entry.oclcNumber, t(`worklist_actionShort_${entry.action}`));
    });
  const markAllDone = (): void =>
    void run(async () => {
      const pending = (entries ?? []).filter((entry) => entry.status === 'pending');
      for (const entry of pending) await api.update(entry.id, 'done', t('worklist_markedDoneNote'));
      return tn('worklist_markedDone', pending.length);
    });
  const clearFinished = (): void => {
    setConfirmClear(false);
    void run(async () => {
      const deleted = await api.clearFinished();
      return tn('worklist_deleted', deleted);
    });
  };

  const all = entries ?? [];
  const count = (status: Filter): number =>
    status === 'all' ? all.length : all.filter((entry) => entry.status === status).length;
  const shown = filter === 'all' ? all : all.filter((entry) => entry.status === filter);
  const finished = count('done') + count('removed');
  return (
    <main class="page worklist-page">
      <h1>{t('worklist_title')}</h1>
      <p>{t('worklist_intro')}</p>
      {problem && (
        <p class="problem" role="alert" data-testid="worklist-problem">
          {problem}
        </p>
      )}
      <p role="status" class="message" data-testid="worklist-message">
        {message}
      </p>
      {entries === null && !problem && <p>{t('worklist_loading')}</p>}
      {entries !== null && (
        <>
          <fieldset class="filters">
            <legend>{t('worklist_show')}</legend>
            {FILTERS.map(({ value, label }) => (
              <label key={value}>
                <input
                  type="radio"
                  name="filter"
                  value={value}
                  checked={filter === value}
                  onChange={() => setFilter(value)}
                />{' '}
                {t('worklist_filterCount', t(label), count(value))}
              </label>
            ))}
          </fieldset>
          <WorklistTable
            entries={shown}
            caption={t('worklist_caption', t(FILTERS.find((f) => f.value === filter)?.label ?? 'worklist_filterAll'))}
            busy={busy}
            onChangeStatus={changeStatus}
          />
          <div class="bulk-actions">
            <button type="button" disabled={busy || count('pending') === 0} onClick={markAllDone}>
              {t('worklist_markAllDone')}
            </button>
            {confirmClear ? (
              <>
                <button
                  type="button"
                  class="danger"
                  disabled={busy}
                  onClick={clearFinished}
                  data-testid="confirm-clear"
                >
                  {tn('worklist_confirmDelete', finished)}
                </button>
                <button type="button" onClick={() => setConfirmClear(false)}>
                  {t('worklist_keep')}
                </button>
              </>
            ) : (
              <button type="button" disabled={busy || finished === 0} onClick={() => setConfirmClear(true)}>
                {t('worklist_clearFinished')}
              </button>
            )}
          </div>
          <WorklistExport entries={all} symbol={symbol} />
        </>
      )}
    </main>
  );
}

function text(error: unknown): string {
  return errorText(error);
}
