import { PROCEDURE_URLS } from '../sources';
import type { Procedure } from '../types';

/** What to do when an OCLC Connexion client export to Alma fails (based on CARLI's table). */
export const connexionExportErrors: Procedure = {
  id: 'connexion-export-errors',
  title: 'Fix OCLC Connexion export errors',
  summary: 'Common reasons an export from the Connexion client to Alma fails or does nothing, and their fixes.',
  roles: ['Cataloger'],
  defaultUrl: PROCEDURE_URLS.connexionExportErrors,
  tags: ['oclc', 'connexion', 'import', 'troubleshooting'],
  pageKinds: [],
  ruleIds: [],
  steps: [
    {
      id: 'read-reply',
      text: 'Read Alma\'s reply: "processed successfully" with an MMS ID means a new or merged record; "Import Failed" gives a reason.',
    },
    {
      id: 'integration-profile',
      text: '"No integration profile found": the Institution Zone has more than one Connexion integration profile; keep only one.',
    },
    {
      id: 'logon',
      text: '"Logon Failed": the password in the Alma integration profile changed; enter the same one under Tools > Options > Export > OCLC Gateway Export.',
      inferred: true,
    },
    {
      id: 'community-zone',
      text: 'Record skipped: the Alma record is linked to the Community Zone; bring the record in with Search External Resources in the Metadata Editor instead.',
    },
    {
      id: 'multiple-matches',
      text: 'Several matches: more than one Alma record carries the OCLC number (often as a cancelled 035 $z); merge them, then export again.',
    },
    {
      id: 'record-open',
      text: 'Export "succeeds" but nothing changes: close the record in the Metadata Editor and export again.',
    },
    {
      id: 'not-merged',
      text: 'Not merged: the import profile will not let a lower encoding level or older version replace the record; upgrade it or use another route.',
    },
    {
      id: 'no-ocn',
      text: 'Cannot export: an unsaved workform has no OCLC number in 001; add the record to WorldCat first.',
    },
    {
      id: 'network',
      text: 'Connection failures or time-outs: ask IT to allow 132.174.0.0/16; check the Gateway port (5500), time-out and retries if exports are slow.',
    },
    {
      id: 'validation',
      text: 'Validation errors: correct the fields, or change the validation level under Tools > Options > General.',
    },
  ],
};
