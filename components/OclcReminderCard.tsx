import type { Reminder } from '../lib/oclc/reminder';

export interface OclcReminderCardProps {
  reminder: Reminder;
  /** Outcome of the last action on this reminder, in words; null before any. */
  status: string | null;
  busy: boolean;
  idPrefix: string;
  onAdd(): void;
  onDismiss(): void;
}

const ACTION_TITLE = { set: 'Set the WorldCat holding', delete: 'Delete the WorldCat holding' } as const;

/**
 * One holdings moment: what happened, the OCLC number and action, a link to WorldCat, and "Add to worklist".
 * When the pages seen could not tell for sure, the question says what to check before acting.
 */
export function OclcReminderCard({ reminder, status, busy, idPrefix, onAdd, onDismiss }: OclcReminderCardProps) {
  const canAdd = reminder.oclcNumber !== null;
  return (
    <article
      class="acc-or-card"
      aria-labelledby={`${idPrefix}-title`}
      data-testid="oclc-reminder"
      data-action={reminder.action}
      data-oclc-number={reminder.oclcNumber ?? ''}
      data-mms-id={reminder.mmsId}
    >
      <h3 class="acc-or-title" id={`${idPrefix}-title`}>
        <span class={`acc-or-action acc-or-${reminder.action}`}>{ACTION_TITLE[reminder.action]}</span>{' '}
        <span data-testid="oclc-number">
          {reminder.oclcNumber ? `OCLC #${reminder.oclcNumber}` : 'OCLC number not known yet'}
        </span>
      </h3>
      <p class="acc-or-bib">
        {reminder.title || 'Untitled bib'} <span class="acc-or-muted">(MMS ID {reminder.mmsId})</span>
      </p>
      <p class="acc-or-reason" data-testid="oclc-reason">
        {reminder.reason}
      </p>
      {reminder.needsConfirmation && reminder.question && (
        <p class="acc-or-question" data-testid="oclc-question">
          <strong>Please check: </strong>
          {reminder.question}
        </p>
      )}
      <div class="acc-or-actions">
        {reminder.worldcatUrl && (
          <a class="acc-or-link" href={reminder.worldcatUrl} target="_blank" rel="noopener noreferrer">
            Open in WorldCat<span class="visually-hidden"> (OCLC #{reminder.oclcNumber}, new tab)</span>
          </a>
        )}
        <button
          type="button"
          class="acc-or-button acc-or-primary"
          data-testid="add-to-worklist"
          disabled={!canAdd || busy}
          aria-describedby={canAdd ? undefined : `${idPrefix}-why`}
          onClick={onAdd}
        >
          Add to worklist
        </button>
        <button type="button" class="acc-or-button" data-testid="dismiss-reminder" onClick={onDismiss}>
          Dismiss<span class="visually-hidden"> this reminder</span>
        </button>
      </div>
      {!canAdd && (
        <p class="acc-or-muted" id={`${idPrefix}-why`}>
          The worklist needs the OCLC number: open the bib in the Metadata Editor once so the companion can read its
          035.
        </p>
      )}
      <p class="acc-or-status" role="status" data-testid="reminder-status">
        {status ?? ''}
      </p>
    </article>
  );
}
