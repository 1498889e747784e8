import type { Severity } from '../lib/rules/types';
import { SEVERITIES, type SeverityCounts as Counts } from '../content/live/types';
import { type CountedKey, type MessageKey, t, tn } from './i18n';

const SEVERITY_LABELS: Record<Severity, { one: MessageKey; many: MessageKey; count: CountedKey }> = {
  error: { one: 'severity_error', many: 'severity_errors', count: 'count_error' },
  warning: { one: 'severity_warning', many: 'severity_warnings', count: 'count_warning' },
  info: { one: 'severity_info', many: 'severity_infos', count: 'count_info' },
};

/** "Error" (one) or "Errors" (a heading over many), in the interface's language. */
export function severityLabel(severity: Severity, form: 'one' | 'many'): string {
  return t(SEVERITY_LABELS[severity][form]);
}

/** Shape as well as colour tells severities apart (colour-blind catalogers, greyscale printouts). */
const GLYPHS: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

/** A finding's severity as a small labelled chip. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span class={`acc-sev acc-sev-${severity}`} data-testid="severity" data-severity={severity}>
      <span aria-hidden="true">{GLYPHS[severity]} </span>
      {severityLabel(severity, 'one')}
    </span>
  );
}

export function describeCounts(counts: Counts): string {
  return SEVERITIES.map((severity) => tn(SEVERITY_LABELS[severity].count, counts[severity])).join(', ');
}

/** Counts by severity, e.g. on the collapsed badge; read out as "2 errors, 1 warning, 0 info". */
export function SeverityCounts({ counts, layout = 'row' }: { counts: Counts; layout?: 'row' | 'column' }) {
  return (
    <span class={`acc-sev-counts acc-sev-counts-${layout}`} data-testid="counts">
      <span class="visually-hidden">{describeCounts(counts)}</span>
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
