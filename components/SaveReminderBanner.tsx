import { describePlace } from '../content/live/describe-place';
import type { Finding } from '../lib/rules/types';
import { t, tn } from './i18n';
import { findingMessage } from './finding-message';

export interface SaveReminderBannerProps {
  /** The error findings of the record or item being saved. */
  errors: readonly Finding[];
  onDismiss(): void;
}

/** How many errors the banner lists before "and N more" (the panel has them all). */
export const SHOWN_ERRORS = 5;

/**
 * Shown when the cataloger saves with errors. It only informs: the save has already gone ahead, untouched.
 */
export function SaveReminderBanner({ errors, onDismiss }: SaveReminderBannerProps) {
  const shown = errors.slice(0, SHOWN_ERRORS);
  const more = errors.length - shown.length;
  return (
    <div class="acc-sr" role="alert" data-testid="save-reminder" data-count={errors.length}>
      <p class="acc-sr-title">{tn('saveReminder_title', errors.length)}</p>
      <ul class="acc-sr-list">
        {shown.map((finding, index) => (
          <li key={index} data-testid="save-reminder-error" data-rule={finding.ruleId}>
            <strong>{t('saveReminder_place', describePlace(finding))}</strong> {findingMessage(finding)}
          </li>
        ))}
      </ul>
      {more > 0 && <p class="acc-sr-more">{t('saveReminder_more', more)}</p>}
      <p class="acc-sr-note">{t('saveReminder_note')}</p>
      <button type="button" class="acc-sr-dismiss" data-testid="save-reminder-dismiss" onClick={onDismiss}>
        {t('saveReminder_dismiss')}
      </button>
    </div>
  );
}
