import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler, type SchedulerOptions } from '../../../../content/live/revalidation-scheduler';

describe('createScheduler', () => {
  let busy: boolean;
  let runs: number;
  let busyCalls: number;
  let controller: AbortController;
  const make = (extra: Partial<SchedulerOptions> = {}) =>
    createScheduler({
      delayMs: 30,
      maxWaitMs: 100,
      busyRetryMs: 50,
      isBusy: () => busy,
      run: () => runs++,
      onBusy: () => busyCalls++,
      signal: controller.signal,
      ...extra,
    });

  beforeEach(() => {
    vi.useFakeTimers();
    busy = false;
    runs = 0;
    busyCalls = 0;
    controller = new AbortController();
  });
  afterEach(() => vi.useRealTimers());

  it('runs once per burst of changes, after the quiet time', () => {
    const scheduler = make();
    scheduler.request();
    vi.advanceTimersByTime(20);
    scheduler.request();
    vi.advanceTimersByTime(20);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(10);
    expect(runs).toBe(1);
    expect(scheduler.pending).toBe(false);
  });

  it('does not let continuous typing put the run off for longer than the maximum wait', () => {
    const scheduler = make();
    for (let t = 0; t < 120; t += 10) {
      scheduler.request();
      vi.advanceTimersByTime(10);
    }
    expect(runs).toBeGreaterThanOrEqual(1);
  });

  it('waits while Alma is loading and runs once it is idle', () => {
    const scheduler = make();
    busy = true;
    scheduler.request();
    vi.advanceTimersByTime(200);
    expect(runs).toBe(0);
    expect(busyCalls).toBeGreaterThan(0);
    expect(scheduler.flush()).toBe(false);
    busy = false;
    vi.advanceTimersByTime(50);
    expect(runs).toBe(1);
  });

  it('flushes a pending run at once, and does nothing when none is pending', () => {
    const scheduler = make();
    expect(scheduler.flush()).toBe(false);
    scheduler.request();
    expect(scheduler.flush()).toBe(true);
    expect(runs).toBe(1);
    vi.advanceTimersByTime(100);
    expect(runs).toBe(1);
  });

  it('stops for good when aborted', () => {
    const scheduler = make();
    scheduler.request();
    controller.abort();
    vi.advanceTimersByTime(200);
    scheduler.request();
    vi.advanceTimersByTime(200);
    expect(runs).toBe(0);
  });
});
