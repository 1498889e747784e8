import { describe, expect, it } from 'vitest';
import { createSerialRuns } from '../../../../content/live/serial-runs';

/** A run that stays open until the test finishes it, logging when runs start and end. */
function controllableRuns() {
  const log: string[] = [];
  const open: Array<() => void> = [];
  let count = 0;
  const run = (): Promise<void> => {
    const n = ++count;
    log.push(`start ${n}`);
    return new Promise<void>((done) =>
      open.push(() => {
        log.push(`end ${n}`);
        done();
      }),
    );
  };
  const finishNext = async (): Promise<void> => {
    open.shift()?.();
    await new Promise((tick) => setTimeout(tick, 0));
  };
  return { log, run, finishNext, started: () => count };
}

describe('createSerialRuns', () => {
  it('runs at once when idle', async () => {
    const { run, finishNext, started } = controllableRuns();
    const runs = createSerialRuns(run);
    const done = runs.request();
    expect(started()).toBe(1);
    await finishNext();
    await expect(done).resolves.toBeUndefined();
  });

  it('never overlaps runs, and requests made during a run share one queued run', async () => {
    const { log, run, finishNext } = controllableRuns();
    const runs = createSerialRuns(run);
    const first = runs.request();
    const second = runs.request();
    const third = runs.request();
    expect(second).toBe(third);
    expect(log).toEqual(['start 1']);
    await finishNext();
    await first;
    expect(log).toEqual(['start 1', 'end 1', 'start 2']);
    await finishNext();
    await second;
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('settled waits for the queued run, not only the running one', async () => {
    const { log, run, finishNext } = controllableRuns();
    const runs = createSerialRuns(run);
    void runs.request();
    void runs.request();
    let settled = false;
    void runs.settled().then(() => (settled = true));
    await finishNext();
    expect(settled).toBe(false);
    await finishNext();
    expect(settled).toBe(true);
    expect(log.at(-1)).toBe('end 2');
    await expect(runs.settled()).resolves.toBeUndefined();
  });

  it('goes on after a failed run', async () => {
    let calls = 0;
    const runs = createSerialRuns(async () => {
      calls++;
      if (calls === 1) throw new Error('background gone');
    });
    await expect(runs.request()).rejects.toThrow('background gone');
    await expect(runs.request()).resolves.toBeUndefined();
    expect(calls).toBe(2);
  });

  it('still runs the queued request when the run before it fails', async () => {
    let calls = 0;
    let fail: (error: Error) => void = () => {};
    const runs = createSerialRuns(() => {
      calls++;
      return calls === 1 ? new Promise<void>((_, reject) => (fail = reject)) : Promise.resolve();
    });
    const first = runs.request();
    const second = runs.request();
    fail(new Error('background gone'));
    await expect(first).rejects.toThrow('background gone');
    await expect(second).resolves.toBeUndefined();
    expect(calls).toBe(2);
    await expect(runs.request()).resolves.toBeUndefined();
    expect(calls).toBe(3);
  });
});

describe('createSerialRuns().idle', () => {
  it('is true only when no run is going and none is queued', async () => {
    const { run, finishNext } = controllableRuns();
    const runs = createSerialRuns(run);
    expect(runs.idle).toBe(true);
    void runs.request();
    void runs.request();
    expect(runs.idle).toBe(false);
    await finishNext();
    expect(runs.idle).toBe(false); // the queued run is going now
    await finishNext();
    expect(runs.idle).toBe(true);
  });
});
