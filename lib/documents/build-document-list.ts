import type { InstitutionProfile } from '../settings/profile';
import type { CustomDocument } from '../settings/types';
import { PROCEDURE_KEYWORDS } from './procedure-keywords';
import { STAFF_PAGE_ENTRIES, STAFF_PAGE_URL } from './staff-page-entries';
import { DOCUMENT_SECTIONS, type DocumentEntry } from './types';

/** What the list needs from a procedure of lib/procedures' catalog, with its link already built for the profile. */
export interface ProcedureDocument {
  id: string;
  title: string;
  summary: string;
  roles: readonly string[];
  tags: readonly string[];
  url: string;
}

export interface DocumentListInput {
  procedures: readonly ProcedureDocument[];
  profile: InstitutionProfile;
  customDocuments: readonly CustomDocument[];
  /** Show the Berkeley staff-page sections. Default: when the profile's documentation base is Berkeley's. */
  includeStaffPage?: boolean;
}

function sameBase(a: string, b: string): boolean {
  const strip = (url: string) =>
    url
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\/(www\.)?/, '')
      .replace(/\/+$/, '');
  return strip(a) === strip(b);
}

const sectionOrder = new Map(DOCUMENT_SECTIONS.map((section, i) => [section.id, i]));

/**
 * The popup's document list: the staff page's sections, every procedure (by its catalog id) and the
 * institution's own documents, grouped by section in the staff page's order.
 */
export function buildDocumentList(input: DocumentListInput): DocumentEntry[] {
  const includeStaffPage = input.includeStaffPage ?? sameBase(input.profile.documentationBaseUrl, STAFF_PAGE_URL);
  const entries: DocumentEntry[] = [];
  if (includeStaffPage)
    for (const entry of STAFF_PAGE_ENTRIES)
      entries.push({ ...entry, roles: [...entry.roles], keywords: [...entry.keywords] });
  for (const procedure of input.procedures) {
    entries.push({
      id: `procedure/${procedure.id}`,
      section: 'procedures',
      title: procedure.title,
      summary: procedure.summary,
      roles: [...procedure.roles],
      url: procedure.url,
      keywords: [...procedure.tags, ...(PROCEDURE_KEYWORDS[procedure.id] ?? [])],
      procedureId: procedure.id,
    });
  }
  for (const doc of input.customDocuments) {
    entries.push({
      id: `custom/${doc.id}`,
      section: 'custom',
      title: doc.title,
      summary: doc.summary,
      roles: [...doc.roles],
      url: doc.url,
      keywords: [...doc.keywords],
    });
  }
  // Stable sort: within a section, the staff page's (or the catalog's, or the user's) order stays.
  return entries.sort((a, b) => sectionOrder.get(a.section)! - sectionOrder.get(b.section)!);
}
