import type { MarcRecord } from '../../lib/marc/types';

/**
 * The bibs this tab has shown in the Metadata Editor, by MMS ID, so the Physical Item Editor can run the
 * checks that depend on the bib (multi-volume set, monograph). The item editor never shows the bib's MARC.
 *
 * Kept in the Alma origin's sessionStorage, as the OCLC holdings memory is: it lives as long as the tab,
 * is shared by Alma's frames, and is gone when the tab closes. Bounded, and a full or unavailable storage
 * only means the checks run without the bib.
 */

export const BIB_MEMORY_KEY = 'alma-companion:bibs';
export const BIB_MEMORY_LIMIT = 20;

interface RememberedBib {
  record: MarcRecord;
  seen: number;
}

type Memory = Record<string, RememberedBib>;

function read(storage: Storage): Memory {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(BIB_MEMORY_KEY) ?? '{}');
    return parsed !== null && typeof parsed === 'object' ? (parsed as Memory) : {};
  } catch {
    return {};
  }
}

export function rememberBib(storage: Storage, mmsId: string, record: MarcRecord, now: number = Date.now()): void {
  const memory = read(storage);
  memory[mmsId] = { record, seen: now };
  const ids = Object.keys(memory).sort((a, b) => (memory[b]?.seen ?? 0) - (memory[a]?.seen ?? 0));
  for (const id of ids.slice(BIB_MEMORY_LIMIT)) delete memory[id];
  try {
    storage.setItem(BIB_MEMORY_KEY, JSON.stringify(memory));
  } catch {
    // Quota exceeded or storage disabled: the item editor will say the bib is unknown.
  }
}

export function recallBib(storage: Storage, mmsId: string | null): MarcRecord | undefined {
  if (!mmsId) return undefined;
  const entry = read(storage)[mmsId];
  const record = entry?.record;
  return record && typeof record.leader === 'string' && Array.isArray(record.fields) ? record : undefined;
}
