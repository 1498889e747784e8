import { useCallback, useEffect, useState } from 'preact/hooks';
import type { WorklistEntry, WorklistStatus } from '../lib/oclc/worklist';
import { WorklistExport } from './WorklistExport';
import { WorklistTable } from './WorklistTable';
import { errorText } from '../lib/error-text';

/** What the view needs from the background (extension/messaging in the page, fakes in tests). */
export interface WorklistApi {
  list(): Promise<WorklistEntry[]>;
  update(id: string, status: WorklistStatus, note?: string): Promise<void>;
  clearFinished(): Promise<number>;
}

type Filter = WorklistStatus | 'all';
const FILTERS: ReadonlyArray<{ value: Filter; label: string }> = [
  { value: 'pending', label: 'Pending' },
  { value: 'done', label: 'Done' },
  { value: 'removed', label: 'Removed' },
  { value: 'all', label: 'All' },
];

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
      setProblem(`The worklist could not be read: ${text(error)}`);
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
      setMessage(`Nothing changed: ${text(error)}`);
    } finally {
      setBusy(false);
      await load();
    }
  };
  const changeStatus = (entry: WorklistEntry, status: WorklistStatus): void =>
    void run(async () => {
      await api.update(entry.id, status);
      return `OCLC #${entry.oclcNumber} (${entry.action}) is now ${status}.`;
    });
  const markAllDone = (): void =>
    void run(async () => {
      const pending = (entries ?? []).filter((entry) => entry.status === 'pending');
      for (const entry of pending) await api.update(entry.id, 'done', 'Marked done with all pending entries.');
      return `${pending.length} ${pending.length === 1 ? 'entry' : 'entries'} marked done.`;
    });
  const clearFinished = (): void => {
    setConfirmClear(false);
    void run(async () => {
      const deleted = await api.clearFinished();
      return `${deleted} finished ${deleted === 1 ? 'entry' : 'entries'} deleted.`;
    });
  };

  const all = entries ?? [];
  const count = (status: Filter): number =>
    status === 'all' ? all.length : all.filter((entry) => entry.status === status).length;
  const shown = filter === 'all' ? all : all.filter((entry) => entry.status === filter);
  const finished = count('done') + count('removed');
  return (
    <main class="page worklist-page">
      <h1>OCLC holdings worklist</h1>
      <p>
        Holdings to set or delete in WorldCat, collected from the companion's reminders in Alma. A "set" and a "delete"
        for the same number cancel each other out; the same change added twice is kept once.
      </p>
      {problem && (
        <p class="problem" role="alert" data-testid="worklist-problem">
          {problem}
        </p>
      )}
      <p role="status" class="message" data-testid="worklist-message">
        {message}
      </p>
      {entries === null && !problem && <p>Loading…</p>}
      {entries !== null && (
        <>
          <fieldset class="filters">
            <legend>Show</legend>
            {FILTERS.map(({ value, label }) => (
              <label key={value}>
                <input
                  type="radio"
                  name="filter"
                  value={value}
                  checked={filter === value}
                  onChange={() => setFilter(value)}
                />{' '}
                {label} ({count(value)})
              </label>
            ))}
          </fieldset>
          <WorklistTable
            entries={shown}
            caption={`${FILTERS.find((f) => f.value === filter)?.label ?? ''} entries`}
            busy={busy}
            onChangeStatus={changeStatus}
          />
          <div class="bulk-actions">
            <button type="button" disabled={busy || count('pending') === 0} onClick={markAllDone}>
              Mark all pending done
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
                  Delete {finished} finished {finished === 1 ? 'entry' : 'entries'} for good
                </button>
                <button type="button" onClick={() => setConfirmClear(false)}>
                  Keep them
                </button>
              </>
            ) : (
              <button type="button" disabled={busy || finished === 0} onClick={() => setConfirmClear(true)}>
                Clear finished…
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
