import type { Finding, Severity } from '../../lib/rules/types';
import type { ValidationRequestOptions, ValidationSettings } from '../../lib/validation/jobs';
import type { PaneId } from '../../lib/page-model';

/**
 * Shared shapes of live validation: what a page reading yields, what the session keeps, what the panel shows.
 * Pure data, so the session logic is testable without Alma's DOM.
 */

export type { PaneId };

/** Identity of a finding across edits (see finding-identity.ts). */
export interface FindingIdentity {
  /** Rule, place and the field's content: survives moving the field, not editing it. */
  strong: string;
  /** Rule and place without content: used with the row to recognise a finding in a field edited in place. */
  weak: string;
}

/** A finding as read from the page, before it is compared with the baseline. */
export interface ReadFinding {
  finding: Finding;
  identity: FindingIdentity;
  /**
   * The page element the finding is attached to (the grid row, the item field's control), or null for
   * record-level findings. Compared by identity only: in-place edits keep the element.
   */
  anchor: object | null;
}

/** A finding on screen: read, identified, and marked new or inherited. */
export interface LiveFinding extends ReadFinding {
  /** Unique within one result and stable while the finding's identity stays the same (panel keys, focus). */
  id: string;
  pane: PaneId;
  /** True when the cataloger introduced it since the record was opened. */
  isNew: boolean;
}

/** What the panel says about one pane besides its findings (the page-status facts, so one panel suffices). */
export interface PaneHeader {
  pane: PaneId;
  recordType: 'bib' | 'holdings' | 'item';
  mmsId: string | null;
  /** Fields excluding the leader (records); null for items. */
  fieldCount: number | null;
}

/**
 * One pane as read from the page: a snapshot of the record (or item) and how to validate it. The session
 * keeps the first snapshot of each pane as the baseline and validates it again when the settings change,
 * so switching a rule on never makes the record's old problems look new.
 */
export interface PaneSnapshot {
  /** Changes when the pane shows another record (other MMS ID, replaced grid): the baseline is then reset. */
  identity: string;
  header: PaneHeader;
  /** Notes about the reading itself (e.g. "the bib is unknown, multi-volume checks are off"). */
  notes: string[];
  /**
   * Validates the snapshot (in the background: the engine does not run in the page) and places the findings;
   * `onDemand`: without the worker's time budget (the cataloger asked for it).
   */
  validate(settings: ValidationSettings, options?: ValidationRequestOptions): Promise<SnapshotFindings>;
}

export interface SnapshotFindings {
  findings: ReadFinding[];
  /** Custom rules that could not be compiled, as the engine reported them. */
  customRuleErrors: readonly string[];
}

export interface PaneResult {
  header: PaneHeader;
  findings: LiveFinding[];
  notes: string[];
}

/** One validation of all panes. */
export interface SessionResult {
  panes: PaneResult[];
  customRuleErrors: readonly string[];
}

export type SeverityCounts = Record<Severity, number>;

export { SEVERITIES } from '../../lib/rules/types';

export function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}
