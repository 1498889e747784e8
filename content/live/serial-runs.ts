/**
 * Runs an asynchronous job one run at a time, in order. A request made while a run is going queues one more
 * run after it; requests made while that one waits share it (it reads the page as it is when it starts, so
 * one is enough). Used for validation, whose answer comes from the background.
 */
export interface SerialRuns {
  /** Asks for a run; resolves when the run that covers this request has finished. */
  request(): Promise<void>;
  /** Resolves when every run asked for so far has finished (a request made meanwhile may start another). */
  settled(): Promise<void>;
  /** No run going and none queued. */
  readonly idle: boolean;
}

export function createSerialRuns(run: () => Promise<void>): SerialRuns {
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const start = (): Promise<void> => {
    running = run().finally(() => {
      running = null;
    });
    return running;
  };
  return {
    request() {
      if (queued) return queued;
      if (!running) return start();
      const next = (): Promise<void> => {
        queued = null;
        return start();
      };
      // A failed run must not strand the one queued after it.
      queued = running.then(next, next);
      return queued;
    },
    settled: () => queued ?? running ?? Promise.resolve(),
    get idle() {
      return running === null && queued === null;
    },
  };
}
