import { extractItem, extractRecords, type PageRecognition } from '../alma';
import { buildPageContext } from '../page-context/build-context';
import { applicableProcedures } from '../procedures/checklist';
import { validateItem, validateRecord } from '../rules/engine';
import type { Finding } from '../rules/types';
import { ruleRunOptionsFrom } from '../settings/rule-run-options';
import type { Settings } from '../settings/types';
import { summariseFindings, type PageSummary, type SummaryRecord } from './page-summary';

const RECORD_KINDS = new Set(['mde-bib', 'mde-holdings', 'mde-split']);

/**
 * Reads the frame's page through lib/alma and validates what it shows with the user's settings
 * (rules switched off stay off, custom rules run), for the popup's "this page" section. The checklists are
 * those the checklist dock offers for the same page context.
 */
export function summarisePage(doc: Document, page: PageRecognition, settings: Settings): PageSummary {
  const run = ruleRunOptionsFrom(settings);
  const records: SummaryRecord[] = [];
  const findings: Finding[] = [];

  if (RECORD_KINDS.has(page.kind)) {
    for (const extracted of extractRecords(doc)) {
      records.push({ pane: extracted.pane, type: extracted.type, id: extracted.mmsId });
      findings.push(...validateRecord(extracted.record, extracted.type, run));
    }
  } else if (page.kind === 'item-editor') {
    const item = extractItem(doc);
    if (item) {
      records.push({ pane: 'item', type: 'item', id: item.barcode || item.itemId });
      findings.push(...validateItem(item, run));
    }
  }

  const context = buildPageContext(doc, page, settings.profile);
  const notes = [...run.customRuleErrors];
  if (page.missing.length > 0) notes.push(`Some of the page could not be read (missing: ${page.missing.join(', ')}).`);
  return {
    kind: page.kind,
    records,
    ...summariseFindings(findings),
    checklists: context
      ? applicableProcedures(context).map(({ procedureId, title, url, contextual }) => ({ procedureId, title, url, contextual }))
      : [],
    notes,
  };
}
