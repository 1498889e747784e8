import { isPlainObject } from '../lib/is-plain-object';
import type { ValidationJob, ValidationResult } from '../lib/validation/jobs';
import { isRuleLanguage } from '../lib/rules/messages/language';
import { localizeFindings } from '../lib/validation/localize';
import { runValidationJob } from '../lib/validation/run-job';
import type { SettingsService } from './settings-service';

/**
 * Time one live validation may take in the worker every Alma tab shares. The engine checks it between
 * rules (lib/rules/engine.ts ValidateOptions.deadline), so a job holds the worker for this plus one rule
 * (rules are linear in the record, issue 15): another tab's request waits at most about that long.
 */
export const LIVE_BUDGET_MS = 50;

export interface ValidateRequest {
  job: ValidationJob;
  /** Checked on demand (the user asked for this record): no time budget. */
  onDemand?: boolean;
  /** The settings revision the page knows (lib/validation/jobs.ts settingsRevision). */
  revision: string;
  /** The page's interface language: the findings come back worded in it (English when absent or unknown). */
  language?: unknown;
}

/**
 * The background's answer to `validate`. The rule engine and the MARC 21 definitions live here, once per
 * browser, instead of in every frame of every Alma tab: content scripts read the page and send the record
 * with the settings revision they know; the settings themselves are the background's (settings-service.ts).
 * The request is checked at the boundary so a malformed one gets a clear error instead of a rule crash.
 */
export function createValidateHandler(
  settings: SettingsService,
  budgetMs: number | (() => number) = LIVE_BUDGET_MS,
): (request: ValidateRequest) => Promise<ValidationResult & { revision: string }> {
  let warm = false;
  return async ({ job, revision, onDemand, language }) => {
    const problem = jobProblem(job) ?? (typeof revision === 'string' ? null : 'the settings revision is missing');
    if (problem) throw new Error(`Cannot validate: ${problem}.`);
    const engine = await settings.current(revision);
    // The deadline starts once the settings are ready: waiting for them does not block the worker. The
    // worker's first job also loads the MARC 21 definitions and compiles the rules: it runs unbudgeted.
    const budget = typeof budgetMs === 'number' ? budgetMs : budgetMs();
    const deadline = onDemand === true || !warm ? undefined : performance.now() + budget;
    const result = runValidationJob(job, engine.prepared, deadline);
    warm = true;
    if (isRuleLanguage(language)) localizeFindings(result.findings, language);
    return { ...result, revision: engine.revision };
  };
}

function jobProblem(job: unknown): string | null {
  if (!isPlainObject(job)) return 'no record or item was sent';
  if (job.kind === 'record') {
    if (job.type !== 'bib' && job.type !== 'holdings') return 'the record type must be bib or holdings';
    return recordProblem(job.record, 'record');
  }
  if (job.kind === 'item') {
    if (!isPlainObject(job.item)) return 'the item is missing';
    return job.bib === undefined ? null : recordProblem(job.bib, "item's bib");
  }
  return 'the request is neither a record nor an item';
}

function recordProblem(record: unknown, name: string): string | null {
  if (!isPlainObject(record) || typeof record.leader !== 'string' || !Array.isArray(record.fields)) {
    return `the ${name} must have a leader and a list of fields`;
  }
  return record.fields.every((field) => isPlainObject(field) && typeof field.tag === 'string')
    ? null
    : `every field of the ${name} needs a tag`;
}
