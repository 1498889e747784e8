/**
 * Words catalogers search with for each procedure that its title, summary and tags do not already
 * hold: Alma labels, abbreviations and the situations that lead to the procedure. Keyed by procedure id.
 */
export const PROCEDURE_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  'adding-copies': [
    'added copy',
    'additional copy',
    'second copy',
    'shelving location',
    'res_share',
    'physical titles search',
  ],
  'nrlf-deposit': ['deposit', 'storage', 'pull list', 'unavailable', 'work order', 'building use only', 'restricted'],
  'connexion-export-errors': [
    'gateway export',
    'import failed',
    'logon failed',
    'integration profile',
    'multiple matches',
    'export',
  ],
  // Withdrawing the last copy is when a WorldCat holding must go, so "withdraw" should find this procedure.
  'oclc-holdings': [
    'withdraw',
    'withdrawal',
    'last copy',
    'set holdings',
    'delete holdings',
    'cuy',
    'ocn',
    '035',
    'connexion',
    'record manager',
    'ill',
  ],
  onboarding: ['new hire', 'new staff', 'privacy form', 'listservs', 'helpbox', 'roles'],
  'predicted-serial-items': ['predictions', 'claims', 'cancelled', 'ceased', 'received in error', 'closed order'],
  'multi-volume-monographs': ['mvm', 'set', 'volumes', 'enumeration', 'description', '866', 'multipart'],
  'reinstating-items': ['reinstatement', 'found', 'returned', 'recovered', 'lost', 'zw', 'selector'],
  'related-records': ['host record', 'constituent', '773', '774', 'boundwith', 'has related records', '910'],
  relinking: ['relink', 'move items', 'source bib', 'target bib', 'pol', 'gobi', 'brief bib', 'merge'],
  'marking-for-deletion': ['delete', 'duplicate', 'copy to catalog', 'unlink', 'brief order bib', 'suppress'],
  'bib-records': ['import', 'worldcat', 'copy cataloging', 'search external resources', 'copy and merge'],
  'holdings-records': ['852', 'call number', 'location', 'template', 'single-part', 'multipart', 'serial'],
  'item-records': ['barcode', 'copy id', 'material type', 'item policy', 'physical item editor', 'duplicate item'],
  withdrawal: ['withdraw', 'delete item', 'discard', 'weeding', 'last item', 'deaccession', 'pio extended'],
};
