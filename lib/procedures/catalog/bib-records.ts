import { PROCEDURE_URLS } from '../sources';
import type { Procedure } from '../types';

/** Creating a bib, usually by bringing in a WorldCat record, and keeping it in good shape. */
export const bibRecords: Procedure = {
  id: 'bib-records',
  title: 'Create and maintain bibliographic records',
  summary: 'Search Alma first, then bring the record in from WorldCat without creating duplicates.',
  roles: ['Cataloger'],
  defaultUrl: PROCEDURE_URLS.bibRecords,
  tags: ['bibs', 'import', 'oclc', 'duplicates'],
  pageKinds: ['mde-bib'],
  ruleIds: ['add-multi-volume-set', 'rel-related-record'],
  steps: [
    {
      id: 'search-first',
      text: 'Search Alma first: Physical Titles in the Institution Zone, or All Titles for bibs without inventory (the Network Zone holds no physical inventory).',
    },
    {
      id: 'bring-in',
      text: 'Bring the record in by Gateway Export from Connexion or Record Manager, by file with an import profile, or with Search External Resources in the Metadata Editor.',
    },
    {
      id: 'no-duplicates',
      text: 'Prefer Copy & Merge over Import when a record already exists: Import makes a duplicate.',
    },
    {
      id: 'eng-records',
      text: 'Network Zone catalogers may use any WorldCat record whose 040 $b is eng.',
    },
  ],
};
