/**
 * The popup's document list mirrors the sections of UC Berkeley's Resource Management staff page
 * (https://www.lib.berkeley.edu/Staff/staff-docs/sils/resource-management), then adds the institution's own documents.
 */
export type DocumentSection =
  | 'functional-leads'
  | 'information-sources'
  | 'problem-reporting'
  | 'roles'
  | 'documentation-areas'
  | 'unit-procedures'
  | 'procedures'
  | 'custom';

export interface DocumentEntry {
  /** Unique in the list: `procedure/<procedure id>`, `custom/<id>`, or a staff-page entry id. */
  id: string;
  section: DocumentSection;
  title: string;
  summary: string;
  /** Alma roles the document concerns, as people name them. */
  roles: string[];
  /** Where the document lives (https:, or mailto: for contact addresses). */
  url: string;
  /** Extra words people search with that the title and summary do not contain. */
  keywords: string[];
  /** For procedure documents: the id in lib/procedures' catalog (checklists use it). */
  procedureId?: string;
}

export interface SectionInfo {
  id: DocumentSection;
  title: string;
}

/** In the staff page's order; the institution's own documents come last. */
export const DOCUMENT_SECTIONS: readonly SectionInfo[] = [
  { id: 'functional-leads', title: 'Functional area lead' },
  { id: 'information-sources', title: 'Information sources' },
  { id: 'problem-reporting', title: 'Problem reporting' },
  { id: 'roles', title: 'Alma roles and how to request them' },
  { id: 'documentation-areas', title: 'Documentation areas' },
  { id: 'unit-procedures', title: 'Unit procedures' },
  { id: 'procedures', title: 'Procedures' },
  { id: 'custom', title: 'Our documents' },
];
