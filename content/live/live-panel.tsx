import { FindingsPanel, type PanelStatus } from '../../components/FindingsPanel';
import { t } from '../../components/i18n';
import { createHighlighter, setDock } from '../dom/highlight';
import { mountPreactUi } from '../dom/mount-preact';
import type { FeatureContext } from '../feature-manager';
import type { PageReading } from '../page-reading';
import { buildPanelView, type PanelView } from './group-findings';
import { marksFor } from './highlight-marks';
import { createLiveSession } from './live-session';
import type { LivePageAdapter } from './page-adapter';
import { createSerialRuns } from './serial-runs';
import type { ShortcutAction, ShortcutBinding } from './shortcuts';
import { listenForCommands, requestShortcutBindings } from '../../extension/commands';
import type { LiveFinding, PaneId } from './types';
import type { UndoEntry } from './undo';
import { errorText } from '../../lib/error-text';
import { findingMessage } from '../../components/finding-message';
import { shownFixDescription } from '../../components/rule-words';

/**
 * Runs the findings panel on one editor page: validates each reading of the page (content/page-reader.ts:
 * one per burst of edits, never while Alma is loading), marks new versus inherited findings, highlights
 * rows, applies fixes with undo, and answers the keyboard shortcuts. Everything is undone when `signal`
 * aborts (page change, unload).
 */
export async function runLivePanel(
  { doc, page, wxt, log, reader }: FeatureContext,
  signal: AbortSignal,
  adapter: LivePageAdapter,
): Promise<void> {
  let next: PageReading = await reader.current();
  if (signal.aborted) return;
  /** The reading whose findings the panel shows: Go to, Fix and highlights act on its rows. */
  let shown: PageReading | null = null;

  const session = createLiveSession((anchor) => !(anchor as Node).isConnected);
  const highlighter = createHighlighter(doc);
  const undoStack: UndoEntry[] = [];
  const ui = {
    expanded: next.settings.ui.panelShownByDefault,
    activeId: null as string | null,
    openInherited: new Set<PaneId>(),
    inheritedErrorsExpanded: next.settings.ui.inheritedErrorsExpanded !== false,
    status: null as PanelStatus | null,
    waiting: false,
    focusRequest: 0,
    revision: 0,
    customRuleErrors: [] as readonly string[],
    view: buildPanelView([]),
    shortcuts: null as readonly ShortcutBinding[] | null,
  };

  const setStatus = (text: string, tone: PanelStatus['tone'] = 'info'): void => {
    ui.status = { text, tone, canUndo: undoStack.length > 0 };
  };
  /** Set by "Check this record now": the next run asks the worker to check without its time budget. */
  let onDemandNext = false;
  /** Validates the latest reading (the engine answers from the background; the reading shares the result). */
  const validateOnce = async (): Promise<void> => {
    if (signal.aborted) return; // a run queued before the page changed
    const reading = next;
    const onDemand = onDemandNext;
    onDemandNext = false;
    try {
      const { panes, customRuleErrors } = await (onDemand
        ? session.update(reading.panes, reading.validation, { onDemand })
        : session.update(reading.panes, reading.validation));
      if (signal.aborted) return;
      ui.view = buildPanelView(panes);
      ui.inheritedErrorsExpanded = reading.settings.ui.inheritedErrorsExpanded !== false;
      ui.customRuleErrors = customRuleErrors;
      ui.waiting = false;
      ui.revision++;
      if (ui.status?.tone === 'error' && ui.status.text.startsWith(t('status_checksFailed', ''))) ui.status = null;
      shown = reading;
      highlighter.show(
        marksFor(
          panes.flatMap((pane) => pane.findings),
          (finding) => adapter.targetOf(finding, reading),
        ),
      );
    } catch (error) {
      if (signal.aborted) return;
      log.error('could not check the page', error);
      setStatus(t('status_checksFailed', errorText(error)), 'error');
    }
    render();
  };
  // One validation at a time, in order: changes made while one runs are picked up by the next.
  const runs = createSerialRuns(validateOnce);
  reader.onWaiting(() => {
    if (ui.waiting) return;
    ui.waiting = true;
    render();
  }, signal);
  /**
   * Acting on a finding needs the page as it is now, not as it was before the last keystroke: read a pending
   * change (unless Alma is loading) and wait until no validation is going, so the finding and the rows the
   * adapter acts on come from the same reading (`shown`).
   */
  const current = async (id: string): Promise<{ finding: LiveFinding; reading: PageReading } | undefined> => {
    for (;;) {
      await reader.current();
      if (runs.idle) break;
      await runs.settled();
    }
    const finding = signal.aborted ? undefined : session.findingById(id);
    return finding && shown ? { finding, reading: shown } : undefined;
  };
  /** After a fix or an undo: the page is read again at once, and the panel waits for that reading's findings. */
  const recheck = async (): Promise<void> => {
    await reader.refresh();
    await runs.settled();
  };
  /** Go to, Fix and Undo run one after another, each on the page as the previous one left it. */
  let actions: Promise<void> = Promise.resolve();
  const enqueue = (action: () => Promise<void>): void => {
    actions = actions.then(action).catch((error: unknown) => log.error('could not act on a finding', error));
  };

  const goTo = (id: string): void => {
    ui.activeId = id;
    enqueue(async () => {
      const found = await current(id);
      if (signal.aborted) return;
      try {
        if (!found || !adapter.goTo(found.finding, found.reading)) setStatus(t('status_findingGone'), 'error');
      } catch (error) {
        setStatus(errorText(error), 'error');
      }
      render();
    });
  };
  const fix = (id: string): void =>
    enqueue(async () => {
      const found = await current(id);
      if (signal.aborted) return;
      try {
        if (!found) throw new Error(t('status_findingGoneNothingChanged'));
        undoStack.push(adapter.fix(found.finding, found.reading));
        const edit = found.finding.finding.fix;
        const fixed = edit ? shownFixDescription(edit) : '';
        setStatus(fixed ? t('status_fixed', fixed) : t('status_fixedUnnamed'));
      } catch (error) {
        setStatus(errorText(error), 'error');
      }
      await recheck();
    });
  const undo = (): void =>
    enqueue(async () => {
      const entry = undoStack.pop();
      if (!entry || signal.aborted) return;
      try {
        entry.undo();
        setStatus(t('status_undone', entry.description));
      } catch (error) {
        setStatus(errorText(error), 'error');
      }
      await recheck();
    });
  /**
   * The live check stopped at the worker's time budget: check the page as it is now without it, in the
   * same queue as every validation, so its findings replace the panel's (until the next edit, checked live).
   */
  const checkNow = (): void =>
    enqueue(async () => {
      await reader.current();
      if (signal.aborted) return;
      setStatus(t('status_checkingNow'));
      render();
      onDemandNext = true;
      await runs.request();
      if (signal.aborted || ui.status?.tone === 'error') return;
      setStatus(t('status_checkedNow'));
      render();
    });
  const step = (direction: 1 | -1): void => {
    const { order } = ui.view;
    if (order.length === 0) {
      setStatus(t('status_noFindings'));
      render();
      return;
    }
    const at = ui.activeId === null ? -1 : order.indexOf(ui.activeId);
    const next = order[
      at < 0 ? (direction === 1 ? 0 : order.length - 1) : (at + direction + order.length) % order.length
    ] as string;
    const finding = session.findingById(next);
    // An inherited finding folded away is unfolded to be shown (inherited errors may be shown already).
    const shownAlready = ui.inheritedErrorsExpanded && finding?.finding.severity === 'error';
    if (finding && !finding.isNew && !shownAlready) ui.openInherited.add(finding.pane);
    ui.expanded = true;
    if (finding)
      setStatus(t('status_findingOf', order.indexOf(next) + 1, order.length, findingMessage(finding.finding)));
    goTo(next);
  };
  const onShortcut = (action: ShortcutAction): void => {
    if (action === 'toggle-panel') {
      ui.expanded = !ui.expanded;
      if (ui.expanded) ui.focusRequest++;
      render();
    } else step(action === 'next-finding' ? 1 : -1);
  };

  const panel = () => (
    <FindingsPanel
      title={adapter.title}
      pageKind={page.kind}
      view={ui.view}
      revision={ui.revision}
      waiting={ui.waiting}
      expanded={ui.expanded}
      activeId={ui.activeId}
      openInherited={ui.openInherited}
      inheritedErrorsExpanded={ui.inheritedErrorsExpanded}
      status={ui.status}
      settingsProblems={ui.customRuleErrors}
      focusRequest={ui.focusRequest}
      canGoTo={(finding) => shown !== null && adapter.canGoTo(finding, shown)}
      onToggle={() => onShortcut('toggle-panel')}
      onToggleInherited={(pane) => {
        if (!ui.openInherited.delete(pane)) ui.openInherited.add(pane);
        render();
      }}
      onGoTo={goTo}
      onFix={fix}
      onUndo={undo}
      onCheckNow={checkNow}
      shortcuts={ui.shortcuts}
    />
  );
  function render(): void {
    if (signal.aborted) return; // the abort handler has taken the panel and dock away
    mounted?.update(panel());
    setDock(doc, ui.expanded ? 'panel' : 'badge');
  }

  let mounted: Awaited<ReturnType<typeof mountPreactUi>> = null;
  // Every reading of the page (the first one at once) is validated, one run at a time.
  reader.subscribe((reading) => {
    next = reading;
    void runs.request();
  }, signal);
  mounted = await mountPreactUi(wxt, panel(), { name: adapter.hostName, signal, doc });
  if (!mounted) return;
  render();
  signal.addEventListener(
    'abort',
    () => {
      highlighter.clear();
      setDock(doc, 'none');
    },
    { once: true },
  );

  // The shortcuts are browser commands the background forwards (content/live/shortcuts.ts).
  listenForCommands(onShortcut, signal);
  void requestShortcutBindings().then((bindings) => {
    ui.shortcuts = bindings;
    render();
  });
}

export type { PanelView };
