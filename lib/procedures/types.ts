import type { PageKind } from '../page-model';
import type { PageContext } from './context';

/** What the extension could check about a step: done, not done, or not visible from this page. */
export type StepResult = 'pass' | 'fail' | 'unknown';

export interface ProcedureStep {
  /** Stable within the procedure: checklist progress is stored under it. */
  id: string;
  /** The step, in the project's own words. */
  text: string;
  /** Optional detail shown under the step. */
  detail?: string;
  /** 'warning' steps are cautions to read, not actions to tick. */
  kind?: 'action' | 'warning';
  /** True when the step follows from the source but is not stated there (docs/procedures.md: inferred). */
  inferred?: boolean;
  /** The step is shown only when this holds for the page. */
  when?: (ctx: PageContext) => boolean;
  /** Checks the step from what the page shows. Absent: the cataloger ticks it by hand. */
  verify?: (ctx: PageContext) => StepResult;
}

export interface Procedure {
  id: string;
  title: string;
  /** One line: what the procedure is for. */
  summary: string;
  /** Alma roles needed, as people name them. */
  roles: string[];
  /** Path of the page under the profile's documentationBaseUrl; absent when the page is not under it. */
  sourcePath?: string;
  /** The page the procedure was drawn from; used with the default documentation base. */
  defaultUrl: string;
  tags: string[];
  /** Alma pages where the checklist is offered. Empty: shown only in the popup's catalog. */
  pageKinds: PageKind[];
  /** When present, the procedure is offered only if this holds (e.g. the bib is a multi-volume set). */
  appliesWhen?: (ctx: PageContext) => boolean;
  /** Ids of the rules that check this procedure on the record. */
  ruleIds: string[];
  steps: ProcedureStep[];
}

export interface EvaluatedStep {
  id: string;
  text: string;
  detail?: string;
  kind: 'action' | 'warning';
  inferred: boolean;
  /** Result of the step's check; null when the step cannot be checked and is ticked by hand. */
  result: StepResult | null;
}

/** A procedure with the steps that apply to the page, evaluated. */
export interface Checklist {
  procedureId: string;
  title: string;
  summary: string;
  roles: string[];
  /** Link to the procedure page, built from the profile. */
  url: string;
  tags: string[];
  /** True when the procedure was offered because of something specific on the page (appliesWhen). */
  contextual: boolean;
  steps: EvaluatedStep[];
}
