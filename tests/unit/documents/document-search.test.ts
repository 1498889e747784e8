import { describe, expect, it } from 'vitest';
import { createDocumentSearch, documentListFor } from '../../../lib/documents';
import { createDefaultSettings, UC_BERKELEY_PROFILE } from '../../../lib/settings';

const settings = createDefaultSettings(UC_BERKELEY_PROFILE);
settings.customDocuments.push({
  id: 'bindery',
  title: 'Sending volumes to the bindery',
  summary: 'Local bindery workflow and pickup days.',
  url: 'https://intranet.example.edu/bindery',
  roles: ['Physical Inventory Operator'],
  keywords: ['binding'],
});
const search = createDocumentSearch(documentListFor(settings));
const top = (query: string, n = 1) => search(query, n).map((result) => result.doc.id);

describe('document search', () => {
  it('"withdraw" ranks the withdrawal and OCLC-holdings procedures first', () => {
    expect(new Set(top('withdraw', 2))).toEqual(new Set(['procedure/withdrawal', 'procedure/oclc-holdings']));
    expect(top('withdraw')).toEqual(['procedure/withdrawal']);
  });

  it.each([
    ['withdrwa', 'procedure/withdrawal'],
    ['withdrawl', 'procedure/withdrawal'],
    ['reinstat', 'procedure/reinstating-items'],
    ['reinstatment', 'procedure/reinstating-items'],
    ['multivolume', 'procedure/multi-volume-monographs'],
    ['multi-volume', 'procedure/multi-volume-monographs'],
    ['mulitvolume', 'procedure/multi-volume-monographs'],
    ['mvm', 'procedure/multi-volume-monographs'],
    ['relnk', 'procedure/relinking'],
    ['nrlf', 'procedure/nrlf-deposit'],
    ['connexion error', 'procedure/connexion-export-errors'],
    ['badcat', 'report-badcat'],
    ['request roles', 'roles-request'],
    ['bindery', 'custom/bindery'],
    ['last copy oclc', 'procedure/oclc-holdings'],
  ])('%s → %s', (query, expected) => {
    expect(top(query)).toEqual([expected]);
  });

  it('finds nothing for unrelated words rather than guessing', () => {
    expect(search('zebra')).toEqual([]);
  });
});
