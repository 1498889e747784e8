import { procedureCatalog } from '../procedures/catalog';
import { procedureUrl } from '../procedures/sources';
import type { Settings } from '../settings/types';
import { buildDocumentList } from './build-document-list';
import type { DocumentEntry } from './types';

/** The document list for these settings, with every procedure of lib/procedures' catalog linked for the profile. */
export function documentListFor(settings: Pick<Settings, 'profile' | 'customDocuments'>): DocumentEntry[] {
  return buildDocumentList({
    procedures: procedureCatalog.map((procedure) => ({ ...procedure, url: procedureUrl(procedure, settings.profile) })),
    profile: settings.profile,
    customDocuments: settings.customDocuments,
  });
}
