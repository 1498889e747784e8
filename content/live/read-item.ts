import { extractItem } from '../alma/extract-item';
import { itemEditorTab } from '../alma/selectors';
import type { ItemRecord } from '../alma/types';
import { itemFieldControl } from '../alma/write-item-field';
import type { MarcRecord } from '../../lib/marc/types';
import { ITEM_FIELD_TABS, type ItemBoxField, type ItemEditorTab } from '../../lib/page-model';
import { ITEM_CHECK_READS, unknownItemFields } from '../../lib/item-check-reads';
import type { Validator } from '../../lib/validation/jobs';
import { findingIdentity } from './finding-identity';
import { t } from '../../components/i18n';
import { interfaceRuleLanguage } from '../../components/rule-words';
import { itemCheckTitle } from '../../lib/rules/messages/rule-words';
import { itemFieldLabel } from './item-field-labels';
import type { PaneSnapshot, ReadFinding } from './types';

export interface ItemPane {
  item: ItemRecord;
  snapshot: PaneSnapshot;
}

/**
 * Reads the Physical Item Editor. `bibOf` finds the item's bibliographic record when a Metadata Editor of
 * this browser session has shown it (the background's record memory, page-context/client.ts): without it
 * the checks that depend on the bib (multi-volume set, monograph) cannot run, and the snapshot's notes say
 * so. Null when the page has no item form.
 */
export async function readItem(
  doc: Document,
  bibOf: (mmsId: string | null) => Promise<MarcRecord | null>,
  validator: Validator,
): Promise<ItemPane | null> {
  const item = extractItem(doc);
  if (!item) return null;
  return { item, snapshot: itemSnapshot(doc, item, await bibOf(item.mmsId), validator) };
}

const isBox = (field: string): field is ItemBoxField => Object.hasOwn(ITEM_FIELD_TABS, field);

/**
 * The item as this page shows it, with the boxes it does not show filled from what the record memory kept of
 * the same item's other tabs (content/page-context/client.ts rememberItemFields: same item PID in any tab, or the
 * same unsaved item in this tab). Those boxes leave `missing` and are listed in `seenOnOtherTab`; boxes no tab
 * has shown stay missing (unknown). The page's own values always win.
 */
export function withRememberedFields(shown: ItemRecord, remembered: Partial<ItemRecord> | null): ItemRecord {
  const missing = shown.missing ?? [];
  if (!remembered || missing.length === 0) return shown;
  const filled: Partial<Record<ItemBoxField, unknown>> = {};
  const stillMissing: string[] = [];
  for (const field of missing) {
    const value = isBox(field) ? remembered[field] : undefined;
    if (isBox(field) && value !== undefined) filled[field] = value;
    else stillMissing.push(field);
  }
  const seen = Object.keys(filled);
  if (seen.length === 0) return shown;
  return { ...shown, ...(filled as Partial<ItemRecord>), missing: stillMissing, seenOnOtherTab: seen };
}

/** Boxes that `field`'s tab holds, as the labels the cataloger sees, in the editor's order. */
const labels = (fields: readonly ItemBoxField[]): string => fields.map(itemFieldLabel).join(', ');

const TAB_LABEL_KEYS = { general: 'itemTab_general', notes: 'itemTab_notes' } as const;
const MAX_NAMED_CHECKS = 3;

/**
 * What the panel says about boxes this page does not show, once each: boxes of this tab that are not found (the
 * layout changed: their checks are off), and per other tab the boxes a check still waits for (open that tab once
 * and the check runs, since the item is one record across its tabs).
 */
export function itemBoxNotes(item: ItemRecord, tab: ItemEditorTab | null): string[] {
  const notes: string[] = [];
  const missing = (item.missing ?? []).filter(isBox);
  const here = missing.filter((field) => tab === null || ITEM_FIELD_TABS[field] === tab);
  if (here.length > 0) notes.push(t('itemNote_fieldsMissing', labels(here)));
  if (tab === null) return notes;
  const elsewhere = new Set(missing.filter((field) => ITEM_FIELD_TABS[field] !== tab));
  for (const other of ['general', 'notes'] as const) {
    if (other === tab) continue;
    // The checks that tab would complete: every box they still lack is on it.
    const waiting = ITEM_CHECK_READS.filter((rule) => {
      const unknown = unknownItemFields(item, rule.reads);
      return unknown.length > 0 && unknown.every((field) => elsewhere.has(field) && ITEM_FIELD_TABS[field] === other);
    });
    if (waiting.length === 0) continue;
    const boxes = [...elsewhere].filter(
      (field) => ITEM_FIELD_TABS[field] === other && waiting.some((rule) => rule.reads.includes(field)),
    );
    const tabName = t(TAB_LABEL_KEYS[other]);
    // A handful of checks by name; more than that by number, so the note stays one readable sentence.
    notes.push(
      waiting.length <= MAX_NAMED_CHECKS
        ? t(
            'itemNote_otherTab',
            tabName,
            labels(boxes),
            waiting.map((rule) => itemCheckTitle(rule, interfaceRuleLanguage())).join('; '),
          )
        : t('itemNote_otherTabMany', tabName, labels(boxes), String(waiting.length)),
    );
  }
  return notes;
}

/** The item as read, validated with its bib when it is known (the notes say when it is not). */
export function itemSnapshot(
  doc: Document,
  item: ItemRecord,
  bib: MarcRecord | null,
  validator: Validator,
): PaneSnapshot {
  const notes: string[] = [];
  if (!bib) {
    notes.push(item.mmsId ? t('itemNote_bibNotOpen', item.mmsId) : t('itemNote_bibNotOpenNoId'));
  }
  notes.push(...itemBoxNotes(item, itemEditorTab(doc)));
  return {
    identity: `item|${item.itemId ?? 'new'}|${item.mmsId ?? ''}`,
    header: { pane: 'item', recordType: 'item', mmsId: item.mmsId, fieldCount: null },
    notes,
    async validate(settings, options) {
      const result = await validator(bib ? { kind: 'item', item, bib } : { kind: 'item', item }, settings, options);
      const findings = result.findings.map(
        (finding): ReadFinding => ({
          finding,
          identity: findingIdentity(finding),
          anchor: finding.itemField ? itemFieldControl(doc, finding.itemField) : null,
        }),
      );
      return { findings, customRuleErrors: result.customRuleErrors };
    },
  };
}
