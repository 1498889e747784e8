import type { PageReading } from '../page-reading';
import { applicableProcedures } from '../../lib/procedures/checklist';
import type { Finding } from '../../lib/rules/types';
import { summariseFindings, type PageSummary, type SummaryRecord } from '../../lib/page-summary';
import { t } from '../../components/i18n';

/**
 * The popup's "this page" section from one reading of the frame's page: its records (or item), their
 * findings with the user's settings (the same validation the findings panel shows, shared by the reading),
 * and the checklists the checklist dock offers for the same page context.
 */
export async function summariseReading(reading: PageReading): Promise<PageSummary> {
  const { page, context } = reading;
  const records: SummaryRecord[] = reading.item
    ? [{ pane: 'item', type: 'item', id: reading.item.barcode || reading.item.itemId }]
    : reading.records.map((extracted) => ({ pane: extracted.pane, type: extracted.type, id: extracted.mmsId }));
  const results = await Promise.all(reading.panes.map((pane) => pane.validate(reading.validation)));
  const findings: Finding[] = results.flatMap((result) => result.findings.map((read) => read.finding));
  const notes = [...(results.at(-1)?.customRuleErrors ?? [])];
  if (page.missing.length > 0) notes.push(t('summary_missing', page.missing.join(', ')));
  return {
    kind: page.kind,
    records,
    ...summariseFindings(findings),
    checklists: context
      ? applicableProcedures(context).map(({ procedureId, title, url, contextual }) => ({
          procedureId,
          title,
          url,
          contextual,
        }))
      : [],
    notes,
  };
}
