/**
 * Live validation measured in Chromium, with the test build of the extension on the fixture with the largest
 * record (mde-large, 160 fields):
 *  - edit → updated panel: time from a change in a textarea (value set, `input` fired, as typing does) until
 *    the findings panel has re-rendered (its data-revision moves on); median and 95th percentile. Includes
 *    the panel's debounce (LIVE_DELAY_MS), since that is what the cataloger waits for.
 *  - content script size: content-scripts/alma.js (and .css), raw and gzipped; and background.js, where the
 *    rule engine and the MARC 21 definitions run (one copy per browser, not one per frame).
 *  - JS heap growth over 500 simulated edits, after forced garbage collection (DevTools protocol), in the
 *    page (content script) and in the background service worker (the engine).
 *  - cold start: edit → panel when the service worker has been stopped first (Chrome stops an idle one after
 *    30 s), so the edit must wake it and load the engine.
 *  - debounce excluded: the same edits with the panel's debounce measured apart.
 *
 * Run alone: `npm run build:test && npx tsx scripts/bench-editor.ts` (prints the figures as JSON on stdout,
 * progress on stderr). scripts/bench.mjs can import `benchEditor` instead.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Frame } from '@playwright/test';
import { LIVE_DELAY_MS } from '../content/live/timing';
import { launchWithExtension, RELEASE_BUILD_DIR, TEST_BUILD_DIR } from '../tests/e2e/support/extension-browser';
import { startFixtureServer } from './serve-fixtures';

export interface EditorBenchOptions {
  /** Timed edits for the latency figures (after a warm-up of 20). */
  edits?: number;
  /** Edits between the two heap measurements. */
  heapEdits?: number;
}

export interface EditorBenchResult {
  fixture: string;
  fields: number;
  latency: { edits: number; medianMs: number; p95Ms: number; maxMs: number; debounceMs: number };
  contentScript: Array<{ build: string; file: string; bytes: number; gzipBytes: number }>;
  heap: { edits: number; beforeBytes: number; afterBytes: number; growthBytes: number };
  backgroundHeap: { beforeBytes: number; afterBytes: number; growthBytes: number } | null;
  coldStart: { edits: number; medianMs: number; maxMs: number };
  chromium: string;
}

const FIXTURE = 'mde-large';
const WARM_UP = 20;
const COLD_STARTS = 10;

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const round = (n: number): number => Math.round(n * 100) / 100;
const log = (...args: unknown[]): void => console.error('[bench-editor]', ...args);

function sizes(): EditorBenchResult['contentScript'] {
  const rows: EditorBenchResult['contentScript'] = [];
  for (const [build, dir] of [
    ['release', RELEASE_BUILD_DIR],
    ['test', TEST_BUILD_DIR],
  ] as const) {
    for (const file of ['content-scripts/alma.js', 'content-scripts/alma.css', 'background.js']) {
      const path = join(dir, file);
      if (!existsSync(path)) continue;
      const bytes = readFileSync(path);
      rows.push({
        build: `${build} (${statSync(path).mtime.toISOString()})`,
        file,
        bytes: bytes.length,
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
      });
    }
  }
  return rows;
}

/**
 * Runs in the grid frame's page world: `count` edits of one textarea, alternately adding and removing an empty
 * subfield (so each edit changes the findings), each timed until the panel in our shadow root re-renders.
 * Kept as source text: tsx would wrap a function's inner helpers in a `__name` call the page does not have.
 */
const TIMED_EDITS = `async (n) => {
  const host = document.querySelector('alma-companion-findings');
  const panel = host && host.shadowRoot && host.shadowRoot.querySelector('[data-testid="findings-panel"]');
  const area = document.querySelector('div[id^="MarcEditorPresenter.textArea.650"] textarea');
  if (!panel || !area) throw new Error('no findings panel or no 650 row in the grid');
  const original = area.value;
  const nextRender = () => new Promise((done) => {
    const observer = new MutationObserver(() => { observer.disconnect(); done(performance.now()); });
    observer.observe(panel, { attributes: true, attributeFilter: ['data-revision'] });
  });
  const times = [];
  for (let i = 0; i < n; i++) {
    const rendered = nextRender();
    const start = performance.now();
    area.value = i % 2 === 0 ? original + ' $$9' : original;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    times.push((await rendered) - start);
    await new Promise((pause) => setTimeout(pause, 20));
  }
  area.value = original;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  return times;
}`;

async function timedEdits(grid: Frame, count: number): Promise<number[]> {
  return (await grid.evaluate(`(${TIMED_EDITS})(${count})`)) as number[];
}

/**
 * The DevTools protocol of the extension's service worker, reached through the page's session (Playwright
 * gives sessions for pages only): attach to the worker target and relay commands to it.
 */
async function serviceWorkerProtocol(
  cdp: CDPSession,
): Promise<((method: string) => Promise<Record<string, unknown>>) | null> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: Array<{ targetId: string; type: string; url: string }>;
  };
  const worker = targetInfos.find(
    (target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'),
  );
  if (!worker) return null;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  let nextId = 0;
  const waiting = new Map<number, (reply: Record<string, unknown>) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as {
      id?: number;
      result?: Record<string, unknown>;
      error?: Record<string, unknown>;
    };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result ?? reply.error ?? {});
  });
  return (method) =>
    new Promise((done) => {
      const id = ++nextId;
      waiting.set(id, done);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
    });
}

export async function benchEditor(options: EditorBenchOptions = {}): Promise<EditorBenchResult> {
  const edits = options.edits ?? 200;
  const heapEdits = options.heapEdits ?? 500;
  const server = await startFixtureServer();
  const browser = await launchWithExtension(TEST_BUILD_DIR);
  try {
    const page = await browser.context.newPage();
    await page.goto(new URL(`${FIXTURE}/top.html`, server.url).href);
    const panel = page.frameLocator('#yardsNgWrapper').frameLocator('#yards_iframe').getByTestId('findings-panel');
    await panel.waitFor();
    const grid = page.frames().find((frame) => frame.url().endsWith(`${FIXTURE}/grid.html`));
    if (!grid) throw new Error(`no ${FIXTURE} grid frame`);
    await grid.waitForFunction(
      `document.querySelector('alma-companion-findings')?.shadowRoot?.querySelector('[data-revision]')`,
    );
    const fields = Number(await panel.getByTestId('field-count').textContent());

    log(`warming up, then ${edits} timed edits on ${fields} fields`);
    await timedEdits(grid, WARM_UP);
    const times = (await timedEdits(grid, edits)).sort((a, b) => a - b);

    log(`heap: ${heapEdits} edits between two forced collections`);
    const cdp = await browser.context.newCDPSession(page);
    const heap = async (): Promise<number> => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const worker = await serviceWorkerProtocol(cdp);
    const workerHeap = async (): Promise<number> => {
      if (!worker) return NaN;
      await worker('HeapProfiler.collectGarbage');
      await worker('HeapProfiler.collectGarbage');
      return Number((await worker('Runtime.getHeapUsage')).usedSize);
    };
    const beforeBytes = await heap();
    const workerBefore = await workerHeap();
    await timedEdits(grid, heapEdits);
    const afterBytes = await heap();
    const workerAfter = await workerHeap();

    log('cold start: stopping the service worker before each edit');
    await cdp.send('ServiceWorker.enable');
    const cold: number[] = [];
    for (let i = 0; i < COLD_STARTS; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((pause) => setTimeout(pause, 200));
      cold.push(...(await timedEdits(grid, 1)));
    }
    cold.sort((a, b) => a - b);

    return {
      fixture: FIXTURE,
      fields,
      latency: {
        edits,
        medianMs: round(percentile(times, 50)),
        p95Ms: round(percentile(times, 95)),
        maxMs: round(times.at(-1) ?? NaN),
        debounceMs: LIVE_DELAY_MS,
      },
      contentScript: sizes(),
      heap: { edits: heapEdits, beforeBytes, afterBytes, growthBytes: afterBytes - beforeBytes },
      backgroundHeap: worker
        ? { beforeBytes: workerBefore, afterBytes: workerAfter, growthBytes: workerAfter - workerBefore }
        : null,
      coldStart: { edits: COLD_STARTS, medianMs: round(percentile(cold, 50)), maxMs: round(cold.at(-1) ?? NaN) },
      chromium: browser.context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent)),
    };
  } finally {
    await browser.context.close();
    await server.close();
  }
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  benchEditor()
    .then((result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
