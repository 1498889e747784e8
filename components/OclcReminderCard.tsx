import type { ListState } from '../lib/oclc/list-state';
import type { Reminder } from '../lib/oclc/reminder';
import { t, tn } from './i18n';

export interface OclcReminderCardProps {
  reminder: Reminder;
  /** Outcome of the last action on this reminder, in words; null before any. */
  status: string | null;
  busy: boolean;
  idPrefix: string;
  onAdd(): void;
  onDismiss(): void;
}

const ACTION_TITLE = { set: 'oclc_actionSet', delete: 'oclc_actionDelete' } as const;

/** "This List of Items shows 0 active of 3 items at MAIN." */
export function seenText(seen: ListState): string {
  const of = seen.total ?? seen.shown;
  if (seen.where.length === 0) {
    return tn(seen.page === 'items-list' ? 'oclc_seenItems' : 'oclc_seenHoldings', of, seen.active);
  }
  const named = seen.where.join(', ');
  const where = seen.moreWhere > 0 ? t('oclc_morePlaces', named, seen.moreWhere) : named;
  return tn(seen.page === 'items-list' ? 'oclc_seenItemsAt' : 'oclc_seenHoldingsAt', of, seen.active, where);
}

/**
 * One holdings moment: what happened, the OCLC number and action, a link to WorldCat, and "Add to worklist".
 * When the pages seen could not tell for sure, the question says what to check before acting.
 */
export function OclcReminderCard({ reminder, status, busy, idPrefix, onAdd, onDismiss }: OclcReminderCardProps) {
  const canAdd = reminder.oclcNumber !== null;
  // Alma publishes the holdings itself: nothing for the worklist.
  const byAlma = reminder.publishedByAlma === true;
  return (
    <article
      class="acc-or-card"
      aria-labelledby={`${idPrefix}-title`}
      data-testid="oclc-reminder"
      data-action={reminder.action}
      data-oclc-number={reminder.oclcNumber ?? ''}
      data-mms-id={reminder.mmsId}
      data-by-alma={byAlma ? 'true' : undefined}
    >
      <h3 class="acc-or-title" id={`${idPrefix}-title`}>
        <span class={`acc-or-action acc-or-${reminder.action}`}>{t(ACTION_TITLE[reminder.action])}</span>{' '}
        <span data-testid="oclc-number">
          {reminder.oclcNumber ? t('worklist_oclcNumber', reminder.oclcNumber) : t('oclc_numberUnknown')}
        </span>
      </h3>
      <p class="acc-or-bib">
        {reminder.title || t('oclc_untitled')} <span class="acc-or-muted">({t('worklist_mmsId', reminder.mmsId)})</span>
      </p>
      <p class="acc-or-reason" data-testid="oclc-reason">
        {reminder.reason}
      </p>
      {reminder.seen && (
        <p class="acc-or-seen" data-testid="oclc-seen">
          {seenText(reminder.seen)}
        </p>
      )}
      {byAlma && (
        <p class="acc-or-by-alma" data-testid="oclc-by-alma">
          {t('oclc_publishedByAlma')}
        </p>
      )}
      {reminder.needsConfirmation && reminder.question && (
        <p class="acc-or-question" data-testid="oclc-question">
          <strong>{t('oclc_pleaseCheck')} </strong>
          {reminder.question}
        </p>
      )}
      <div class="acc-or-actions">
        {reminder.worldcatUrl && (
          <a class="acc-or-link" href={reminder.worldcatUrl} target="_blank" rel="noopener noreferrer">
            {t('oclc_openWorldcat')}
            <span class="visually-hidden"> {t('oclc_openWorldcatHidden', reminder.oclcNumber ?? '')}</span>
          </a>
        )}
        {!byAlma && (
          <button
            type="button"
            class="acc-or-button acc-or-primary"
            data-testid="add-to-worklist"
            disabled={!canAdd || busy}
            aria-describedby={canAdd ? undefined : `${idPrefix}-why`}
            onClick={onAdd}
          >
            {t('oclc_addToWorklist')}
          </button>
        )}
        <button type="button" class="acc-or-button" data-testid="dismiss-reminder" onClick={onDismiss}>
          {t('oclc_dismiss')}
          <span class="visually-hidden"> {t('oclc_thisReminder')}</span>
        </button>
      </div>
      {!canAdd && !byAlma && (
        <p class="acc-or-muted" id={`${idPrefix}-why`}>
          {t('oclc_needsNumber')}
        </p>
      )}
      <p class="acc-or-status" role="status" data-testid="reminder-status">
        {status ?? ''}
      </p>
    </article>
  );
}
