import type { HighlightMark } from '../dom/highlight';
import type { Severity } from '../../lib/rules/types';
import type { LiveFinding } from './types';
import { findingMessage } from '../../components/finding-message';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/**
 * One mark per row (or item control) that has findings: its worst severity, every finding's message for the
 * hover text, and the box the worst finding points at. Findings about the whole record get no mark.
 */
export function marksFor(
  findings: readonly LiveFinding[],
  targetOf: (finding: LiveFinding) => Element | null,
): HighlightMark[] {
  const byContainer = new Map<Element, LiveFinding[]>();
  for (const finding of findings) {
    const container = finding.anchor as Element | null;
    if (!container) continue;
    const list = byContainer.get(container);
    if (list) list.push(finding);
    else byContainer.set(container, [finding]);
  }
  return [...byContainer].map(([container, list]) => {
    const sorted = [...list].sort(
      (a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || Number(b.isNew) - Number(a.isNew),
    );
    const worst = sorted[0] as LiveFinding;
    return {
      container,
      target: targetOf(worst),
      severity: worst.finding.severity,
      messages: sorted.map(
        (finding) =>
          `${LABEL[finding.finding.severity]}${finding.isNew ? ' (new)' : ''}: ${findingMessage(finding.finding)}`,
      ),
      isNew: sorted.some((finding) => finding.isNew),
    };
  });
}
