import type { Severity } from '../../lib/rules/types';
import { BUDGET_FINDING_RULE } from '../../lib/validation/jobs';
import { itemFieldLabel } from './item-field-labels';
import {
  emptyCounts,
  SEVERITIES,
  type LiveFinding,
  type PaneHeader,
  type PaneResult,
  type SeverityCounts,
} from './types';

/**
 * Turns session results into what the panel shows: per pane, new findings first and inherited ones apart,
 * each grouped by severity, then by tag (or item field). Also the order "next finding" walks through.
 */

export interface PlaceGroup {
  /** Tag ('LDR', '245'), item field label, or '' for findings about the whole record. */
  place: string;
  findings: LiveFinding[];
}

export interface SeverityGroup {
  severity: Severity;
  places: PlaceGroup[];
  count: number;
}

export interface PaneView {
  header: PaneHeader;
  notes: string[];
  newGroups: SeverityGroup[];
  inheritedGroups: SeverityGroup[];
  newCount: number;
  inheritedCount: number;
  /** The inherited findings per severity (the panel says them when nothing new was introduced). */
  inheritedCounts: SeverityCounts;
  counts: SeverityCounts;
  /**
   * The live check stopped at the worker's time budget: the engine's note naming the largest field. Shown
   * apart, above the findings, with the offer to check the whole record now; not among the findings.
   */
  budget: LiveFinding | null;
}

export interface PanelView {
  panes: PaneView[];
  counts: SeverityCounts;
  newCount: number;
  /** Finding ids in display order: each pane's new findings, then its inherited ones. */
  order: string[];
}

export function placeOf(finding: LiveFinding): string {
  const { tag, itemField } = finding.finding;
  if (tag !== undefined) return tag;
  return itemField ? itemFieldLabel(itemField) : '';
}

/** Whole-record findings first, then the leader, then tags in order. */
function comparePlaces(a: string, b: string): number {
  const rank = (place: string): number => (place === '' ? 0 : place === 'LDR' ? 1 : 2);
  return rank(a) - rank(b) || a.localeCompare(b);
}

function compareWithinPlace(a: LiveFinding, b: LiveFinding): number {
  const x = a.finding;
  const y = b.finding;
  return (
    (x.occurrence ?? -1) - (y.occurrence ?? -1) ||
    (x.position?.[0] ?? -1) - (y.position?.[0] ?? -1) ||
    (x.indicator ?? 0) - (y.indicator ?? 0) ||
    (x.subfieldIndex ?? -1) - (y.subfieldIndex ?? -1)
  );
}

export function groupBySeverityAndPlace(findings: readonly LiveFinding[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const places = new Map<string, LiveFinding[]>();
    for (const finding of findings) {
      if (finding.finding.severity !== severity) continue;
      const place = placeOf(finding);
      const list = places.get(place);
      if (list) list.push(finding);
      else places.set(place, [finding]);
    }
    if (places.size === 0) continue;
    const sorted = [...places.entries()]
      .sort(([a], [b]) => comparePlaces(a, b))
      .map(([place, list]) => ({ place, findings: list.sort(compareWithinPlace) }));
    groups.push({ severity, places: sorted, count: sorted.reduce((sum, group) => sum + group.findings.length, 0) });
  }
  return groups;
}

function countBySeverity(findings: readonly LiveFinding[]): SeverityCounts {
  const counts = emptyCounts();
  for (const finding of findings) counts[finding.finding.severity]++;
  return counts;
}

function idsOf(groups: readonly SeverityGroup[]): string[] {
  return groups.flatMap((group) => group.places.flatMap((place) => place.findings.map((finding) => finding.id)));
}

export function buildPanelView(results: readonly PaneResult[]): PanelView {
  const counts = emptyCounts();
  const order: string[] = [];
  let newCount = 0;
  const panes = results.map((result): PaneView => {
    const budget = result.findings.find((finding) => finding.finding.ruleId === BUDGET_FINDING_RULE) ?? null;
    const listed = budget ? result.findings.filter((finding) => finding !== budget) : result.findings;
    const fresh = listed.filter((finding) => finding.isNew);
    const inherited = listed.filter((finding) => !finding.isNew);
    const paneCounts = countBySeverity(listed);
    for (const severity of SEVERITIES) counts[severity] += paneCounts[severity];
    newCount += fresh.length;
    const newGroups = groupBySeverityAndPlace(fresh);
    const inheritedGroups = groupBySeverityAndPlace(inherited);
    order.push(...idsOf(newGroups), ...idsOf(inheritedGroups));
    return {
      header: result.header,
      notes: result.notes,
      newGroups,
      inheritedGroups,
      newCount: fresh.length,
      inheritedCount: inherited.length,
      inheritedCounts: countBySeverity(inherited),
      counts: paneCounts,
      budget,
    };
  });
  return { panes, counts, newCount, order };
}
