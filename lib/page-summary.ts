import type { PageKind, PaneId } from './page-model';
import { SEVERITIES, type Finding, type Severity } from './rules/types';

/**
 * What the popup shows about the current tab, as the content script of the frame holding the record
 * describes it. Plain data: it crosses the message boundary between the tab and the popup.
 */
export interface PageSummary {
  kind: PageKind;
  /** The records and item the page shows, each with its id when the page shows one. */
  records: SummaryRecord[];
  counts: Record<Severity, number>;
  /** The most serious findings (errors first), at most TOP_FINDINGS_SHOWN. */
  topFindings: SummaryFinding[];
  /** Procedures whose checklists apply to the page. */
  checklists: SummaryChecklist[];
  /** Things the cataloger should know about the summary itself (custom rules that did not compile, layout changes). */
  notes: string[];
  /** The features of the answering frame: which run and why the others do not. */
  features?: SummaryFeature[];
}

/** How a feature fares on the page: not for this kind of page, starting, ran, did not apply, failed. */
export type SummaryFeatureState = 'other-pages' | 'starting' | 'ran' | 'not-applicable' | 'failed';

export interface SummaryFeature {
  id: string;
  state: SummaryFeatureState;
  /** The page kinds it runs on (to say where, when it does not run here). */
  pageKinds: PageKind[];
}

export interface SummaryRecord {
  pane: PaneId;
  type: 'bib' | 'holdings' | 'item';
  /** MMS ID for records, barcode (or item PID) for items; null when the page does not show one. */
  id: string | null;
}

/** With the message id and parameters, so the popup says the message in the interface's language. */
export type SummaryFinding = Pick<Finding, 'ruleId' | 'severity' | 'message' | 'source' | 'messageId' | 'params'>;

export interface SummaryChecklist {
  procedureId: string;
  title: string;
  url: string;
  /** Offered because of something specific on the page (a multi-volume set, a withdrawn item). */
  contextual: boolean;
}

export const TOP_FINDINGS_SHOWN = 3;

/** The page kinds in the cataloger's words. */
export const PAGE_KIND_LABELS: Readonly<Record<PageKind, string>> = {
  'mde-wrapper': 'Metadata Editor',
  'mde-bib': 'Metadata Editor: bibliographic record',
  'mde-holdings': 'Metadata Editor: holdings record',
  'mde-split': 'Metadata Editor: split view',
  'mde-old': 'Metadata Editor (old)',
  'item-editor': 'Physical Item Editor',
  'items-list': 'List of Items',
  'holdings-list': 'List of Holdings',
  'withdraw-dialog': 'Withdraw items',
  relink: 'Relink',
  unrecognised: 'Alma page not recognised (the layout may have changed)',
  other: 'Not an Alma editor page',
};

export const RECORD_TYPE_LABELS: Readonly<Record<SummaryRecord['type'], string>> = {
  bib: 'Bibliographic record',
  holdings: 'Holdings record',
  item: 'Item',
};

/** Counts by severity and the most serious findings, errors first, in the order the rules reported them. */
export function summariseFindings(findings: readonly Finding[]): Pick<PageSummary, 'counts' | 'topFindings'> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  const rank = (severity: Severity): number => SEVERITIES.indexOf(severity);
  const top = [...findings]
    .sort((a, b) => rank(a.severity) - rank(b.severity))
    .slice(0, TOP_FINDINGS_SHOWN)
    .map(({ ruleId, severity, message, source, messageId, params }) => {
      const shown: SummaryFinding = { ruleId, severity, message };
      if (source) shown.source = source;
      if (messageId && params) Object.assign(shown, { messageId, params });
      return shown;
    });
  return { counts, topFindings: top };
}
