import { DOCUMENT_SECTIONS, type DocumentEntry, type DocumentSearch, type SectionInfo } from '../../lib/documents';

/** Results shown while the cataloger types; the list scrolls, but more than this is noise. */
export const MAX_RESULTS = 40;

export interface DocumentGroup {
  section: SectionInfo;
  documents: DocumentEntry[];
}

/** What the finder shows: every document grouped as the staff page is, or ranked search results. */
export type FinderView =
  | { mode: 'browse'; groups: DocumentGroup[]; flat: DocumentEntry[] }
  | { mode: 'search'; groups: never[]; flat: DocumentEntry[] };

/** Documents in the staff page's section order, skipping empty sections. */
export function groupBySection(documents: readonly DocumentEntry[]): DocumentGroup[] {
  return DOCUMENT_SECTIONS.map((section) => ({
    section,
    documents: documents.filter((doc) => doc.section === section.id),
  })).filter((group) => group.documents.length > 0);
}

export function finderView(query: string, documents: readonly DocumentEntry[], search: DocumentSearch): FinderView {
  if (query.trim() === '') {
    const groups = groupBySection(documents);
    return { mode: 'browse', groups, flat: groups.flatMap((group) => group.documents) };
  }
  return { mode: 'search', groups: [], flat: search(query, MAX_RESULTS).map((result) => result.doc) };
}

/** The next active position for an arrow key; wraps around, and -1 (nothing active) when the list is empty. */
export function moveActive(current: number, key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End', count: number): number {
  if (count === 0) return -1;
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'ArrowDown':
      return current < 0 || current >= count - 1 ? 0 : current + 1;
    case 'ArrowUp':
      return current <= 0 ? count - 1 : current - 1;
  }
}

const SECTION_TITLES = new Map(DOCUMENT_SECTIONS.map((section) => [section.id, section.title]));

export function sectionTitle(doc: DocumentEntry): string {
  return SECTION_TITLES.get(doc.section) ?? doc.section;
}

/** The element id of a document's option (ids may hold slashes; element ids may too, but keep them simple). */
export function optionId(doc: DocumentEntry): string {
  return `doc-${doc.id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
