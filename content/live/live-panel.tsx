import { FindingsPanel, type PanelStatus } from '../../components/FindingsPanel';
import { t } from '../../components/i18n';
import { createHighlighter, isCompanionNode, setDock } from '../dom/highlight';
import { mountPreactUi } from '../dom/mount-preact';
import type { FeatureContext } from '../feature-manager';
import { watchChanges } from './change-watcher';
import { buildPanelView, type PanelView } from './group-findings';
import { marksFor } from './highlight-marks';
import { watchLiveOptions, type LiveOptions } from './live-options';
import { createLiveSession } from './live-session';
import type { LivePageAdapter } from './page-adapter';
import { createScheduler } from './revalidation-scheduler';
import { createSerialRuns } from './serial-runs';
import { shortcutOf, type ShortcutAction } from './shortcuts';
import type { LiveFinding, PaneId } from './types';
import { BUSY_RETRY_MS, LIVE_DELAY_MS, LIVE_MAX_WAIT_MS } from './timing';
import type { UndoEntry } from './undo';
import { errorText } from '../../lib/error-text';

/**
 * Runs the findings panel on one editor page: validates as the cataloger edits (debounced, never while
 * Alma is loading), marks new versus inherited findings, highlights rows, applies fixes with undo, and
 * answers the keyboard shortcuts. Everything is undone when `signal` aborts (page change, unload).
 */
export async function runLivePanel(
  { doc, page, wxt, log }: FeatureContext,
  signal: AbortSignal,
  adapter: LivePageAdapter,
): Promise<void> {
  // Settings may change while they are loading; the first run picks them up then.
  let onOptionsChanged = (): void => {};
  let options: LiveOptions = await watchLiveOptions(signal, (next) => {
    options = next;
    onOptionsChanged();
  });
  if (signal.aborted) return;

  const session = createLiveSession((anchor) => !(anchor as Node).isConnected);
  const highlighter = createHighlighter(doc);
  const undoStack: UndoEntry[] = [];
  const ui = {
    expanded: options.panelShownByDefault,
    activeId: null as string | null,
    openInherited: new Set<PaneId>(),
    status: null as PanelStatus | null,
    waiting: false,
    focusRequest: 0,
    revision: 0,
    customRuleErrors: [] as readonly string[],
    view: buildPanelView([]),
  };

  const setStatus = (text: string, tone: PanelStatus['tone'] = 'info'): void => {
    ui.status = { text, tone, canUndo: undoStack.length > 0 };
  };
  /** One reading and validation of the page; the engine answers from the background. */
  const validateOnce = async (): Promise<void> => {
    if (signal.aborted) return; // a run queued before the page changed
    try {
      const { panes, customRuleErrors } = await session.update(await adapter.read(), options.validate);
      if (signal.aborted) return;
      ui.view = buildPanelView(panes);
      ui.customRuleErrors = customRuleErrors;
      ui.waiting = false;
      ui.revision++;
      if (ui.status?.tone === 'error' && ui.status.text.startsWith(t('status_checksFailed', ''))) ui.status = null;
      // First: the adapter's rows must be those of this reading before anything looks a finding up.
      adapter.afterUpdate?.(panes);
      highlighter.show(
        marksFor(
          panes.flatMap((pane) => pane.findings),
          adapter.targetOf,
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
  const validate = runs.request;
  const scheduler = createScheduler({
    delayMs: LIVE_DELAY_MS,
    maxWaitMs: LIVE_MAX_WAIT_MS,
    busyRetryMs: BUSY_RETRY_MS,
    isBusy: adapter.isBusy,
    run: () => void validate(),
    onBusy: () => {
      if (ui.waiting) return;
      ui.waiting = true;
      render();
    },
    signal,
  });
  onOptionsChanged = () => scheduler.request();
  /**
   * Acting on a finding needs the page as it is now, not as it was before the last keystroke: run a pending
   * check (unless Alma is loading) and wait until no validation is going, so the finding and the rows the
   * adapter acts on come from the same reading.
   */
  const current = async (id: string): Promise<LiveFinding | undefined> => {
    for (;;) {
      scheduler.flush();
      if (runs.idle) break;
      await runs.settled();
    }
    return signal.aborted ? undefined : session.findingById(id);
  };
  /** Go to, Fix and Undo run one after another, each on the page as the previous one left it. */
  let actions: Promise<void> = Promise.resolve();
  const enqueue = (action: () => Promise<void>): void => {
    actions = actions.then(action).catch((error: unknown) => log.error('could not act on a finding', error));
  };

  const goTo = (id: string): void => {
    ui.activeId = id;
    enqueue(async () => {
      const finding = await current(id);
      if (signal.aborted) return;
      try {
        if (!finding || !adapter.goTo(finding)) setStatus(t('status_findingGone'), 'error');
      } catch (error) {
        setStatus(errorText(error), 'error');
      }
      render();
    });
  };
  const fix = (id: string): void =>
    enqueue(async () => {
      const finding = await current(id);
      if (signal.aborted) return;
      try {
        if (!finding) throw new Error(t('status_findingGoneNothingChanged'));
        undoStack.push(adapter.fix(finding));
        const fixed = finding.finding.fix?.description;
        setStatus(fixed ? t('status_fixed', fixed) : t('status_fixedUnnamed'));
      } catch (error) {
        setStatus(errorText(error), 'error');
      }
      await validate();
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
      await validate();
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
    if (finding && !finding.isNew) ui.openInherited.add(finding.pane);
    ui.expanded = true;
    if (finding) setStatus(t('status_findingOf', order.indexOf(next) + 1, order.length, finding.finding.message));
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
      status={ui.status}
      settingsProblems={ui.customRuleErrors}
      focusRequest={ui.focusRequest}
      canGoTo={adapter.canGoTo}
      onToggle={() => onShortcut('toggle-panel')}
      onToggleInherited={(pane) => {
        if (!ui.openInherited.delete(pane)) ui.openInherited.add(pane);
        render();
      }}
      onGoTo={goTo}
      onFix={fix}
      onUndo={undo}
      onShortcut={onShortcut}
    />
  );
  function render(): void {
    if (signal.aborted) return; // the abort handler has taken the panel and dock away
    mounted?.update(panel());
    setDock(doc, ui.expanded ? 'panel' : 'badge');
  }

  let mounted: Awaited<ReturnType<typeof mountPreactUi>> = null;
  if (adapter.isBusy()) scheduler.request();
  else void validate();
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

  watchChanges(doc, () => scheduler.request(), signal, isCompanionNode);
  for (const keyboardDoc of adapter.keyboardDocuments) {
    keyboardDoc.addEventListener(
      'keydown',
      (event) => {
        const action = shortcutOf(event);
        // Keys pressed in the panel itself reach it through its shadow host; the panel answers those.
        if (!action || isOwnTarget(event.target)) return;
        event.preventDefault();
        onShortcut(action);
      },
      { capture: true, signal },
    );
  }
}

/** Duck-typed: events from the editor's shell frame carry that frame's Node, not ours. */
function isOwnTarget(target: EventTarget | null): boolean {
  const node = target as Node | null;
  return node !== null && typeof node.nodeType === 'number' && isCompanionNode(node);
}

export type { PanelView };
