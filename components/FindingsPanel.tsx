import { useEffect, useRef } from 'preact/hooks';
import type { PageKind } from '../content/alma/types';
import type { PanelView, PaneView, SeverityGroup } from '../content/live/group-findings';
import type { ShortcutAction, ShortcutBinding } from '../content/live/shortcuts';
import type { LiveFinding, PaneId } from '../content/live/types';
import { FindingItem } from './FindingItem';
import { findingMessage } from './finding-message';
import { type MessageKey, t, tn } from './i18n';
import { pageKindLabel } from './page-status-view';
import { severityLabel, SeverityCounts } from './SeverityBadge';

export interface PanelStatus {
  text: string;
  tone: 'info' | 'error';
  /** Offer "Undo" for the last fix. */
  canUndo: boolean;
}

export interface FindingsPanelProps {
  /** "Record checks" or "Item checks". */
  title: string;
  /** The Alma page recognised (the page-status panel stays off where this panel runs, so this one names it). */
  pageKind?: PageKind;
  view: PanelView;
  /** Increments with every validation (tests and the benchmark wait for it). */
  revision: number;
  /** True while Alma is loading: the findings shown are from before. */
  waiting: boolean;
  expanded: boolean;
  activeId: string | null;
  /** The panes whose folded inherited findings the cataloger opened. */
  openInherited: ReadonlySet<PaneId>;
  /** Inherited errors shown unfolded (settings.ui.inheritedErrorsExpanded); warnings and info stay folded. */
  inheritedErrorsExpanded: boolean;
  status: PanelStatus | null;
  /** Settings that could not be used (e.g. a custom rule that does not compile). */
  settingsProblems: readonly string[];
  /** Increments when the panel should take the focus (shown with the keyboard shortcut). */
  focusRequest: number;
  canGoTo(finding: LiveFinding): boolean;
  onToggle(): void;
  onToggleInherited(pane: PaneId): void;
  onGoTo(id: string): void;
  onFix(id: string): void;
  onUndo(): void;
  /**
   * Checks the page's record(s) again without the worker's time budget; offered where a live check stopped
   * at it (no button without it).
   */
  onCheckNow?(): void;
  /** The keyboard commands and the keys the browser binds to them now (null until known). */
  shortcuts: readonly ShortcutBinding[] | null;
}

const SHORTCUT_LABELS: Record<ShortcutAction, MessageKey> = {
  'toggle-panel': 'shortcut_togglePanel',
  'next-finding': 'shortcut_nextFinding',
  'previous-finding': 'shortcut_previousFinding',
};

const PANE_LABELS: Record<PaneId, MessageKey> = {
  single: 'pane_single',
  left: 'pane_left',
  right: 'pane_right',
  item: 'pane_item',
};
const TYPE_LABELS = {
  bib: 'recordType_bib',
  holdings: 'recordType_holdings',
  item: 'recordType_item',
} as const satisfies Record<string, MessageKey>;
const BODY_ID = 'acc-fp-body';

/**
 * The findings panel, docked beside Alma's editor (never over it) and collapsible to a badge with counts.
 * Keys pressed inside it stay inside (Alma's document-level key handlers never see them), except our
 * shortcuts, which it handles itself.
 */
export function FindingsPanel(props: FindingsPanelProps) {
  const { view, expanded } = props;
  const toggle = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const lastFocusRequest = useRef(props.focusRequest);
  // Hiding or showing from inside the panel swaps the toggle button: the focus must follow it, not fall to <body>.
  const refocusToggle = useRef(false);

  useEffect(() => {
    if (props.focusRequest === lastFocusRequest.current && !refocusToggle.current) return;
    lastFocusRequest.current = props.focusRequest;
    refocusToggle.current = false;
    toggle.current?.focus();
  }, [props.focusRequest, expanded]);
  // After Fix (its button goes with the finding) or Undo, keyboard users land on Undo, or on the toggle.
  const focusAfterAction = useRef(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusAfterAction.current) return;
    focusAfterAction.current = false;
    (undoButton.current ?? toggle.current)?.focus();
  }, [props.status]);
  const onFix = (id: string): void => {
    focusAfterAction.current = true;
    props.onFix(id);
  };
  const onUndo = (): void => {
    focusAfterAction.current = true;
    props.onUndo();
  };
  const toggleFromPanel = (): void => {
    refocusToggle.current = true;
    props.onToggle();
  };

  useEffect(() => {
    if (!props.activeId || !body.current) return;
    const item = body.current.querySelector(`[data-finding-id="${CSS.escape(props.activeId)}"]`);
    item?.scrollIntoView({ block: 'nearest' });
  }, [props.activeId, expanded]);

  const onKey = (event: KeyboardEvent): void => {
    event.stopPropagation();
    if (event.type !== 'keydown') return;
    // The shortcuts themselves are browser commands: the browser takes those keys before the page sees them.
    if (event.key === 'Escape' && expanded) {
      toggleFromPanel();
    }
  };
  const keyHandlers = { onKeyDown: onKey, onKeyUp: onKey, onKeyPress: onKey };
  const label = t('panel_label', props.title);
  const toggleKeys =
    props.shortcuts?.find((shortcut) => shortcut.action === 'toggle-panel')?.keys || t('shortcut_notSet');
  // Until the first answer from the engine, zero counts would read as "no problems": say it is checking.
  const checking = props.revision === 0;
  const counts = (layout?: 'column') =>
    checking ? (
      <span class="acc-fp-checking" data-testid="checking-counts">
        …
      </span>
    ) : (
      <SeverityCounts counts={view.counts} layout={layout} />
    );

  if (!expanded) {
    return (
      <aside
        class="acc-fp acc-fp-collapsed"
        aria-label={label}
        data-testid="findings-panel"
        data-kind={props.pageKind}
        data-expanded="false"
        data-revision={props.revision}
        {...keyHandlers}
      >
        <button
          ref={toggle}
          type="button"
          class="acc-fp-badge"
          aria-expanded="false"
          data-testid="findings-toggle"
          title={t('panel_showTitle', props.title, toggleKeys)}
          onClick={toggleFromPanel}
        >
          <span class="visually-hidden">{t(checking ? 'panel_showChecking' : 'panel_show', props.title)} </span>
          {counts('column')}
        </button>
      </aside>
    );
  }
  return (
    <aside
      class="acc-fp"
      aria-label={label}
      data-testid="findings-panel"
      data-kind={props.pageKind}
      data-expanded="true"
      data-waiting={props.waiting}
      data-revision={props.revision}
      {...keyHandlers}
    >
      <div class="acc-fp-header">
        <h2 class="acc-fp-title">{props.title}</h2>
        {counts()}
        <button
          ref={toggle}
          type="button"
          class="acc-fp-hide"
          aria-expanded="true"
          aria-controls={BODY_ID}
          data-testid="findings-toggle"
          title={t('panel_hideTitle', toggleKeys)}
          onClick={toggleFromPanel}
        >
          {t('panel_hide')}
          <span class="visually-hidden"> {props.title}</span>
        </button>
        {props.pageKind && (
          <p class="acc-fp-page-kind" data-testid="page-kind">
            {pageKindLabel(props.pageKind)}
          </p>
        )}
      </div>
      <div
        class={`acc-fp-status${props.status?.tone === 'error' ? ' acc-fp-status-error' : ''}`}
        role="status"
        data-testid="status"
      >
        {props.status && (
          <>
            <span data-testid="status-text">{props.status.text}</span>
            {props.status.canUndo && (
              <button ref={undoButton} type="button" class="acc-fp-undo" data-testid="undo" onClick={onUndo}>
                {t('panel_undo')}
              </button>
            )}
          </>
        )}
      </div>
      <div id={BODY_ID} class="acc-fp-body" ref={body} aria-busy={checking}>
        {checking && !props.waiting && (
          <p class="acc-fp-note" data-testid="checking">
            {t('panel_checking')}
          </p>
        )}
        {props.waiting && (
          <p class="acc-fp-note" data-testid="waiting">
            {t('panel_waiting')}
          </p>
        )}
        {props.settingsProblems.map((problem) => (
          <p key={problem} class="acc-fp-note acc-fp-note-problem" data-testid="settings-problem">
            {problem}
          </p>
        ))}
        {view.panes.map((pane) => (
          <PaneSection key={pane.header.pane} pane={pane} {...props} onFix={onFix} />
        ))}
      </div>
      {props.shortcuts && (
        <p class="acc-fp-footer" data-testid="shortcuts">
          {props.shortcuts.map((shortcut) => (
            <span key={shortcut.action} data-testid="shortcut" data-action={shortcut.action}>
              {shortcut.keys ? <kbd>{shortcut.keys}</kbd> : <span class="acc-fp-unbound">{t('shortcut_notSet')}</span>}{' '}
              {t(SHORTCUT_LABELS[shortcut.action])}
            </span>
          ))}
        </p>
      )}
    </aside>
  );
}

function PaneSection(props: FindingsPanelProps & { pane: PaneView }) {
  const { pane } = props;
  const { header } = pane;
  const headingId = `acc-fp-pane-${header.pane}`;
  const inheritedId = `acc-fp-inherited-${header.pane}`;
  const open = props.openInherited.has(header.pane);
  return (
    <section class="acc-fp-pane" aria-labelledby={headingId} data-testid="pane" data-pane={header.pane}>
      <h3 id={headingId} class="acc-fp-pane-title">
        {t('panel_paneTitle', t(PANE_LABELS[header.pane]), t(TYPE_LABELS[header.recordType]))}
      </h3>
      <dl class="acc-fp-facts">
        <dt>{t('panel_factType')}</dt>
        <dd data-testid="record-type" data-record-type={header.recordType}>
          {t(TYPE_LABELS[header.recordType])}
        </dd>
        <dt>{t(header.recordType === 'item' ? 'panel_factBibMmsId' : 'panel_factMmsId')}</dt>
        <dd data-testid="mms-id">{header.mmsId ?? t('panel_notShown')}</dd>
        {header.fieldCount !== null && (
          <>
            <dt>{t('panel_factFields')}</dt>
            <dd data-testid="field-count">{header.fieldCount}</dd>
          </>
        )}
      </dl>
      {pane.notes.map((note) => (
        <p key={note} class="acc-fp-note" data-testid="pane-note">
          {note}
        </p>
      ))}
      {pane.budget && <BudgetNotice budget={pane.budget} pane={header.pane} onCheckNow={props.onCheckNow} />}
      <div class="acc-fp-new" data-testid="new-findings" data-count={pane.newCount}>
        <h4 class="acc-fp-part-title">{t('panel_newSinceOpened', pane.newCount)}</h4>
        {pane.newCount === 0 ? (
          <p class="acc-fp-empty" data-testid="no-new-problems">
            {pane.inheritedCount === 0
              ? t('panel_noProblems')
              : t('panel_noNewProblemsButInherited', inheritedTotals(pane))}
          </p>
        ) : (
          <SeverityGroups groups={pane.newGroups} {...props} />
        )}
      </div>
      {pane.inheritedCount > 0 && <InheritedPart {...props} pane={pane} open={open} foldedId={inheritedId} />}
    </section>
  );
}

/**
 * The live check stopped at the worker's time budget: the engine's note in the interface's language (too large
 * or unusual to check live, its largest field) and the offer to check the whole record now, without the budget.
 */
function BudgetNotice(props: { budget: LiveFinding; pane: PaneId; onCheckNow: (() => void) | undefined }) {
  const messageId = `acc-fp-budget-${props.pane}`;
  return (
    <div class="acc-fp-note acc-fp-budget" data-testid="budget-notice">
      <p id={messageId} class="acc-fp-budget-text" data-testid="budget-message">
        {findingMessage(props.budget.finding)}
      </p>
      {props.onCheckNow && (
        <button
          type="button"
          class="acc-fp-check-now"
          data-testid="check-now"
          aria-describedby={messageId}
          onClick={props.onCheckNow}
        >
          {t('panel_checkNow')}
        </button>
      )}
    </div>
  );
}

/** "2 errors, 1 warning": what was already in the record, per severity (none left out). */
function inheritedTotals(pane: PaneView): string {
  const { error, warning, info } = pane.inheritedCounts;
  const parts = [
    error > 0 ? tn('count_error', error) : null,
    warning > 0 ? tn('count_warning', warning) : null,
    info > 0 ? tn('count_info', info) : null,
  ];
  return parts.filter((part) => part !== null).join(', ');
}

/**
 * What was already in the record when it opened. Its errors are shown unfolded (unless the setting says
 * otherwise): a cataloger must not miss an error because it was there before. Warnings and info are folded.
 */
function InheritedPart(props: FindingsPanelProps & { pane: PaneView; open: boolean; foldedId: string }) {
  const { pane, open, foldedId } = props;
  const errorsShown = props.inheritedErrorsExpanded;
  const shownGroups = errorsShown ? pane.inheritedGroups.filter((group) => group.severity === 'error') : [];
  const foldedGroups = errorsShown
    ? pane.inheritedGroups.filter((group) => group.severity !== 'error')
    : pane.inheritedGroups;
  const foldedCount = foldedGroups.reduce((sum, group) => sum + group.count, 0);
  const headingId = `${foldedId}-title`;
  const toggle = (
    <button
      type="button"
      class="acc-fp-part-toggle"
      aria-expanded={open}
      aria-controls={foldedId}
      data-testid="inherited-toggle"
      onClick={() => props.onToggleInherited(pane.header.pane)}
    >
      {errorsShown ? t('panel_inheritedFolded', foldedCount) : t('panel_inherited', pane.inheritedCount)}
    </button>
  );
  return (
    <div class="acc-fp-inherited" data-testid="inherited-findings" data-count={pane.inheritedCount}>
      {errorsShown && (
        <h4 id={headingId} class="acc-fp-part-title" data-testid="inherited-title">
          {t('panel_inherited', pane.inheritedCount)}
        </h4>
      )}
      {shownGroups.length > 0 && (
        <div data-testid="inherited-errors">
          <SeverityGroups groups={shownGroups} {...props} />
        </div>
      )}
      {foldedCount > 0 && toggle}
      {foldedCount > 0 && open && (
        <div id={foldedId} data-testid="inherited-folded">
          <SeverityGroups groups={foldedGroups} {...props} />
        </div>
      )}
    </div>
  );
}

function SeverityGroups(props: FindingsPanelProps & { groups: readonly SeverityGroup[] }) {
  return (
    <>
      {props.groups.map((group) => (
        <div key={group.severity} class="acc-fp-severity" data-testid="severity-group" data-severity={group.severity}>
          <h5 class={`acc-fp-severity-title acc-sev-text-${group.severity}`}>
            {t('panel_severityGroup', severityLabel(group.severity, 'many'), group.count)}
          </h5>
          <ul class="acc-fp-places">
            {group.places.map((place) => (
              <li key={place.place} class="acc-fp-place" data-testid="place-group" data-place={place.place}>
                <span class="acc-fp-place-name">{place.place || t('place_wholeRecord')}</span>
                <ul class="acc-fp-findings">
                  {place.findings.map((finding) => (
                    <FindingItem
                      key={finding.id}
                      finding={finding}
                      active={finding.id === props.activeId}
                      canGoTo={props.canGoTo(finding)}
                      onGoTo={props.onGoTo}
                      onFix={props.onFix}
                    />
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
