import { deleteDB, openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDatabaseService,
  DatabaseUnavailableError,
  explainOpenFailure,
} from '../../../background/database-service';
import { COMPANION_DB_VERSION, openCompanionDb } from '../../../background/db/companion-db';
import { addWorklistEntry, listWorklist } from '../../../background/db/worklist-store';

let name: string;
let counter = 0;
const ENTRY = { oclcNumber: '123', action: 'set' as const, mmsId: '991', title: 'T', reason: 'R' };

beforeEach(() => {
  name = `database-service-${++counter}`;
});
afterEach(async () => {
  await deleteDB(name);
});

describe('createDatabaseService', () => {
  it('opens once and serves every request from the same connection', async () => {
    let opens = 0;
    const service = createDatabaseService({
      open: () => {
        opens++;
        return openCompanionDb(name);
      },
    });
    await service.use((db) => addWorklistEntry(db, ENTRY));
    expect(await service.use((db) => listWorklist(db))).toHaveLength(1);
    expect(await service.status()).toEqual({ available: true });
    expect(opens).toBe(1);
    service.close();
  });

  it('reports a database saved by a newer version clearly, and the next service on a good database still works', async () => {
    const newer = await openDB(name, COMPANION_DB_VERSION + 1);
    newer.close();
    const service = createDatabaseService({ open: () => openCompanionDb(name) });
    await expect(service.use((db) => listWorklist(db))).rejects.toThrow(DatabaseUnavailableError);
    const status = await service.status();
    expect(status.available).toBe(false);
    expect(status.problem).toMatch(/saved by a newer version of the extension/);
    expect(status.problem).toMatch(/the rest of the extension keeps working/);

    const other = createDatabaseService({ open: () => openCompanionDb(`${name}-other`) });
    expect(await other.use((db) => listWorklist(db))).toEqual([]);
    other.close();
    await deleteDB(`${name}-other`);
  });

  it('reports an open that never finishes (blocked) instead of hanging', async () => {
    const service = createDatabaseService({ open: () => new Promise(() => undefined), openTimeoutMs: 20 });
    await expect(service.use(async () => 'never')).rejects.toThrow(/another page of the extension .* is holding it/);
  });

  it('fails fast after a failed open, then tries again once the pause is over', async () => {
    let clock = 0;
    let attempts = 0;
    const service = createDatabaseService({
      open: async () => {
        attempts++;
        if (attempts === 1) throw Object.assign(new Error('disk I/O error'), { name: 'UnknownError' });
        return openCompanionDb(name);
      },
      retryAfterMs: 1000,
      now: () => clock,
    });
    await expect(service.use((db) => listWorklist(db))).rejects.toThrow('(UnknownError: disk I/O error)');
    await expect(service.use((db) => listWorklist(db))).rejects.toThrow('disk I/O error');
    expect(attempts).toBe(1);
    clock = 1500;
    expect(await service.use((db) => listWorklist(db))).toEqual([]);
    expect(attempts).toBe(2);
    service.close();
  });

  it('steps aside when a newer version upgrades the database, and says so on the next request', async () => {
    const service = createDatabaseService({ open: () => openCompanionDb(name), openTimeoutMs: 2000 });
    await service.use((db) => addWorklistEntry(db, ENTRY));
    // Our open connection must not block the upgrade.
    const upgraded = await openDB(name, COMPANION_DB_VERSION + 1, {
      blocked: () => expect.fail('the upgrade was blocked'),
    });
    expect(upgraded.objectStoreNames.contains('worklist')).toBe(true);
    upgraded.close();
    await expect(service.use((db) => listWorklist(db))).rejects.toThrow(/newer version/);
  });
});

describe('explainOpenFailure', () => {
  it('names quota problems and unknown failures in words, never as a bare exception', () => {
    expect(explainOpenFailure(Object.assign(new Error('full'), { name: 'QuotaExceededError' })).message).toMatch(
      /no storage space left/,
    );
    expect(explainOpenFailure('weird').message).toMatch(/could not be opened \(weird\)/);
    expect(explainOpenFailure(new Error('')).message).toMatch(/Error: no reason given/);
  });
});
