import type { PageRecognition } from './alma';
import { parentDocumentOf } from './alma/pane-context';
import { watchEdits } from './dom/page-watcher';
import { createScheduler } from './live/revalidation-scheduler';
import { BUSY_RETRY_MS, LIVE_DELAY_MS, LIVE_MAX_WAIT_MS } from './live/timing';
import { RECORD_KINDS, readPage, type PageReading, type ReadPageDeps } from './page-reading';
import type { Settings } from '../lib/settings/types';
import { validationSettingsOf, type ValidationSettings } from '../lib/validation/jobs';

export type { PageReading };

/**
 * The one reading of the page per change that every feature of the frame shares (issue: the panel, the
 * checklists, the OCLC reminders, the popup summary and the save reminder each used to read the page, and
 * some validated it, on their own). One edit watcher, one debounce, one reading, one validation per pane.
 */
export interface PageReader {
  /** The last reading, or null before the first one is done. */
  readonly latest: PageReading | null;
  /**
   * The page as it is now: a change not yet read is read first (unless Alma is loading), so a save or the
   * popup never sees the page as it was before the last keystroke.
   */
  current(): Promise<PageReading>;
  /** Reads the page again now, pending change or not (after a fix or an undo the panel writes itself). */
  refresh(): Promise<PageReading>;
  /** Calls `listener` with every new reading (a change, new settings) until `signal` aborts; with the last one at once. */
  subscribe(listener: (reading: PageReading) => void, signal: AbortSignal): void;
  /** Calls `listener` while a reading is held back because Alma is loading. */
  onWaiting(listener: () => void, signal: AbortSignal): void;
}

export interface PageReaderOptions extends ReadPageDeps {
  doc: Document;
  page: PageRecognition;
  isBusy: () => boolean;
  /** The settings now, and a way to hear of new ones (extension/storage; the background owns the copy the engine uses). */
  settings: { load(): Promise<Settings>; watch(onChange: (settings: Settings) => void): () => void };
  signal: AbortSignal;
}

export function createPageReader(options: PageReaderOptions): PageReader {
  const { doc, page, signal } = options;
  const listeners = new Set<(reading: PageReading) => void>();
  const waiting = new Set<() => void>();
  let latest: PageReading | null = null;
  let revision = 0;
  let settings: { settings: Settings; validation: ValidationSettings } | null = null;
  let reading: Promise<PageReading> | null = null;
  let again = false;
  let firstReading: (reading: PageReading) => void = () => undefined;
  const first = new Promise<PageReading>((resolve) => {
    firstReading = resolve;
  });

  /** One reading at a time; a change during a reading asks for one more after it. */
  const readNow = (): Promise<PageReading> => {
    if (reading) {
      again = true;
      return reading;
    }
    reading = (async () => {
      try {
        settings ??= withValidation(await options.settings.load());
        const next = await readPage(doc, page, settings, ++revision, options);
        if (!signal.aborted) {
          latest = next;
          firstReading(next);
          for (const listener of listeners) listener(next);
        }
        return next;
      } finally {
        reading = null;
        if (again && !signal.aborted) {
          again = false;
          void readNow();
        }
      }
    })();
    return reading;
  };
  const scheduler = createScheduler({
    delayMs: LIVE_DELAY_MS,
    maxWaitMs: LIVE_MAX_WAIT_MS,
    busyRetryMs: BUSY_RETRY_MS,
    isBusy: options.isBusy,
    run: () => void readNow().catch(() => undefined),
    onBusy: () => {
      for (const listener of waiting) listener();
    },
    signal,
  });

  const stopWatchingSettings = options.settings.watch((next) => {
    settings = withValidation(next);
    scheduler.request();
  });
  signal.addEventListener('abort', stopWatchingSettings, { once: true });
  watchEdits(doc, () => scheduler.request(), signal, {
    rowsOnly: RECORD_KINDS.has(page.kind),
    alsoWatch: RECORD_KINDS.has(page.kind) ? null : parentDocumentOf(doc),
  });
  if (options.isBusy()) scheduler.request();
  else void readNow().catch(() => undefined);

  return {
    get latest() {
      return latest;
    },
    async current() {
      scheduler.flush();
      while (reading) await reading.catch(() => undefined);
      return latest ?? first;
    },
    async refresh() {
      await readNow();
      while (reading) await reading.catch(() => undefined);
      return latest ?? first;
    },
    subscribe(listener, until) {
      if (until.aborted) return;
      listeners.add(listener);
      until.addEventListener('abort', () => listeners.delete(listener), { once: true });
      if (latest) listener(latest);
    },
    onWaiting(listener, until) {
      if (until.aborted) return;
      waiting.add(listener);
      until.addEventListener('abort', () => waiting.delete(listener), { once: true });
    },
  };
}

function withValidation(settings: Settings): { settings: Settings; validation: ValidationSettings } {
  return { settings, validation: validationSettingsOf(settings) };
}
