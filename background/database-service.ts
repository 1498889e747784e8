import type { CompanionDb } from './db/companion-db';
import { COMPANION_DB_VERSION, openCompanionDb } from './db/companion-db';
import { errorText } from '../lib/error-text';

/**
 * The background's one connection to the companion database. Opening can fail (a database from a newer
 * version of the extension, a damaged profile, storage turned off) or hang (an older connection that will
 * not close blocks an upgrade); either way every request gets a clear error in words for the cataloger,
 * and only the features that need the database stop: validation, checklists and reminders keep working.
 * A failed open is retried on a later request, so a fixed problem does not need a browser restart.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

export interface DatabaseServiceOptions {
  /** Opens the database; tests pass a failing or hanging one. */
  open?: () => Promise<CompanionDb>;
  /** An open taking longer than this is reported as blocked. */
  openTimeoutMs?: number;
  /** After a failed open, requests fail at once for this long before the next attempt. */
  retryAfterMs?: number;
  now?: () => number;
}

export interface DatabaseService {
  /** Runs `work` with the open database; rejects with DatabaseUnavailableError when it cannot be opened. */
  use<T>(work: (db: CompanionDb) => Promise<T>): Promise<T>;
  status(): Promise<{ available: boolean; problem?: string }>;
  /** Closes the connection (the next request opens it again). */
  close(): void;
}

const CONSEQUENCE =
  'Checklist ticks and the OCLC worklist cannot be saved or read until this is fixed; the rest of the extension keeps working.';

export function createDatabaseService(options: DatabaseServiceOptions = {}): DatabaseService {
  const open = options.open ?? (() => openCompanionDb());
  const openTimeoutMs = options.openTimeoutMs ?? 10_000;
  const retryAfterMs = options.retryAfterMs ?? 5_000;
  const now = options.now ?? Date.now;
  let connection: Promise<CompanionDb> | null = null;
  let failure: { error: DatabaseUnavailableError; at: number } | null = null;

  const connect = (): Promise<CompanionDb> => {
    if (connection) return connection;
    if (failure && now() - failure.at < retryAfterMs) return Promise.reject(failure.error);
    const attempt = withTimeout(open(), openTimeoutMs).then(
      (db) => {
        failure = null;
        // Let a newer version of the extension upgrade the schema instead of being blocked by us.
        db.addEventListener('versionchange', () => drop(db));
        // The browser closed it (storage cleared, disk error): open again on the next request.
        db.addEventListener('close', () => drop(db));
        return db;
      },
      (error: unknown) => {
        connection = null;
        failure = { error: explainOpenFailure(error), at: now() };
        throw failure.error;
      },
    );
    connection = attempt;
    return attempt;
  };

  const drop = (db: CompanionDb): void => {
    db.close();
    connection = null;
  };

  return {
    async use(work) {
      const db = await connect();
      try {
        return await work(db);
      } catch (error) {
        // A connection the browser closed under us: the next request opens a fresh one.
        if (isDomException(error) && (error as { name: string }).name === 'InvalidStateError') drop(db);
        throw error;
      }
    },
    async status() {
      try {
        await connect();
        return { available: true };
      } catch (error) {
        return { available: false, problem: errorText(error) };
      }
    },
    close() {
      const current = connection;
      connection = null;
      void current?.then(
        (db) => db.close(),
        () => undefined,
      );
    },
  };
}

class OpenTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new OpenTimeout()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The reason in words, plus what stops working and what to try. */
export function explainOpenFailure(error: unknown): DatabaseUnavailableError {
  if (error instanceof OpenTimeout) {
    return new DatabaseUnavailableError(
      `The companion database did not open: another page of the extension (an older version?) is holding it. Close the extension's other pages (popup, options, worklist) or restart the browser. ${CONSEQUENCE}`,
    );
  }
  const name = error instanceof Error || isDomException(error) ? (error as { name: string }).name : '';
  const detail =
    error instanceof Error || isDomException(error) ? (error as { message: string }).message : String(error);
  if (name === 'VersionError') {
    return new DatabaseUnavailableError(
      `The companion database was saved by a newer version of the extension (this version reads version ${COMPANION_DB_VERSION}). Update the extension. ${CONSEQUENCE}`,
    );
  }
  if (name === 'QuotaExceededError') {
    return new DatabaseUnavailableError(
      `The companion database could not be opened: the browser has no storage space left for it. ${CONSEQUENCE}`,
    );
  }
  return new DatabaseUnavailableError(
    `The companion database could not be opened (${name ? `${name}: ` : ''}${detail || 'no reason given'}). It may be damaged, or the browser may block storage for extensions. ${CONSEQUENCE}`,
  );
}

function isDomException(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && 'message' in error;
}
