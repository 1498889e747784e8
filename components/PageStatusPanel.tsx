import { useRef, useState } from 'preact/hooks';
import { t } from './i18n';
import { pageKindLabel, type PageStatusView } from './page-status-view';

const BODY_ID = 'alma-companion-page-status-body';

/**
 * A small panel docked bottom-right that says what the extension recognised on this page.
 * Collapsible (button or Escape) so it never hides the part of the grid a cataloger needs.
 */
export function PageStatusPanel({ status }: { status: PageStatusView }) {
  const [expanded, setExpanded] = useState(true);
  const toggle = useRef<HTMLButtonElement>(null);
  const recognised = status.kind !== 'unrecognised';
  const collapseOnEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !expanded) return;
    setExpanded(false);
    toggle.current?.focus(); // focus stays in the panel instead of falling back to <body>
  };
  return (
    <section
      class="acc-panel"
      aria-label={t('pageStatus_label')}
      data-testid="page-status"
      data-kind={status.kind}
      data-expanded={expanded}
      onKeyDown={collapseOnEscape}
    >
      <button
        ref={toggle}
        type="button"
        class="acc-toggle"
        aria-expanded={expanded}
        aria-controls={BODY_ID}
        data-testid="page-status-toggle"
        onClick={() => setExpanded(!expanded)}
      >
        <span class={recognised ? 'acc-dot acc-ok' : 'acc-dot acc-bad'} aria-hidden="true" />
        {t('pageStatus_toggle')}
        <span class="visually-hidden"> {t(expanded ? 'pageStatus_collapse' : 'pageStatus_expand')}</span>
      </button>
      {expanded && (
        <div id={BODY_ID} class="acc-body">
          <p class="acc-kind" data-testid="page-kind">
            {pageKindLabel(status.kind)}
          </p>
          {recognised ? <PartlyMissing missing={status.missing} /> : <NotRecognised missing={status.missing} />}
        </div>
      )}
    </section>
  );
}

function PartlyMissing({ missing }: { missing: string[] }) {
  if (missing.length === 0) return null;
  return (
    <p class="acc-note" data-testid="missing">
      {t('pageStatus_partlyMissing', missing.join(', '))}
    </p>
  );
}

function NotRecognised({ missing }: { missing: string[] }) {
  return (
    <p class="acc-problem" role="status" data-testid="not-recognised">
      {missing.length > 0 ? t('pageStatus_notRecognised', missing.join(', ')) : t('pageStatus_notRecognisedNothing')}
    </p>
  );
}
