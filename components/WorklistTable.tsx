import type { WorklistEntry, WorklistStatus } from '../lib/oclc/worklist';
import { worldcatUrl } from '../lib/oclc/oclc-number';

export interface WorklistTableProps {
  entries: readonly WorklistEntry[];
  caption: string;
  busy: boolean;
  onChangeStatus(entry: WorklistEntry, status: WorklistStatus): void;
}

const ACTION_LABEL = { set: 'Set holding', delete: 'Delete holding' } as const;
const STATUS_LABEL: Record<WorklistStatus, string> = { pending: 'Pending', done: 'Done', removed: 'Removed' };

export function WorklistTable({ entries, caption, busy, onChangeStatus }: WorklistTableProps) {
  if (entries.length === 0) return <p data-testid="worklist-empty">{caption}: none.</p>;
  return (
    <table class="worklist-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">OCLC number</th>
          <th scope="col">Action</th>
          <th scope="col">Bib</th>
          <th scope="col">Reason</th>
          <th scope="col">Added</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span class="visually-hidden">Change status</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr
            key={entry.id}
            data-testid="worklist-entry"
            data-oclc-number={entry.oclcNumber}
            data-action={entry.action}
            data-status={entry.status}
          >
            <td>
              <a href={worldcatUrl(entry.oclcNumber)} target="_blank" rel="noopener noreferrer">
                {entry.oclcNumber}
              </a>
            </td>
            <td class={`action-${entry.action}`}>{ACTION_LABEL[entry.action]}</td>
            <td>
              {entry.title || 'Untitled'}
              <br />
              <span class="muted">MMS ID {entry.mmsId || 'unknown'}</span>
            </td>
            <td>
              {entry.reason}
              {entry.note && <p class="note">{entry.note}</p>}
            </td>
            <td>
              <time dateTime={new Date(entry.createdAt).toISOString()}>
                {new Date(entry.createdAt).toLocaleString()}
              </time>
            </td>
            <td>{STATUS_LABEL[entry.status]}</td>
            <td class="row-actions">
              {entry.status === 'pending' ? (
                <>
                  <button type="button" disabled={busy} onClick={() => onChangeStatus(entry, 'done')}>
                    Mark done<span class="visually-hidden"> for OCLC #{entry.oclcNumber}</span>
                  </button>
                  <button type="button" disabled={busy} onClick={() => onChangeStatus(entry, 'removed')}>
                    Remove<span class="visually-hidden"> OCLC #{entry.oclcNumber}</span>
                  </button>
                </>
              ) : (
                <button type="button" disabled={busy} onClick={() => onChangeStatus(entry, 'pending')}>
                  Back to pending<span class="visually-hidden"> for OCLC #{entry.oclcNumber}</span>
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
