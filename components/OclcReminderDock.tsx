import { useRef, useState } from 'preact/hooks';
import type { Reminder } from '../lib/oclc/reminder';
import { OclcReminderCard } from './OclcReminderCard';
import { t } from './i18n';

export interface OclcReminderDockProps {
  reminders: readonly Reminder[];
  /** Status text per reminder key (reminderKey). */
  statuses: Readonly<Record<string, string>>;
  busy: ReadonlySet<string>;
  /** A problem reaching the background (shown instead of failing silently), or null. */
  problem: string | null;
  onAdd(reminder: Reminder): void;
  onDismiss(reminder: Reminder): void;
  onOpenWorklist(): void;
}

export function reminderKey(reminder: Pick<Reminder, 'mmsId' | 'action'>): string {
  return `${reminder.mmsId}|${reminder.action}`;
}

const BODY_ID = 'alma-companion-oclc-reminders-body';

/** The OCLC holdings reminders of this tab, above the checklists; open while there are any. */
export function OclcReminderDock({
  reminders,
  statuses,
  busy,
  problem,
  onAdd,
  onDismiss,
  onOpenWorklist,
}: OclcReminderDockProps) {
  const [expanded, setExpanded] = useState(true);
  const toggle = useRef<HTMLButtonElement>(null);
  const collapseOnEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !expanded) return;
    setExpanded(false);
    toggle.current?.focus();
  };
  return (
    <section
      class="acc-or-dock"
      aria-label={t('oclc_dockLabel')}
      data-testid="oclc-reminders"
      data-expanded={expanded}
      onKeyDown={collapseOnEscape}
    >
      <button
        ref={toggle}
        type="button"
        class="acc-or-toggle"
        aria-expanded={expanded}
        aria-controls={BODY_ID}
        onClick={() => setExpanded(!expanded)}
      >
        <span class="acc-or-chevron" aria-hidden="true">
          {expanded ? '▾' : '▴'}
        </span>
        {t('oclc_dockTitle', reminders.length)}
      </button>
      {expanded && (
        <div id={BODY_ID} class="acc-or-body">
          {problem && (
            <p class="acc-or-problem" role="alert" data-testid="oclc-problem">
              {problem}
            </p>
          )}
          {reminders.map((reminder, index) => {
            const key = reminderKey(reminder);
            return (
              <OclcReminderCard
                key={key}
                reminder={reminder}
                status={statuses[key] ?? null}
                busy={busy.has(key)}
                idPrefix={`acc-or-${index}`}
                onAdd={() => onAdd(reminder)}
                onDismiss={() => onDismiss(reminder)}
              />
            );
          })}
          <p class="acc-or-footer">
            <button type="button" class="acc-or-linkbutton" data-testid="open-worklist" onClick={onOpenWorklist}>
              {t('oclc_openWorklist')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
