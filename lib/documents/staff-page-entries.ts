import type { DocumentEntry } from './types';

/** The Resource Management staff page itself: the links below live on it unless a page of their own is known. */
export const STAFF_PAGE_URL = 'https://www.lib.berkeley.edu/Staff/staff-docs/sils/resource-management';
const FAQ_URL = 'https://lib.berkeley.edu/Staff/staff-docs/sils/resource-management/resource-management-faq';
const PROCEDURE_TAG_URL = 'https://lib.berkeley.edu/Staff/staff-docs/sils/tag/procedure';
const POLICY_TAG_URL = 'https://lib.berkeley.edu/Staff/staff-docs/sils/tag/policy';

type StaffEntry = Omit<DocumentEntry, 'procedureId'>;

/**
 * The non-procedure sections of the staff page, in our own words.
 * Where the staff page links a document whose address is not public, the entry links the staff page.
 */
export const STAFF_PAGE_ENTRIES: readonly StaffEntry[] = [
  {
    id: 'rm-functional-lead',
    section: 'functional-leads',
    title: 'Resource Management functional area lead',
    summary: 'The campus contact for Resource Management work in Alma and UC Library Search.',
    roles: [],
    url: STAFF_PAGE_URL,
    keywords: ['contact', 'lead', 'who to ask'],
  },
  {
    id: 'berkeley-rmg',
    section: 'information-sources',
    title: 'UC Berkeley resources and the Resource Management Group (RMG)',
    summary: 'The RMG sets local cataloging policies, procedures and workflows in Alma, in line with the UC system.',
    roles: [],
    url: STAFF_PAGE_URL,
    keywords: ['policy', 'local practice', 'rmg', 'berkeley'],
  },
  {
    id: 'uc-wide-rm',
    section: 'information-sources',
    title: 'UC-wide resources: Cataloging and Metadata Operations subteam',
    summary: 'UC-wide general resources and the systemwide Resource Management subteam for cataloging and metadata.',
    roles: [],
    url: STAFF_PAGE_URL,
    keywords: ['uc sils', 'systemwide', 'network zone', 'cmo'],
  },
  {
    id: 'rm-faq',
    section: 'information-sources',
    title: 'Resource Management FAQ',
    summary: 'Answers to common questions: Network Zone records, call numbers and shelflisting, OCLC records, roles.',
    roles: [],
    url: FAQ_URL,
    keywords: ['faq', 'questions', 'network zone', 'call number', 'shelflist'],
  },
  {
    id: 'report-badcat',
    section: 'problem-reporting',
    title: 'Report a record problem (BadCat ticket)',
    summary: 'File a BadCat ticket for record problems you cannot fix yourself, such as bibs to merge or delete.',
    roles: [],
    url: STAFF_PAGE_URL,
    keywords: ['badcat', 'ticket', 'problem', 'report', 'error', 'help'],
  },
  {
    id: 'report-csdhelp',
    section: 'problem-reporting',
    title: 'Email the cataloging help address',
    summary: 'Write to csdhelp@berkeley.edu about a record problem instead of filing a BadCat ticket.',
    roles: [],
    url: 'mailto:csdhelp@berkeley.edu',
    keywords: ['csdhelp', 'email', 'problem', 'report', 'help'],
  },
  {
    id: 'roles-basic',
    section: 'roles',
    title: 'Roles for basic Resource Management work',
    summary:
      'Cataloger plus Physical Inventory Operator or its Limited version; only the full operator role moves inventory between bibs. Training: Berkeley RM training, module 5.',
    roles: ['Cataloger', 'Physical Inventory Operator', 'Physical Inventory Operator Limited'],
    url: STAFF_PAGE_URL,
    keywords: ['roles', 'permissions', 'pio', 'training', 'module 5'],
  },
  {
    id: 'roles-optional',
    section: 'roles',
    title: 'Optional and rarely assigned roles',
    summary:
      'Cataloger Extended deletes bibs, updates shared templates and merges bibs; others mark records for deletion or file a BadCat ticket.',
    roles: ['Cataloger Extended', 'Physical Inventory Operator Extended'],
    url: STAFF_PAGE_URL,
    keywords: ['roles', 'permissions', 'delete', 'merge', 'templates'],
  },
  {
    id: 'roles-request',
    section: 'roles',
    title: 'Request or update Alma roles',
    summary:
      'Supervisors ask helpbox-library@berkeley.edu for roles in production or the sandbox, describing the tasks; training comes first.',
    roles: ['Supervisor'],
    url: STAFF_PAGE_URL,
    keywords: ['roles', 'request', 'helpbox', 'sandbox', 'access', 'permissions'],
  },
  {
    id: 'docs-analytics',
    section: 'documentation-areas',
    title: 'Alma Analytics',
    summary: 'Reports and analyses of Alma data.',
    roles: [],
    url: STAFF_PAGE_URL,
    keywords: ['analytics', 'reports', 'statistics'],
  },
  {
    id: 'docs-records',
    section: 'documentation-areas',
    title: 'Alma bibliographic, item and holdings records',
    summary: 'Documentation on creating and maintaining the three kinds of records.',
    roles: ['Cataloger', 'Physical Inventory Operator'],
    url: STAFF_PAGE_URL,
    keywords: ['bibs', 'items', 'holdings', 'records', 'metadata editor'],
  },
  {
    id: 'docs-cataloging-procedures',
    section: 'documentation-areas',
    title: 'Cataloging procedures',
    summary: 'All staff documents tagged as procedures.',
    roles: ['Cataloger'],
    url: PROCEDURE_TAG_URL,
    keywords: ['procedures', 'workflows'],
  },
  {
    id: 'docs-policies',
    section: 'documentation-areas',
    title: 'Cataloging policies',
    summary: 'All staff documents tagged as policies, including withdrawal and OCLC holdings policies.',
    roles: ['Cataloger'],
    url: POLICY_TAG_URL,
    keywords: ['policy', 'policies'],
  },
  {
    id: 'docs-statistics',
    section: 'documentation-areas',
    title: 'Cataloging statistics',
    summary: 'How cataloging work is counted and reported.',
    roles: [],
    url: STAFF_PAGE_URL,
    keywords: ['statistics', 'counts', 'reporting'],
  },
  {
    id: 'unit-bancroft',
    section: 'unit-procedures',
    title: 'Bancroft Library unit procedures',
    summary: 'Procedures specific to the Bancroft Library.',
    roles: [],
    url: STAFF_PAGE_URL,
    keywords: ['bancroft', 'special collections'],
  },
  {
    id: 'unit-collection-services',
    section: 'unit-procedures',
    title: 'Collection Services unit procedures',
    summary: 'Procedures specific to Collection Services.',
    roles: [],
    url: STAFF_PAGE_URL,
    keywords: ['collection services'],
  },
  {
    id: 'unit-metadata-services',
    section: 'unit-procedures',
    title: 'Metadata Services unit procedures',
    summary: 'Procedures specific to Metadata Services.',
    roles: [],
    url: STAFF_PAGE_URL,
    keywords: ['metadata services', 'cataloging unit'],
  },
];
