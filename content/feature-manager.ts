import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageKind, PageRecognition } from './alma';
import { parentDocumentOf } from './alma/pane-context';
import { isAlmaBusy } from './dom/alma-page-state';
import { watchPage } from './dom/page-watcher';
import { loadSettings, watchSettings } from '../extension/storage';
import { recallBibRecord, rememberItemFields } from './page-context/client';
import { createPageReader, type PageReader } from './page-reader';
import { RECORD_KINDS } from './page-reading';
import { backgroundValidator } from './validation/background-validator';
import { resetFeatureStatuses, setFeatureState } from './feature-status';

export type { PageRecognition };

/** Console output with a common prefix, so catalogers and developers can filter our messages. */
export interface FeatureLogger {
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

/** Everything a feature's init receives besides its signal. */
export interface FeatureContext {
  /** The frame's document. Features never reach into other frames: each frame runs its own content script. */
  doc: Document;
  page: PageRecognition;
  /** WXT's content script context, needed by the UI helpers (createShadowRootUi). */
  wxt: ContentScriptContext;
  log: FeatureLogger;
  /**
   * The page read once per change, shared by every feature of this page state (content/page-reader.ts):
   * features never read the record or validate it on their own.
   */
  reader: PageReader;
}

/**
 * Returns `false` when it turns out not to apply (refined-github's convention); anything else means it ran.
 * The signal aborts when the page changes or the extension is unloaded: clean up on abort.
 */
export type FeatureInit = (
  context: FeatureContext,
  signal: AbortSignal,
) => // biome-ignore lint/suspicious/noConfusingVoidType: a feature that returns nothing ran (refined-github's convention).
void | false | Promise<void | false>;

export interface Feature {
  /** Equals the file name in content/features/ (checked by a meta-test). */
  id: string;
  /** One line for the options page. */
  description: string;
  /** Page kinds the feature runs on; the manager never calls init elsewhere. */
  pageKinds: readonly PageKind[];
  init: FeatureInit;
}

/** Identity helper that keeps feature files declarative and type-checked. */
export function defineFeature(feature: Feature): Feature {
  return feature;
}

export const LOG_PREFIX = '[Alma Companion]';

export function createLogger(scope: string): FeatureLogger {
  const prefix = `${LOG_PREFIX} ${scope}:`;
  return {
    info: (...args) => console.info(prefix, ...args),
    warn: (...args) => console.warn(prefix, ...args),
    error: (...args) => console.error(prefix, ...args),
  };
}

/** One started feature run; `done` settles when init has finished (or failed, which is logged, not thrown). */
export interface FeatureRun {
  id: string;
  controller: AbortController;
  done: Promise<'ran' | 'not-applicable' | 'failed'>;
}

/**
 * Starts every feature that applies to `page`. Inits are not awaited one after another: a slow or
 * failing feature must never delay or break the others, nor throw into the page.
 * Each run gets its own AbortController, aborted by `parentSignal` (page change or invalidated context).
 */
export function startFeatures(
  features: readonly Feature[],
  context: Omit<FeatureContext, 'log' | 'reader'> & { reader?: PageReader },
  parentSignal: AbortSignal,
): FeatureRun[] {
  const reader = context.reader ?? lazyReader(() => defaultPageReader(context.doc, context.page, parentSignal));
  // What the popup's "This page" says about each feature of this frame.
  const generation = resetFeatureStatuses(context.doc, features, context.page.kind);
  return features
    .filter((feature) => feature.pageKinds.includes(context.page.kind))
    .map((feature) => {
      const run = startFeature(feature, { ...context, reader }, parentSignal);
      void run.done.then((outcome) => setFeatureState(context.doc, generation, feature.id, outcome));
      return run;
    });
}

/**
 * The reader of the extension: the engine in the background, the bib from the background's record memory,
 * the settings from extension/storage. Alma is busy while either the grid frame or the new editor's shell
 * shows its loading state.
 */
function defaultPageReader(doc: Document, page: PageRecognition, signal: AbortSignal): PageReader {
  const wrapper = RECORD_KINDS.has(page.kind) ? parentDocumentOf(doc) : null;
  return createPageReader({
    doc,
    page,
    isBusy: () => isAlmaBusy(doc) || (wrapper !== null && isAlmaBusy(wrapper)),
    validator: backgroundValidator,
    recallBib: recallBibRecord,
    rememberItem: rememberItemFields,
    settings: { load: loadSettings, watch: watchSettings },
    signal,
  });
}

/** Created when a feature first uses it: pages whose features never read the record do not watch it. */
function lazyReader(create: () => PageReader): PageReader {
  let reader: PageReader | null = null;
  const get = (): PageReader => {
    reader ??= create();
    return reader;
  };
  return {
    get latest() {
      return reader?.latest ?? null;
    },
    current: () => get().current(),
    refresh: () => get().refresh(),
    subscribe: (listener, signal) => get().subscribe(listener, signal),
    onWaiting: (listener, signal) => get().onWaiting(listener, signal),
  };
}

function startFeature(feature: Feature, context: Omit<FeatureContext, 'log'>, parentSignal: AbortSignal): FeatureRun {
  const controller = new AbortController();
  const abort = (): void => controller.abort(parentSignal.reason);
  if (parentSignal.aborted) abort();
  else parentSignal.addEventListener('abort', abort, { once: true, signal: controller.signal });
  const log = createLogger(feature.id);
  const done = (async () => {
    try {
      const result = await feature.init({ ...context, log }, controller.signal);
      return result === false ? 'not-applicable' : 'ran';
    } catch (error) {
      // An abort during init is the normal end of a run, not a failure.
      if (controller.signal.aborted) return 'ran';
      log.error('failed to start', error);
      return 'failed';
    }
  })();
  return { id: feature.id, controller, done };
}

export interface RunFeaturesOptions {
  doc: Document;
  /** content/alma's recognisePage, bound to this frame. */
  recognise: (doc: Document) => PageRecognition;
  /** True while the host app is loading; features wait for it to clear. */
  isBusy: (doc: Document) => boolean;
  /** Changes when features must start again even if the page kind stays the same (record switch). */
  signature: (doc: Document) => string;
  debounceMs?: number;
}

export interface FeatureManager {
  /** The runs started for the current page state. */
  readonly runs: readonly FeatureRun[];
  /** Re-checks the page now instead of waiting for a mutation. */
  check(): void;
}

interface PageState {
  page: PageRecognition;
  key: string;
}

/**
 * Starts the features for this frame and starts them again whenever the page changes
 * (body id, grid replaced, SPA navigation), once Alma's loading state has cleared. Every run of the
 * previous page state is aborted first, so features clean up after themselves.
 */
export function runFeatures(
  wxt: ContentScriptContext,
  features: readonly Feature[],
  options: RunFeaturesOptions,
): FeatureManager {
  const { doc } = options;
  const log = createLogger('feature manager');
  let runs: FeatureRun[] = [];
  let current: AbortController | undefined;
  // i18n-exempt: an abort reason for the features' signals, never shown
  wxt.onInvalidated(() => current?.abort('content script invalidated'));

  const read = (): PageState => {
    const page = recogniseSafely(options.recognise, doc, log);
    return { page, key: `${page.kind}|${page.missing.join(',')}|${options.signature(doc)}` };
  };
  const start = ({ page }: PageState): void => {
    current?.abort('page changed');
    current = new AbortController();
    runs = startFeatures(features, { doc, page, wxt }, current.signal);
  };
  const pageWatcher = watchPage({
    doc,
    signal: wxt.signal,
    isBusy: options.isBusy,
    read,
    keyOf: (state) => state.key,
    onChange: start,
    debounceMs: options.debounceMs,
  });
  // The event fires when navigation starts (Navigation API), before location.href and the DOM change:
  // check once they have.
  wxt.addEventListener(window, 'wxt:locationchange', () => {
    wxt.setTimeout(() => pageWatcher.check(), options.debounceMs ?? 150);
  });
  return {
    get runs() {
      return runs;
    },
    check: () => pageWatcher.check(),
  };
}

/** Recognition must not take the page down either: a failure means "not an Alma page we know". */
function recogniseSafely(
  recognise: (doc: Document) => PageRecognition,
  doc: Document,
  log: FeatureLogger,
): PageRecognition {
  try {
    return recognise(doc);
  } catch (error) {
    log.error('page recognition failed', error);
    return { kind: 'other', missing: [] };
  }
}
