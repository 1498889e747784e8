import { extractItem, extractRecords, type PageRecognition } from '../alma';
import { buildPageContext } from '../page-context/build-context';
import { applicableProcedures } from '../../lib/procedures/checklist';
import type { Finding } from '../../lib/rules/types';
import type { Settings } from '../../lib/settings/types';
import { validationSettingsOf, type Validator } from '../../lib/validation/jobs';
import { summariseFindings, type PageSummary, type SummaryRecord } from '../../lib/page-summary';

const RECORD_KINDS = new Set(['mde-bib', 'mde-holdings', 'mde-split']);

/**
 * Reads the frame's page through content/alma and validates what it shows with the user's settings
 * (rules switched off stay off, custom rules run), for the popup's "this page" section. The checklists are
 * those the checklist dock offers for the same page context.
 */
export async function summarisePage(
  doc: Document,
  page: PageRecognition,
  settings: Settings,
  validator: Validator,
): Promise<PageSummary> {
  const validation = validationSettingsOf(settings);
  const records: SummaryRecord[] = [];
  const findings: Finding[] = [];
  let customRuleErrors: readonly string[] = [];
  const run = async (...args: Parameters<Validator>): Promise<void> => {
    const result = await validator(...args);
    findings.push(...result.findings);
    customRuleErrors = result.customRuleErrors;
  };

  if (RECORD_KINDS.has(page.kind)) {
    for (const extracted of extractRecords(doc)) {
      records.push({ pane: extracted.pane, type: extracted.type, id: extracted.mmsId });
      await run({ kind: 'record', record: extracted.record, type: extracted.type }, validation);
    }
  } else if (page.kind === 'item-editor') {
    const item = extractItem(doc);
    if (item) {
      records.push({ pane: 'item', type: 'item', id: item.barcode || item.itemId });
      await run({ kind: 'item', item }, validation);
    }
  }

  const context = buildPageContext(doc, page, settings.profile);
  const notes = [...customRuleErrors];
  if (page.missing.length > 0) notes.push(`Some of the page could not be read (missing: ${page.missing.join(', ')}).`);
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
