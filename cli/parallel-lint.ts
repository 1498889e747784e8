/**
 * `--jobs N`: lints an ISO 2709 file on N worker threads. The main thread only reads the file, cuts it
 * into batches at clean record boundaries (batch-splitter.ts) and hands them out; each worker reads and
 * lints its batches (batch-linter.ts); results are put back in file order and renumbered, so the
 * output is the same as the sequential path's. Batches in flight are bounded, so memory stays flat.
 */
import { createReadStream } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { BatchLinter } from './batch-linter';
import { Iso2709BatchSplitter, type ByteBatch } from './batch-splitter';
import type { LintedRecord } from './lint-record';
import type { LintConfig } from './lint-config';

const WORKER_ROLE = 'alma-companion-lint-worker';
/** Batches queued per worker: one being linted, one waiting, so a worker never idles. */
const IN_FLIGHT_PER_WORKER = 2;

type ToWorker = { type: 'batch'; id: number; batch: ByteBatch } | { type: 'finish' };
type FromWorker =
  | { type: 'records'; id: number; records: LintedRecord[] }
  | { type: 'finished'; records: LintedRecord[] };

/**
 * Workers run this very module (the esbuild bundle, dist/cli.mjs). From TypeScript sources (tests under
 * vitest) a worker cannot load the module, so the CLI lints sequentially there.
 */
export function canLintInParallel(): boolean {
  return /\.m?js$/.test(new URL(import.meta.url).pathname);
}

/** Worker side: lint batches until told to finish. */
function runWorker(): void {
  const linter = new BatchLinter((workerData as { config: LintConfig }).config);
  parentPort!.on('message', (message: ToWorker) => {
    if (message.type === 'batch') {
      const reply: FromWorker = { type: 'records', id: message.id, records: linter.lint(message.batch) };
      parentPort!.postMessage(reply);
    } else {
      parentPort!.postMessage({ type: 'finished', records: linter.finish() } satisfies FromWorker);
    }
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) runWorker();

interface PooledWorker {
  worker: Worker;
  inFlight: number;
}

export interface ParallelOptions {
  config: LintConfig;
  jobs: number;
  chunkSize: number;
  /** Called with records in file order, renumbered from 0; awaited. */
  onRecords: (records: LintedRecord[], bytesRead: number) => void | Promise<void>;
}

export async function lintIso2709InParallel(file: string, options: ParallelOptions): Promise<void> {
  const pool: PooledWorker[] = [];
  const done = new Map<number, LintedRecord[]>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  const waitForNews = () => new Promise<void>((resolve) => (wake = resolve));

  for (let i = 0; i < options.jobs; i++) {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { role: WORKER_ROLE, config: options.config },
    });
    const pooled: PooledWorker = { worker, inFlight: 0 };
    worker.on('message', (message: FromWorker) => {
      if (message.type !== 'records') return;
      pooled.inFlight--;
      done.set(message.id, message.records);
      notify();
    });
    worker.on('error', (error) => {
      failure = error;
      notify();
    });
    pool.push(pooled);
  }

  let nextId = 0;
  let nextToEmit = 0;
  let nextIndex = 0;
  let bytesRead = 0;
  const emitReady = async () => {
    for (let records = done.get(nextToEmit); records; records = done.get(nextToEmit)) {
      done.delete(nextToEmit++);
      for (const record of records) record.index = nextIndex++;
      await options.onRecords(records, bytesRead);
    }
  };
  const dispatch = async (batch: ByteBatch) => {
    for (;;) {
      if (failure) throw failure;
      await emitReady();
      const idle = pool.reduce((best, candidate) => (candidate.inFlight < best.inFlight ? candidate : best));
      if (idle.inFlight < IN_FLIGHT_PER_WORKER) {
        idle.inFlight++;
        const message: ToWorker = { type: 'batch', id: nextId++, batch };
        idle.worker.postMessage(message, [batch.bytes.buffer as ArrayBuffer]);
        return;
      }
      await waitForNews();
    }
  };

  try {
    const splitter = new Iso2709BatchSplitter();
    for await (const chunk of createReadStream(file, { highWaterMark: options.chunkSize })) {
      bytesRead += (chunk as Buffer).length;
      for (const batch of splitter.push(chunk as Buffer)) await dispatch(batch);
    }
    for (const batch of splitter.end()) await dispatch(batch);
    while (nextToEmit < nextId) {
      if (failure) throw failure;
      await emitReady();
      if (nextToEmit < nextId) await waitForNews();
    }
    // Only damaged input with a forced cut can leave a record pending in a worker; keep it rather than lose it.
    for (const { worker } of pool) {
      const leftovers = await new Promise<LintedRecord[]>((resolve, reject) => {
        worker.on('message', (message: FromWorker) => message.type === 'finished' && resolve(message.records));
        worker.once('error', reject);
        worker.postMessage({ type: 'finish' } satisfies ToWorker);
      });
      if (leftovers.length > 0) {
        for (const record of leftovers) record.index = nextIndex++;
        await options.onRecords(leftovers, bytesRead);
      }
    }
  } finally {
    await Promise.all(pool.map(({ worker }) => worker.terminate()));
  }
}
