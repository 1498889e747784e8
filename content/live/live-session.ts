import { BUDGET_FINDING_RULE, type ValidationRequestOptions, type ValidationSettings } from '../../lib/validation/jobs';
import { markNew } from './classify-findings';
import type { LiveFinding, PaneResult, PaneSnapshot, ReadFinding, SessionResult } from './types';

/**
 * Keeps the record as it was opened (the baseline snapshot) for each pane, and marks the findings of every
 * later snapshot new or inherited. A pane that shows another record (new identity: record switch, template,
 * grid rebuilt for another MMS ID) gets a fresh baseline: everything in it is inherited again.
 * Validation is asynchronous (the engine runs in the background); the caller runs one update at a time.
 */
export interface LiveSession {
  /** `onDemand`: validated without the worker's time budget (the cataloger asked for it). */
  update(
    snapshots: readonly PaneSnapshot[],
    settings: ValidationSettings,
    options?: ValidationRequestOptions,
  ): Promise<SessionResult>;
  /** The finding with this id in the last result. */
  findingById(id: string): LiveFinding | undefined;
}

interface Baseline {
  snapshot: PaneSnapshot;
  /** Null until a validation of the baseline has come back. */
  findings: ReadFinding[] | null;
  settings: ValidationSettings;
}

type JudgedBaseline = Baseline & { findings: ReadFinding[] };

export function createLiveSession(isGone: (anchor: object) => boolean): LiveSession {
  let baselines = new Map<string, Baseline>();
  let byId = new Map<string, LiveFinding>();

  const baselineFor = async (
    snapshot: PaneSnapshot,
    current: ReadFinding[],
    settings: ValidationSettings,
    onDemand: boolean,
  ): Promise<JudgedBaseline> => {
    const known = baselines.get(snapshot.identity) ?? { snapshot, findings: null, settings };
    // A baseline whose live check stopped at the budget is judged again, whole, when the record is checked
    // on demand: otherwise everything the whole check finds would look new.
    const partial = onDemand && known.findings?.some((read) => read.finding.ruleId === BUDGET_FINDING_RULE) === true;
    if (known.findings !== null && known.settings === settings && !partial) return known as JudgedBaseline;
    if (known.snapshot === snapshot) return { snapshot, findings: current, settings };
    // Settings changed since, or the first validation failed: judge the record as opened by the same rules
    // as the record now.
    const options = onDemand ? { onDemand } : undefined;
    return {
      snapshot: known.snapshot,
      findings: (await known.snapshot.validate(settings, options)).findings,
      settings,
    };
  };

  const validatePane = async (snapshot: PaneSnapshot, settings: ValidationSettings, onDemand: boolean) => {
    const { findings: current, customRuleErrors } = await (onDemand
      ? snapshot.validate(settings, { onDemand })
      : snapshot.validate(settings));
    return { snapshot, current, customRuleErrors, baseline: await baselineFor(snapshot, current, settings, onDemand) };
  };

  const update = async (
    snapshots: readonly PaneSnapshot[],
    settings: ValidationSettings,
    options?: ValidationRequestOptions,
  ): Promise<SessionResult> => {
    const onDemand = options?.onDemand === true;
    // The record as opened is the first reading of it, fixed now: if this validation fails, the next one
    // must still compare with this reading, not with a later one that contains the cataloger's edits.
    for (const snapshot of snapshots) {
      if (!baselines.has(snapshot.identity)) baselines.set(snapshot.identity, { snapshot, findings: null, settings });
    }
    const validated = await Promise.all(snapshots.map((snapshot) => validatePane(snapshot, settings, onDemand)));
    const next = new Map<string, Baseline>();
    byId = new Map();
    const panes = validated.map(({ snapshot, current, baseline }): PaneResult => {
      next.set(snapshot.identity, baseline);
      const fresh = markNew(baseline.findings, current, isGone);
      const seen = new Map<string, number>();
      const findings = current.map((read, index): LiveFinding => {
        // Weak identity: stable while the cataloger edits the field, so panel items keep their place.
        const base = `${snapshot.header.pane}:${read.finding.ruleId}:${hash(read.identity.weak)}`;
        const nth = (seen.get(base) ?? 0) + 1;
        seen.set(base, nth);
        const live: LiveFinding = {
          ...read,
          id: `${base}#${nth}`,
          pane: snapshot.header.pane,
          isNew: fresh[index] === true,
        };
        byId.set(live.id, live);
        return live;
      });
      return { header: snapshot.header, findings, notes: snapshot.notes };
    });
    // Panes no longer shown lose their baseline: coming back to that record is opening it again.
    baselines = next;
    return { panes, customRuleErrors: validated[0]?.customRuleErrors ?? [] };
  };

  return { update, findingById: (id) => byId.get(id) };
}

/** FNV-1a, to keep ids short (they end up in the panel's markup) while staying distinct. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(36);
}
