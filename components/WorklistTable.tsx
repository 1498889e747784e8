import type { WorklistEntry, WorklistStatus } from '../lib/oclc/worklist';
import { worldcatUrl } from '../lib/oclc/oclc-number';
import { type MessageKey, t } from './i18n';

export interface WorklistTableProps {
  entries: readonly WorklistEntry[];
  caption: string;
  busy: boolean;
  onChangeStatus(entry: WorklistEntry, status: WorklistStatus): void;
}

const ACTION_LABEL = { set: 'worklist_actionSet', delete: 'worklist_actionDelete' } as const;
const STATUS_LABEL: Record<WorklistStatus, MessageKey> = {
  pending: 'worklist_filterPending',
  done: 'worklist_filterDone',
  removed: 'worklist_filterRemoved',
};

export function WorklistTable({ entries, caption, busy, onChangeStatus }: WorklistTableProps) {
  if (entries.length === 0) return <p data-testid="worklist-empty">{t('worklist_none', caption)}</p>;
  return (
    <table class="worklist-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('worklist_colOclcNumber')}</th>
          <th scope="col">{t('worklist_colAction')}</th>
          <th scope="col">{t('worklist_colBib')}</th>
          <th scope="col">{t('worklist_colReason')}</th>
          <th scope="col">{t('worklist_colAdded')}</th>
          <th scope="col">{t('worklist_colStatus')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('worklist_colChangeStatus')}</span>
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
            <td class={`action-${entry.action}`}>{t(ACTION_LABEL[entry.action])}</td>
            <td>
              {entry.title || t('worklist_untitled')}
              <br />
              <span class="muted">{t('worklist_mmsId', entry.mmsId || t('worklist_unknown'))}</span>
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
            <td>{t(STATUS_LABEL[entry.status])}</td>
            <td class="row-actions">
              {entry.status === 'pending' ? (
                <>
                  <button type="button" disabled={busy} onClick={() => onChangeStatus(entry, 'done')}>
                    {t('worklist_markDone')}{' '}
                    <span class="visually-hidden">{t('worklist_forOclc', entry.oclcNumber)}</span>
                  </button>
                  <button type="button" disabled={busy} onClick={() => onChangeStatus(entry, 'removed')}>
                    {t('worklist_remove')}{' '}
                    <span class="visually-hidden">{t('worklist_oclcNumber', entry.oclcNumber)}</span>
                  </button>
                </>
              ) : (
                <button type="button" disabled={busy} onClick={() => onChangeStatus(entry, 'pending')}>
                  {t('worklist_backToPending')}{' '}
                  <span class="visually-hidden">{t('worklist_forOclc', entry.oclcNumber)}</span>
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
