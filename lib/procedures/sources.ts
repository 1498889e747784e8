import type { InstitutionProfile } from '../settings/profile';
import type { Procedure } from './types';

/**
 * The page each procedure was drawn from (docs/procedures.md). Rules use them as their `source`; checklists
 * rebuild them under the institution's documentation base when the procedure has a `sourcePath`.
 */
export const PROCEDURE_URLS = {
  addingCopies:
    'https://lib.berkeley.edu/Staff/staff-docs/sils/resource-management/monographs-additional-copies-added-at-shelving-locations',
  nrlfDeposit:
    'https://live-staff-web.pantheon.berkeley.edu/Staff/staff-docs/sils/resource-management/nrlf-deposit-prep-guidelines',
  connexionExportErrors: 'https://www.carli.illinois.edu/node/10083',
  oclcHoldings: 'https://lib.berkeley.edu/Staff/staff-docs/sils/tag/policy?page=2',
  onboarding:
    'https://lib.berkeley.edu/Staff/staff-docs/sils/sils-general-info-policies-and-practices/onboarding-new-staff',
  predictedSerialItems:
    'https://www.lib.berkeley.edu/Staff/staff-docs/sils/resource-management/predicted-serial-item-cleanup',
  multiVolumeMonographs: 'https://www.lib.berkeley.edu/Staff/staff-docs/sils/resource-management/procedures-for-mvms',
  reinstatingItems:
    'https://live-staff-web.pantheon.berkeley.edu/Staff/staff-docs/sils/resource-management/reinstating-withdrawn-items',
  relatedRecords: 'https://lib.berkeley.edu/Staff/staff-docs/sils/tag/procedure?page=1',
  relinking: 'https://www.lib.berkeley.edu/Staff/staff-docs/sils/resource-management/relinking-pols-holdings-items',
  markingForDeletion:
    'https://www.lib.berkeley.edu/Staff/staff-docs/sils/resource-management/interim-procedure-mark-items-for-deletion',
  bibRecords: 'https://www.carli.illinois.edu/products-services/i-share/physical-res-man/import-workflows',
  holdingsRecords: 'https://lib.berkeley.edu/Staff/staff-docs/sils/resource-management/holdings-record-field-coding',
  itemRecords:
    'https://www.lib.berkeley.edu/Staff/staff-docs/sils/resource-management/items-editing-required-fields-info',
  withdrawal: 'https://www.lib.berkeley.edu/Staff/staff-docs/sils/resource-management/deleting-item-records',
} as const;

/** The documentation base the default URLs live under (Berkeley's Resource Management pages). */
export const DEFAULT_DOCUMENTATION_BASE = 'https://www.lib.berkeley.edu/Staff/staff-docs/sils/resource-management';

/**
 * Link to a procedure for this institution: the cited page while the profile keeps the default base,
 * otherwise the procedure's path under the institution's base. Procedures with no path keep the cited page.
 */
export function procedureUrl(procedure: Procedure, profile: InstitutionProfile): string {
  const base = profile.documentationBaseUrl.trim().replace(/\/+$/, '');
  if (!procedure.sourcePath || base === '' || sameBase(base, DEFAULT_DOCUMENTATION_BASE)) return procedure.defaultUrl;
  if (!/^https?:\/\/[^\s/]+/i.test(base)) return procedure.defaultUrl;
  return `${base}/${procedure.sourcePath}`;
}

/** Berkeley serves the same pages with and without `www.`. */
function sameBase(a: string, b: string): boolean {
  const strip = (url: string) => url.toLowerCase().replace(/^https?:\/\/(www\.)?/, '');
  return strip(a) === strip(b);
}
