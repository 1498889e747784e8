import type { LiveFinding } from '../content/live/types';
import { describePlace, describeSource } from '../content/live/describe-place';
import { t } from './i18n';
import { SeverityBadge } from './SeverityBadge';
import { findingMessage } from './finding-message';
import { shownFixDescription } from './rule-words';

export interface FindingItemProps {
  finding: LiveFinding;
  /** The finding "next/previous finding" last went to. */
  active: boolean;
  /** Whether the page has a box to go to (record-level findings have none). */
  canGoTo: boolean;
  onGoTo(id: string): void;
  onFix(id: string): void;
}

/** One finding: what is wrong (message), where (a button that goes there), how to fix it, and its source. */
export function FindingItem({ finding, active, canGoTo, onGoTo, onFix }: FindingItemProps) {
  const { finding: data, id, isNew } = finding;
  const place = describePlace(data);
  // The whole entry is a mouse target; keyboard users have the "go to" button.
  const goToFromClick = (event: MouseEvent): void => {
    const target = event.target as Element;
    if (canGoTo && !target.closest('button, a')) onGoTo(id);
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the click is a shortcut; the Go to button and the panel's keys do the same from the keyboard
    <li
      class={`acc-fi acc-fi-${data.severity}${active ? ' acc-fi-active' : ''}`}
      data-testid="finding"
      data-finding-id={id}
      data-rule={data.ruleId}
      data-severity={data.severity}
      data-tag={data.tag ?? ''}
      data-new={isNew}
      aria-current={active ? 'true' : undefined}
      onClick={goToFromClick}
    >
      <div class="acc-fi-head">
        <SeverityBadge severity={data.severity} />
        {isNew && (
          <span class="acc-fi-new" data-testid="new-badge">
            {t('finding_new')}
          </span>
        )}
        {canGoTo ? (
          <button type="button" class="acc-fi-where" data-testid="go-to" onClick={() => onGoTo(id)}>
            <span class="visually-hidden">{t('finding_goTo')} </span>
            {place}
          </button>
        ) : (
          <span class="acc-fi-where acc-fi-where-static">{place}</span>
        )}
      </div>
      <p class="acc-fi-message" data-testid="message">
        {findingMessage(data)}
      </p>
      {(data.fix || data.source) && (
        <div class="acc-fi-actions">
          {data.fix && (
            <button type="button" class="acc-fi-fix" data-testid="fix" onClick={() => onFix(id)}>
              {t('finding_fix', shownFixDescription(data.fix))}
            </button>
          )}
          {data.source && (
            <a class="acc-fi-source" href={data.source} target="_blank" rel="noopener noreferrer" data-testid="source">
              {describeSource(data.source, data)}
            </a>
          )}
        </div>
      )}
    </li>
  );
}
