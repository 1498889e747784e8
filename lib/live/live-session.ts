import type { ValidateOptions } from '../rules/engine';
import { markNew } from './classify-findings';
import type { LiveFinding, PaneResult, PaneSnapshot, ReadFinding } from './types';

/**
 * Keeps the record as it was opened (the baseline snapshot) for each pane, and marks the findings of every
 * later snapshot new or inherited. A pane that shows another record (new identity: record switch, template,
 * grid rebuilt for another MMS ID) gets a fresh baseline: everything in it is inherited again.
 */
export interface LiveSession {
  update(snapshots: readonly PaneSnapshot[], options: ValidateOptions): PaneResult[];
  /** The finding with this id in the last result. */
  findingById(id: string): LiveFinding | undefined;
}

interface Baseline {
  snapshot: PaneSnapshot;
  findings: ReadFinding[];
  options: ValidateOptions;
}

export function createLiveSession(isGone: (anchor: object) => boolean): LiveSession {
  let baselines = new Map<string, Baseline>();
  let byId = new Map<string, LiveFinding>();

  const baselineFor = (snapshot: PaneSnapshot, current: ReadFinding[], options: ValidateOptions): Baseline => {
    const known = baselines.get(snapshot.identity);
    if (!known) return { snapshot, findings: current, options };
    // Settings changed since: judge the record as opened by the same rules as the record now.
    if (known.options !== options) return { snapshot: known.snapshot, findings: known.snapshot.validate(options), options };
    return known;
  };

  const update = (snapshots: readonly PaneSnapshot[], options: ValidateOptions): PaneResult[] => {
    const next = new Map<string, Baseline>();
    byId = new Map();
    const results = snapshots.map((snapshot): PaneResult => {
      const current = snapshot.validate(options);
      const baseline = baselineFor(snapshot, current, options);
      next.set(snapshot.identity, baseline);
      const fresh = markNew(baseline.findings, current, isGone);
      const seen = new Map<string, number>();
      const findings = current.map((read, index): LiveFinding => {
        // Weak identity: stable while the cataloger edits the field, so panel items keep their place.
        const base = `${snapshot.header.pane}:${read.finding.ruleId}:${hash(read.identity.weak)}`;
        const nth = (seen.get(base) ?? 0) + 1;
        seen.set(base, nth);
        const live: LiveFinding = { ...read, id: `${base}#${nth}`, pane: snapshot.header.pane, isNew: fresh[index] === true };
        byId.set(live.id, live);
        return live;
      });
      return { header: snapshot.header, findings, notes: snapshot.notes };
    });
    // Panes no longer shown lose their baseline: coming back to that record is opening it again.
    baselines = next;
    return results;
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
