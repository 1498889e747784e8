import { extractItem } from '../alma/extract-item';
import type { ItemRecord } from '../alma/types';
import { itemFieldControl } from '../alma/write-item-field';
import type { MarcRecord } from '../../lib/marc/types';
import type { Validator } from '../../lib/validation/jobs';
import { findingIdentity } from './finding-identity';
import { t } from '../../components/i18n';
import { ITEM_FIELD_LABEL_KEYS, itemFieldLabel } from './item-field-labels';
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
  const missing = (item.missing ?? []).filter((field): field is keyof ItemRecord => field in ITEM_FIELD_LABEL_KEYS);
  if (missing.length > 0) {
    notes.push(t('itemNote_fieldsMissing', missing.map(itemFieldLabel).join(', ')));
  }
  return {
    identity: `item|${item.itemId ?? 'new'}|${item.mmsId ?? ''}`,
    header: { pane: 'item', recordType: 'item', mmsId: item.mmsId, fieldCount: null },
    notes,
    async validate(settings) {
      const result = await validator(bib ? { kind: 'item', item, bib } : { kind: 'item', item }, settings);
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
