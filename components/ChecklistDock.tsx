import { useRef, useState } from 'preact/hooks';
import type { ChecklistView } from '../content/page-context/custom-steps';
import { ChecklistCard } from './ChecklistCard';
import { t } from './i18n';

export interface ChecklistDockProps {
  checklists: readonly ChecklistView[];
  /** Ticked step ids per procedure id. */
  ticked: Readonly<Record<string, readonly string[]>>;
  onToggleStep(procedureId: string, stepId: string, ticked: boolean): void;
  /** Why ticks are not saved (no record id, database unavailable), or null. */
  notice: string | null;
  /** True while ticks are being written (exposed as data-saving, for tests and styling). */
  saving?: boolean;
  initiallyExpanded: boolean;
  onExpandedChange?(expanded: boolean): void;
}

const BODY_ID = 'alma-companion-checklists-body';

/**
 * The procedures that apply to this page, docked bottom-left and collapsed to one button until opened,
 * so it never sits on the grid unasked. Procedures offered because of something on the page (a
 * multi-volume set, a withdrawn item) come first and open; of the general ones only the first starts
 * open, and only when nothing specific applies.
 */
export function ChecklistDock({
  checklists,
  ticked,
  onToggleStep,
  notice,
  saving = false,
  initiallyExpanded,
  onExpandedChange,
}: ChecklistDockProps) {
  const [expanded, setExpanded] = useState(initiallyExpanded);
  const toggle = useRef<HTMLButtonElement>(null);
  const change = (value: boolean): void => {
    setExpanded(value);
    onExpandedChange?.(value);
  };
  const collapseOnEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !expanded) return;
    change(false);
    toggle.current?.focus();
  };
  const contextual = checklists.filter((checklist) => checklist.contextual).map((checklist) => checklist.title);
  return (
    <section
      class="acc-cl-dock"
      aria-label={t('checklist_dockLabel')}
      data-testid="checklists"
      data-expanded={expanded}
      data-saving={saving}
      onKeyDown={collapseOnEscape}
    >
      <button
        ref={toggle}
        type="button"
        class="acc-cl-toggle"
        aria-expanded={expanded}
        aria-controls={BODY_ID}
        data-testid="checklists-toggle"
        onClick={() => change(!expanded)}
      >
        <span class="acc-cl-chevron" aria-hidden="true">
          {expanded ? '▾' : '▴'}
        </span>
        {t('checklist_dockTitle', checklists.length)}
        {contextual.length > 0 && <span class="acc-cl-highlight">: {contextual.join(', ')}</span>}
      </button>
      {expanded && (
        <div id={BODY_ID} class="acc-cl-body">
          {notice && (
            <p class="acc-cl-notice" role="status" data-testid="checklists-notice">
              {notice}
            </p>
          )}
          {checklists.map((checklist, index) => (
            <ChecklistCard
              key={checklist.procedureId}
              checklist={checklist}
              ticked={ticked[checklist.procedureId] ?? []}
              idPrefix={`acc-cl-${index}`}
              initiallyOpen={checklist.contextual || (index === 0 && contextual.length === 0)}
              onToggleStep={(stepId, value) => onToggleStep(checklist.procedureId, stepId, value)}
            />
          ))}
        </div>
      )}
    </section>
  );
}
