import { isPlainObject } from '../lib/is-plain-object';
import type { ValidationJob, ValidationResult, ValidationSettings } from '../lib/validation/jobs';
import { runValidationJob } from '../lib/validation/run-job';

/**
 * The background's answer to `validate`. The rule engine and the MARC 21 definitions live here, once per
 * browser, instead of in every frame of every Alma tab: content scripts read the page and send the record.
 * The request is checked at the boundary so a malformed one gets a clear error instead of a rule crash.
 */
export function handleValidate({
  job,
  settings,
}: {
  job: ValidationJob;
  settings: ValidationSettings;
}): ValidationResult {
  const problem = jobProblem(job) ?? settingsProblem(settings);
  if (problem) throw new Error(`Cannot validate: ${problem}.`);
  return runValidationJob(job, settings);
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

function settingsProblem(settings: unknown): string | null {
  if (
    !isPlainObject(settings) ||
    !isPlainObject(settings.rules) ||
    !isPlainObject(settings.profile) ||
    !Array.isArray(settings.customRules)
  ) {
    return 'the settings are incomplete (rules, custom rules and profile are needed)';
  }
  return null;
}
