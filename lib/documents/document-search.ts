import { createSearchIndex, type SearchField, type SearchResult } from '../search/search-index';
import type { DocumentEntry } from './types';

/** Title words say most about a document, curated keywords next, then the summary and roles. */
export const DOCUMENT_FIELDS: readonly SearchField<DocumentEntry>[] = [
  { name: 'title', weight: 3, text: (doc) => doc.title },
  { name: 'keywords', weight: 2, text: (doc) => doc.keywords },
  { name: 'summary', weight: 1, text: (doc) => doc.summary },
  { name: 'roles', weight: 1, text: (doc) => doc.roles },
];

export type DocumentSearch = (query: string, limit?: number) => SearchResult<DocumentEntry>[];

/** Builds the index once (when the popup opens); each keystroke then searches it. */
export function createDocumentSearch(entries: readonly DocumentEntry[]): DocumentSearch {
  const index = createSearchIndex(entries, DOCUMENT_FIELDS);
  return (query, limit) => index.search(query, limit === undefined ? {} : { limit });
}
