import { extractItem, extractRecords, type ExtractedRecord, type ItemRecord, type PageRecognition } from './alma';
import { buildPageContext, contextFromItem, contextFromRecords } from './page-context/build-context';
import { withRememberedBib } from './page-context/enrich';
import { gridSnapshot } from './live/read-grid';
import { itemSnapshot, withRememberedFields } from './live/read-item';
import type { PaneSnapshot, SnapshotFindings } from './live/types';
import type { MarcRecord } from '../lib/marc/types';
import { bibOf, mmsIdOf, type PageContext } from '../lib/procedures/context';
import type { Settings } from '../lib/settings/types';
import type { ValidationSettings, Validator } from '../lib/validation/jobs';

/** Page kinds whose frame shows Metadata Editor records (one pane, or two in split view). */
export const RECORD_KINDS: ReadonlySet<string> = new Set(['mde-bib', 'mde-holdings', 'mde-split']);

/**
 * Everything the features need to know about the page after one change, read once (content/page-reader.ts):
 * the records in the grid or the item in the item editor, the procedures' page context, and one snapshot per
 * pane whose validation runs at most once per settings, however many features ask (the findings panel, the
 * save reminder, the popup's summary).
 */
export interface PageReading {
  /** Counts the readings of this page; a later reading has a higher revision. */
  revision: number;
  page: PageRecognition;
  settings: Settings;
  /** The rule part of `settings`, the same object until the settings change (validation is cached on it). */
  validation: ValidationSettings;
  /** The grid's panes (Metadata Editor pages); empty elsewhere. */
  records: readonly ExtractedRecord[];
  /** The item (Physical Item Editor); null elsewhere. */
  item: ItemRecord | null;
  /** What the page itself shows, for lib/procedures and lib/oclc; null on pages without a context. */
  ownContext: PageContext | null;
  /** `ownContext` with the bib the record memory knows (any tab) when the page shows only its MMS ID. */
  context: PageContext | null;
  /** One per record, or the item; empty when the page shows none. */
  panes: readonly PaneSnapshot[];
}

export interface ReadPageDeps {
  validator: Validator;
  /** The bib the record memory remembers for an MMS ID (content/page-context/client.ts). */
  recallBib: (mmsId: string) => Promise<MarcRecord | null>;
  /**
   * Remembers the boxes this tab of the item editor shows and answers with everything remembered of the item
   * (content/page-context/client.ts rememberItemFields). Without it an item is checked with its own page only.
   */
  rememberItem?: (item: ItemRecord) => Promise<Partial<ItemRecord>>;
}

/**
 * Reads the page once: the DOM synchronously (through content/alma), then asks the record memory for the bib
 * when the page shows only its MMS ID.
 */
export async function readPage(
  doc: Document,
  page: PageRecognition,
  settings: { settings: Settings; validation: ValidationSettings },
  revision: number,
  deps: ReadPageDeps,
): Promise<PageReading> {
  const { profile } = settings.settings;
  let records: ExtractedRecord[] = [];
  let item: ItemRecord | null = null;
  let ownContext: PageContext | null;
  if (RECORD_KINDS.has(page.kind)) {
    records = extractRecords(doc);
    ownContext = contextFromRecords(records, profile);
  } else if (page.kind === 'item-editor') {
    // The editor's tabs are separate pages: the item is this tab plus what its other tabs showed.
    const shown = extractItem(doc);
    item = shown && deps.rememberItem ? withRememberedFields(shown, await deps.rememberItem(shown)) : shown;
    ownContext = item ? contextFromItem(item, profile) : null;
  } else {
    ownContext = buildPageContext(doc, page, profile);
  }
  const mmsId = ownContext ? mmsIdOf(ownContext) : (item?.mmsId ?? undefined);
  const shownBib = ownContext ? bibOf(ownContext) : undefined;
  const bib = shownBib ?? (mmsId ? await deps.recallBib(mmsId) : null);
  const context = ownContext && withRememberedBib(ownContext, bib);
  const panes = item
    ? [itemSnapshot(doc, item, bib, deps.validator)]
    : records.map((extracted) => gridSnapshot(extracted, deps.validator));
  return {
    revision,
    page,
    ...settings,
    records,
    item,
    ownContext,
    context,
    panes: panes.map(validatedOncePerSettings),
  };
}

/**
 * The snapshot with its validation shared: asked again with the same settings object, it answers with the
 * same result instead of asking the background again. A failed validation is not kept (the next ask retries).
 * An on-demand validation (no time budget) always asks, and its result replaces the one kept.
 */
export function validatedOncePerSettings(snapshot: PaneSnapshot): PaneSnapshot {
  let last: { settings: ValidationSettings; result: Promise<SnapshotFindings> } | null = null;
  return {
    ...snapshot,
    validate(settings, options) {
      const onDemand = options?.onDemand === true;
      if (!onDemand && last?.settings === settings) return last.result;
      const result = onDemand ? snapshot.validate(settings, options) : snapshot.validate(settings);
      const entry = { settings, result };
      last = entry;
      result.catch(() => {
        if (last === entry) last = null;
      });
      return result;
    },
  };
}
