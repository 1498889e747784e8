import type { PageSummary, SummaryRecord } from '../../lib/page-summary';
import { SEVERITIES } from '../../lib/rules/types';
import type { Severity } from '../../lib/rules/types';
import { type CountedKey, type MessageKey, t, tn } from '../i18n';
import { pageKindLabel } from '../page-status-view';
import { severityLabel } from '../SeverityBadge';
import type { PageSummaryState } from './page-summary-state';
import { FeatureList, OutlineCopy, type OutlineCopyState } from './PageDiagnosis';
import { findingMessage } from '../finding-message';

const SEVERITY_COUNTS: Record<Severity, CountedKey> = {
  error: 'count_error',
  warning: 'count_warning',
  info: 'popup_countNote',
};

const RECORD_TYPE_LABELS: Record<SummaryRecord['type'], MessageKey> = {
  bib: 'popup_recordBib',
  holdings: 'popup_recordHoldings',
  item: 'popup_recordItem',
};

/** "Bibliographic record (left pane)": the pane is named only in split view. */
function recordLabel(record: SummaryRecord): string {
  const type = t(RECORD_TYPE_LABELS[record.type]);
  if (record.pane === 'left') return t('popup_recordInLeftPane', type);
  if (record.pane === 'right') return t('popup_recordInRightPane', type);
  return type;
}

export interface PageSummaryCardProps {
  state: PageSummaryState;
  /** The outline copy; without onCopyOutline the card offers none. */
  outline?: OutlineCopyState;
  onCopyOutline?(): void;
}

/** "This page": what the current tab holds, as its content script describes it, and its outline to copy. */
export function PageSummaryCard({ state, outline, onCopyOutline }: PageSummaryCardProps) {
  return (
    <section class="card" aria-labelledby="page-heading" data-testid="page-summary" data-status={state.status}>
      <h2 id="page-heading">{t('popup_thisPage')}</h2>
      {state.status === 'loading' && <p class="muted">{t('popup_readingPage')}</p>}
      {state.status === 'none' && (
        <p class="muted" data-testid="page-kind">
          {t('popup_notAlmaPage')}
        </p>
      )}
      {state.status === 'error' && (
        <p class="problem" role="alert">
          {t('popup_pageUnreadable', state.message)}
        </p>
      )}
      {state.status === 'ready' && <SummaryDetails summary={state.summary} />}
      {state.status !== 'loading' && onCopyOutline && (
        <OutlineCopy state={outline ?? { status: 'idle' }} onCopy={onCopyOutline} />
      )}
    </section>
  );
}

function SummaryDetails({ summary }: { summary: PageSummary }) {
  const total = summary.counts.error + summary.counts.warning + summary.counts.info;
  const validated = summary.records.length > 0;
  return (
    <>
      <p class="page-kind" data-testid="page-kind" data-kind={summary.kind}>
        {pageKindLabel(summary.kind)}
      </p>
      {validated && (
        <ul class="plain records" data-testid="page-records">
          {summary.records.map((record) => (
            <li key={record.pane} data-testid="page-record" data-type={record.type}>
              {t('popup_recordLabel', recordLabel(record))}{' '}
              <span class="mono">{record.id ?? t('popup_idNotShown')}</span>
            </li>
          ))}
        </ul>
      )}
      {validated && (
        <p class="counts" data-testid="finding-counts">
          {total === 0
            ? t('popup_noFindings')
            : SEVERITIES.map((severity) => (
                <span
                  key={severity}
                  class={`chip ${severity}${summary.counts[severity] === 0 ? ' zero' : ''}`}
                  data-testid={`count-${severity}`}
                  data-count={summary.counts[severity]}
                >
                  {tn(SEVERITY_COUNTS[severity], summary.counts[severity])}
                </span>
              ))}
        </p>
      )}
      {summary.topFindings.length > 0 && (
        <ol class="plain findings" aria-label={t('popup_topFindings')}>
          {summary.topFindings.map((finding, i) => (
            <li key={i} class="finding" data-testid="top-finding" data-rule-id={finding.ruleId}>
              <span class={`badge ${finding.severity}`}>{severityLabel(finding.severity, 'one')}</span>{' '}
              {findingMessage(finding)}
              {finding.source && (
                <>
                  {' '}
                  <a href={finding.source} target="_blank" rel="noreferrer">
                    {t('popup_source')}
                  </a>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {summary.checklists.length > 0 && (
        <>
          <h3>{t('popup_checklists')}</h3>
          <ul class="plain checklists" data-testid="page-checklists">
            {summary.checklists.map((checklist) => (
              <li key={checklist.procedureId} data-procedure-id={checklist.procedureId}>
                <a href={checklist.url} target="_blank" rel="noreferrer">
                  {checklist.title}
                </a>
                {checklist.contextual && <span class="tag">{t('popup_forThisRecord')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <FeatureList features={summary.features ?? []} />
      {summary.notes.map((note, i) => (
        <p key={i} class="problem">
          {note}
        </p>
      ))}
    </>
  );
}
