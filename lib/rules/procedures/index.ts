import type { Rule } from '../types';
import { addBibNotNetworkLinked } from './add-bib-not-network-linked';
import { addBibSuppressed } from './add-bib-suppressed';
import { addMultiVolumeSet } from './add-multi-volume-set';
import { addNoCallNumberSource } from './add-no-call-number-source';
import { addResShareHoldings } from './add-res-share-holdings';
import { delHasInventory } from './del-has-inventory';
import { delRelatedRecord } from './del-related-record';
import { delStillNetworkLinked } from './del-still-network-linked';
import { delWithdrawnItems } from './del-withdrawn-items';
import { hol852ClassPartMissing } from './hol-852-class-part-missing';
import { hol852IndicatorLc } from './hol-852-indicator-lc';
import { hol852LocationMissing } from './hol-852-location-missing';
import { holMultipartWithout866 } from './hol-multipart-without-866';
import { holSharedPrintWithout561 } from './hol-shared-print-without-561';
import { holTemplateMismatch } from './hol-template-mismatch';
import { predWithdrawReceivedItem } from './pred-withdraw-received-item';
import { reinStillSuppressed } from './rein-still-suppressed';
import { relLinkNotResolvable } from './rel-link-not-resolvable';
import { relRelatedRecord } from './rel-related-record';
import { relWithdrawRelatedRecord } from './rel-withdraw-related-record';
import { relinkCallNumberDiffers } from './relink-call-number-differs';
import { relinkGobiBriefBib } from './relink-gobi-brief-bib';
import { relinkMillenniumOrder } from './relink-millennium-order';
import { relinkSourceLeftEmpty } from './relink-source-left-empty';

/**
 * Rules from docs/procedures (R-ADD, R-HOL, R-REL, R-RELINK, R-DEL, R-PRED, R-REIN) over bibs, holdings
 * and the page around them. Item-editor checks (R-ITEM, R-MVM-1..4/6, R-REIN-1/2, R-NRLF) are in ../items.
 * The OCLC holdings moments (R-ADD-6, R-OCLC-1/2, R-REIN-3) are events, not rules: see lib/oclc/holdings-events.ts.
 * One rule per file in this folder; list each here.
 */
export const procedureRules: readonly Rule[] = [
  addBibNotNetworkLinked,
  addBibSuppressed,
  addResShareHoldings,
  addMultiVolumeSet,
  addNoCallNumberSource,
  hol852LocationMissing,
  hol852IndicatorLc,
  hol852ClassPartMissing,
  holTemplateMismatch,
  holMultipartWithout866,
  holSharedPrintWithout561,
  relRelatedRecord,
  relLinkNotResolvable,
  relWithdrawRelatedRecord,
  relinkGobiBriefBib,
  relinkMillenniumOrder,
  relinkSourceLeftEmpty,
  relinkCallNumberDiffers,
  delStillNetworkLinked,
  delHasInventory,
  delRelatedRecord,
  delWithdrawnItems,
  predWithdrawReceivedItem,
  reinStillSuppressed,
];
