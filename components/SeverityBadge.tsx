import type { Severity } from '../lib/rules/types';
import { SEVERITIES, type SeverityCounts as Counts } from '../content/live/types';

export const SEVERITY_LABELS: Record<Severity, { one: string; many: string }> = {
  error: { one: 'Error', many: 'Errors' },
  warning: { one: 'Warning', many: 'Warnings' },
  info: { one: 'Info', many: 'Info' },
};

/** Shape as well as colour tells severities apart (colour-blind catalogers, greyscale printouts). */
const GLYPHS: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

/** A finding's severity as a small labelled chip. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span class={`acc-sev acc-sev-${severity}`} data-testid="severity" data-severity={severity}>
      <span aria-hidden="true">{GLYPHS[severity]} </span>
      {SEVERITY_LABELS[severity].one}
    </span>
  );
}

export function describeCounts(counts: Counts): string {
  const parts = SEVERITIES.map((severity) => {
    const n = counts[severity];
    const label = n === 1 ? SEVERITY_LABELS[severity].one : SEVERITY_LABELS[severity].many;
    return `${n} ${label.toLowerCase()}`;
  });
  return parts.join(', ');
}

/** Counts by severity, e.g. on the collapsed badge; read out as "2 errors, 1 warning, 0 info". */
export function SeverityCounts({ counts, layout = 'row' }: { counts: Counts; layout?: 'row' | 'column' }) {
  return (
    <span class={`acc-sev-counts acc-sev-counts-${layout}`} data-testid="counts">
      <span class="acc-fp-vh">{describeCounts(counts)}</span>
      {SEVERITIES.map((severity) => (
        <span
          key={severity}
          class={`acc-sev-count acc-sev-${severity}`}
          aria-hidden="true"
          data-testid={`count-${severity}`}
          data-count={counts[severity]}
        >
          {GLYPHS[severity]} {counts[severity]}
        </span>
      ))}
    </span>
  );
}
