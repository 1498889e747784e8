import { extractItem, extractItemsList, extractRecords, type PageRecognition } from '../alma';
import type { ItemListRow, PageContext } from '../procedures/context';
import { applicableProcedures } from '../procedures/checklist';
import { validateItem, validateRecord } from '../rules/engine';
import type { Finding } from '../rules/types';
import { ruleRunOptionsFrom } from '../settings/rule-run-options';
import type { Settings } from '../settings/types';
import { summariseFindings, type PageSummary, type SummaryRecord } from './page-summary';

const RECORD_KINDS = new Set(['mde-bib', 'mde-holdings', 'mde-split']);

/**
 * Reads the frame's page through lib/alma and validates what it shows with the user's settings
 * (rules switched off stay off, custom rules run), for the popup's "this page" section.
 */
export function summarisePage(doc: Document, page: PageRecognition, settings: Settings): PageSummary {
  const run = ruleRunOptionsFrom(settings);
  const records: SummaryRecord[] = [];
  const findings: Finding[] = [];
  const context: PageContext = { kind: page.kind, profile: settings.profile };

  if (RECORD_KINDS.has(page.kind)) {
    for (const extracted of extractRecords(doc)) {
      records.push({ pane: extracted.pane, type: extracted.type, id: extracted.mmsId });
      findings.push(...validateRecord(extracted.record, extracted.type, run));
      // Checklists follow the first record (the left pane in split view, where the cataloger works).
      if (!context.record) {
        // Procedures are offered per editor kind; in split view the left record's kind decides.
        if (page.kind === 'mde-split') context.kind = extracted.type === 'bib' ? 'mde-bib' : 'mde-holdings';
        context.record = extracted.record;
        context.recordType = extracted.type;
        if (extracted.mmsId) context.mmsId = extracted.mmsId;
      }
    }
  } else if (page.kind === 'item-editor') {
    const item = extractItem(doc);
    if (item) {
      records.push({ pane: 'item', type: 'item', id: item.barcode || item.itemId });
      findings.push(...validateItem(item, run));
      context.item = item;
      if (item.mmsId) context.mmsId = item.mmsId;
    }
  } else if (page.kind === 'items-list') {
    context.items = extractItemsList(doc).map(
      (row): ItemListRow => ({
        itemId: row.itemId,
        barcode: row.barcode,
        description: row.description,
        processType: row.processType,
        selected: row.selected,
      }),
    );
  }

  const notes = [...run.customRuleErrors];
  if (page.missing.length > 0) notes.push(`Some of the page could not be read (missing: ${page.missing.join(', ')}).`);
  return {
    kind: page.kind,
    records,
    ...summariseFindings(findings),
    checklists: applicableProcedures(context).map(({ procedureId, title, url, contextual }) => ({ procedureId, title, url, contextual })),
    notes,
  };
}
