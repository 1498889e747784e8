import {
  PAGE_KIND_LABELS,
  RECORD_TYPE_LABELS,
  SEVERITY_ORDER,
  type PageSummary,
  type SummaryRecord,
} from '../../lib/page-summary';
import type { Severity } from '../../lib/rules/types';
import type { PageSummaryState } from './page-summary-state';

const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

const PANE_WORDS: Record<SummaryRecord['pane'], string> = {
  single: '',
  left: ' (left pane)',
  right: ' (right pane)',
  item: '',
};

/** "This page": what the current tab holds, as its content script describes it. */
export function PageSummaryCard({ state }: { state: PageSummaryState }) {
  return (
    <section class="card" aria-labelledby="page-heading" data-testid="page-summary" data-status={state.status}>
      <h2 id="page-heading">This page</h2>
      {state.status === 'loading' && <p class="muted">Reading the page…</p>}
      {state.status === 'none' && (
        <p class="muted" data-testid="page-kind">
          Not an Alma editor page. Open a record, an item or a list of items in Alma to see its checks here.
        </p>
      )}
      {state.status === 'error' && (
        <p class="problem" role="alert">
          The page could not be read: {state.message}
        </p>
      )}
      {state.status === 'ready' && <SummaryDetails summary={state.summary} />}
    </section>
  );
}

function SummaryDetails({ summary }: { summary: PageSummary }) {
  const total = summary.counts.error + summary.counts.warning + summary.counts.info;
  const validated = summary.records.length > 0;
  return (
    <>
      <p class="page-kind" data-testid="page-kind" data-kind={summary.kind}>
        {PAGE_KIND_LABELS[summary.kind]}
      </p>
      {validated && (
        <ul class="plain records" data-testid="page-records">
          {summary.records.map((record) => (
            <li key={record.pane} data-testid="page-record" data-type={record.type}>
              {RECORD_TYPE_LABELS[record.type]}
              {PANE_WORDS[record.pane]}: <span class="mono">{record.id ?? 'id not shown'}</span>
            </li>
          ))}
        </ul>
      )}
      {validated && (
        <p class="counts" data-testid="finding-counts">
          {total === 0
            ? 'No findings.'
            : SEVERITY_ORDER.map((severity) => (
                <span
                  key={severity}
                  class={`chip ${severity}${summary.counts[severity] === 0 ? ' zero' : ''}`}
                  data-testid={`count-${severity}`}
                  data-count={summary.counts[severity]}
                >
                  {summary.counts[severity]} {SEVERITY_WORDS[severity][summary.counts[severity] === 1 ? 0 : 1]}
                </span>
              ))}
        </p>
      )}
      {summary.topFindings.length > 0 && (
        <ol class="plain findings" aria-label="Most serious findings">
          {summary.topFindings.map((finding, i) => (
            <li key={i} class="finding" data-testid="top-finding" data-rule-id={finding.ruleId}>
              <span class={`badge ${finding.severity}`}>{finding.severity}</span> {finding.message}
              {finding.source && (
                <>
                  {' '}
                  <a href={finding.source} target="_blank" rel="noreferrer">
                    Source
                  </a>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {summary.checklists.length > 0 && (
        <>
          <h3>Checklists for this page</h3>
          <ul class="plain checklists" data-testid="page-checklists">
            {summary.checklists.map((checklist) => (
              <li key={checklist.procedureId} data-procedure-id={checklist.procedureId}>
                <a href={checklist.url} target="_blank" rel="noreferrer">
                  {checklist.title}
                </a>
                {checklist.contextual && <span class="tag">for this record</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.notes.map((note, i) => (
        <p key={i} class="problem">
          {note}
        </p>
      ))}
    </>
  );
}
