export interface SchedulerOptions {
  /** Quiet time after the last change before re-validating: one run per burst of keystrokes. */
  delayMs: number;
  /** Longest a run may be put off by continuous changes, so the panel keeps up with fast typing. */
  maxWaitMs: number;
  /** How often to look again while Alma is loading. */
  busyRetryMs: number;
  /** True while Alma shows its loading state: a half-loaded record is never validated. */
  isBusy: () => boolean;
  run: () => void;
  /** Called when a run is held back because Alma is loading (the panel says it is waiting). */
  onBusy?: () => void;
  signal: AbortSignal;
}

export interface Scheduler {
  /** Asks for a run after the quiet time. */
  request(): void;
  /** Runs now if a run is pending and Alma is idle; true when it ran. */
  flush(): boolean;
  /** True while a run is pending (waiting for quiet, or for Alma to finish loading). */
  readonly pending: boolean;
}

/** Debounced re-validation that waits for Alma's loading state to clear. */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { delayMs, maxWaitMs, busyRetryMs, isBusy, run, onBusy, signal } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstRequest: number | undefined;

  const clear = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };
  const fire = (): void => {
    clear();
    if (signal.aborted) return;
    if (isBusy()) {
      timer = setTimeout(fire, busyRetryMs);
      onBusy?.();
      return;
    }
    firstRequest = undefined;
    run();
  };
  signal.addEventListener('abort', clear, { once: true });

  return {
    request() {
      if (signal.aborted) return;
      const now = performance.now();
      firstRequest ??= now;
      clear();
      timer = setTimeout(fire, Math.max(0, Math.min(delayMs, firstRequest + maxWaitMs - now)));
    },
    flush() {
      if (firstRequest === undefined || signal.aborted || isBusy()) return false;
      fire();
      return true;
    },
    get pending() {
      return firstRequest !== undefined;
    },
  };
}
