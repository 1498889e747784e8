import { describe, expect, it } from 'vitest';
import { ITEM_FIELD_TABS, type ItemBoxField, type ItemRecord } from '../../../../lib/page-model';
import { itemRules } from '../../../../lib/rules/items';
import { isKnownItemField, unknownItemFields } from '../../../../lib/rules/items/item-rule';
import type { RuleContext } from '../../../../lib/rules/types';
import { BERKELEY, MVM_BIB, SINGLE_BIB, coded, item, row, ruleContext } from '../../procedures/builders';

/**
 * Missing is unknown, never empty: the item editor's tabs are separate pages, so a box can be absent from the
 * page being read. Every item rule names the boxes it reads; while one is unknown the rule does not run.
 */

const BOXES = Object.keys(ITEM_FIELD_TABS) as ItemBoxField[];

/** An item that sets off as many item rules as possible when its boxes are known. */
function messyItem(): ItemRecord {
  return item({
    barcode: 'X1',
    copyId: '',
    description: 'Index volume with extras',
    enumerationA: '7',
    chronologyI: '1999',
    materialType: coded(''),
    itemPolicy: coded(''),
    permanentLocation: coded('zw'),
    temporaryLocation: coded('mref'),
    processType: coded(''),
    pieces: '3',
    fulfillmentNote: '',
    internalNotes: ['Pulled for NRLF deposit'],
  });
}

/** The item with `field` not on the page: emptied (as extractItem reads an absent box) and listed as missing. */
function withoutBox(source: ItemRecord, field: ItemBoxField): ItemRecord {
  const blank: Partial<ItemRecord> = {
    [field]: field === 'internalNotes' ? [] : typeof source[field] === 'object' ? coded('') : '',
  };
  if (field === 'inTemporaryLocation') blank.inTemporaryLocation = false;
  return { ...source, ...blank, missing: [field] };
}

/** Throws when a rule reads a box listed in `missing`: proves every rule declares what it reads. */
function guarded(record: ItemRecord): ItemRecord {
  const missing = new Set(record.missing ?? []);
  return new Proxy(record, {
    get(target, key, receiver) {
      if (typeof key === 'string' && missing.has(key)) throw new Error(`read the unknown box ${key}`);
      return Reflect.get(target, key, receiver);
    },
  });
}

const contexts = (record: ItemRecord): RuleContext[] =>
  [MVM_BIB, SINGLE_BIB].map((bib) =>
    ruleContext('item', {
      item: record,
      bib,
      items: [row({ barcode: 'OTHER', copyId: '', itemId: '5' })],
      profile: { ...BERKELEY, barcodePattern: '^\\d{14}$' },
    }),
  );

describe('item rules and unknown boxes', () => {
  it('the messy item sets off rules on most boxes (so the checks below can fail)', () => {
    const fields = new Set(
      contexts(messyItem()).flatMap((ctx) => itemRules.flatMap((rule) => rule.check(ctx).map((f) => f.itemField))),
    );
    expect(fields.size).toBeGreaterThanOrEqual(8);
    expect([...fields]).toEqual(expect.arrayContaining(['copyId', 'fulfillmentNote', 'processType', 'materialType']));
  });

  it.each(BOXES)('with %s not on the page, no rule reads it or reports it', (field) => {
    const record = guarded(withoutBox(messyItem(), field));
    for (const ctx of contexts(record)) {
      for (const rule of itemRules) {
        const findings = rule.check(ctx);
        for (const finding of findings) expect(finding.itemField, `${rule.id} on ${field}`).not.toBe(field);
      }
    }
  });

  it('the Copy ID bug: on a General tab without the Copy ID box, "Copy ID is empty" is not said anywhere', () => {
    const record = withoutBox(
      item({ barcode: '30000012345678', materialType: coded(''), itemPolicy: coded('') }),
      'copyId',
    );
    const messages = contexts(record).flatMap((ctx) =>
      itemRules.flatMap((rule) => rule.check(ctx).map((f) => f.message)),
    );
    expect(messages.some((message) => message.includes('Copy ID'))).toBe(false);
    // The boxes that are there are still checked.
    expect(messages.some((message) => message.includes('Material type'))).toBe(true);
  });

  it('each rule names only item boxes, and the two-tab rules name boxes of both tabs', () => {
    for (const rule of itemRules) for (const field of rule.reads) expect(BOXES).toContain(field);
    const tabsOf = (id: string) =>
      new Set(itemRules.find((rule) => rule.id === id)?.reads.map((f) => ITEM_FIELD_TABS[f]));
    expect(tabsOf('item-pieces-without-fulfillment-note')).toEqual(new Set(['general', 'notes']));
    expect(tabsOf('item-pulled-without-work-order')).toEqual(new Set(['general', 'notes']));
  });
});

describe('unknownItemFields', () => {
  it('lists boxes in missing and Pieces when the record has none', () => {
    const { pieces: _none, ...withoutPieces } = item({ missing: ['fulfillmentNote'] });
    expect(unknownItemFields(withoutPieces, ['pieces', 'fulfillmentNote', 'barcode'])).toEqual([
      'pieces',
      'fulfillmentNote',
    ]);
    expect(isKnownItemField(item({ pieces: '2' }), 'pieces')).toBe(true);
    expect(isKnownItemField(item({ barcode: '' }), 'barcode')).toBe(true); // empty and shown is known
  });
});
