export { DOCUMENT_SECTIONS, type DocumentEntry, type DocumentSection, type SectionInfo } from './types';
export { STAFF_PAGE_ENTRIES, STAFF_PAGE_URL } from './staff-page-entries';
export { PROCEDURE_KEYWORDS } from './procedure-keywords';
export { buildDocumentList, type DocumentListInput, type ProcedureDocument } from './build-document-list';
export { documentListFor } from './catalog-documents';
export { createDocumentSearch, DOCUMENT_FIELDS, type DocumentSearch } from './document-search';
