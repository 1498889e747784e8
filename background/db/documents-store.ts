import type { PageKind } from '../../content/alma/types';
import type { CompanionDb, CustomDocument } from './companion-db';
import { CompanionDbInputError } from './companion-db';

export interface DocumentInput {
  /** Present to update an existing document. */
  id?: string;
  title: string;
  url: string;
  summary?: string;
  tags?: string[];
  pageKinds?: PageKind[];
}

/** Adds or updates a custom document after checking it; throws CompanionDbInputError on bad input. */
export async function putDocument(
  db: CompanionDb,
  input: DocumentInput,
  now: number = Date.now(),
): Promise<CustomDocument> {
  const title = input.title.trim();
  if (!title) throw new CompanionDbInputError('A document needs a title.');
  const url = input.url.trim();
  if (!isWebUrl(url))
    throw new CompanionDbInputError(`"${input.url}" is not a web address: give a full http:// or https:// URL.`);
  const existing = input.id ? await db.get('documents', input.id) : undefined;
  const document: CustomDocument = {
    id: existing?.id ?? input.id ?? globalThis.crypto.randomUUID(),
    title,
    url,
    summary: input.summary?.trim() ?? '',
    tags: [...new Set((input.tags ?? []).map((tag) => tag.trim()).filter(Boolean))],
    pageKinds: [...(input.pageKinds ?? [])],
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await db.put('documents', document);
  return document;
}

export function getDocument(db: CompanionDb, id: string): Promise<CustomDocument | undefined> {
  return db.get('documents', id);
}

/** Documents by title. */
export async function listDocuments(db: CompanionDb): Promise<CustomDocument[]> {
  const documents = await db.getAll('documents');
  return documents.sort((a, b) => a.title.localeCompare(b.title));
}

export function deleteDocument(db: CompanionDb, id: string): Promise<void> {
  return db.delete('documents', id);
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
