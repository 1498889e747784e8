import type { Procedure } from '../types';
import { addingCopies } from './adding-copies';
import { bibRecords } from './bib-records';
import { connexionExportErrors } from './connexion-export-errors';
import { holdingsRecords } from './holdings-records';
import { itemRecords } from './item-records';
import { markingForDeletion } from './marking-for-deletion';
import { multiVolumeMonographs } from './multi-volume-monographs';
import { nrlfDeposit } from './nrlf-deposit';
import { oclcHoldings } from './oclc-holdings';
import { onboarding } from './onboarding';
import { predictedSerialItems } from './predicted-serial-items';
import { reinstatingItems } from './reinstating-items';
import { relatedRecords } from './related-records';
import { relinking } from './relinking';
import { withdrawal } from './withdrawal';

/**
 * Every procedure of docs/procedures.md, in the order of the staff page's document list, then the
 * record-maintenance and withdrawal procedures. Static: nothing registers itself by import side effect.
 */
export const procedureCatalog: readonly Procedure[] = [
  addingCopies,
  nrlfDeposit,
  connexionExportErrors,
  oclcHoldings,
  onboarding,
  predictedSerialItems,
  multiVolumeMonographs,
  reinstatingItems,
  relatedRecords,
  relinking,
  markingForDeletion,
  bibRecords,
  holdingsRecords,
  itemRecords,
  withdrawal,
];

export function findProcedure(id: string): Procedure | undefined {
  return procedureCatalog.find((procedure) => procedure.id === id);
}
