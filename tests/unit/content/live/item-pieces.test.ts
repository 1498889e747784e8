import { afterEach, describe, expect, it } from 'vitest';
import { writeItemField } from '../../../../content/alma/write-item-field';
import { applyItemFix, focusItemFinding } from '../../../../content/live/item-actions';
import { readItem } from '../../../../content/live/read-item';
import type { MarcRecord } from '../../../../lib/marc/types';
import type { Finding } from '../../../../lib/rules/types';
import { createDefaultSettings } from '../../../../lib/settings';
import { validationSettingsOf } from '../../../../lib/validation/jobs';
import { localValidator } from '../../../../lib/validation/run-job';

const SETTINGS = validationSettingsOf(createDefaultSettings());

/** The Physical Item Editor's ids (docs/alma-evidence.md §9.1; content/alma/selectors.ts ITEM_EDITOR_FIELDS). */
const T = 'pageBeanitemMddnxphysicalItemTable';
function renderItem(values: { description?: string; enumerationA?: string; copyId?: string } = {}): void {
  const text = (id: string, value = '') => `<input id="${id}" value="${value}">`;
  const coded = (id: string, code: string) =>
    `<input id="${id}" value="${code}"><select id="${id}_hiddenSelect"><option value="${code}" selected>${code}</option></select>`;
  document.body.innerHTML = [
    text(`${T}barcode`, 'C0123'),
    text(`${T}copyId`, values.copyId ?? '1'),
    text(`${T}description`, values.description ?? ''),
    text(`${T}enumerationA`, values.enumerationA ?? '2'),
    coded(`${T}materialType`, 'BOOK'),
    coded(`${T}itemPolicy`, '01'),
    coded('pageBeanpermanentLocationId', 'mstk'),
    '<input type="hidden" id="pageBeanmmsId" value="990000000906532">',
  ].join('');
}
const description = (): HTMLInputElement => document.getElementById(`${T}description`) as HTMLInputElement;

/** A multi-volume set (leader/07 m, 300 "3 v."), as the bib memory would hand it over. */
const SET: MarcRecord = {
  leader: '00000nam a2200000 a 4500',
  fields: [{ tag: '300', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '3 v. :' }] }],
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('readItem', () => {
  it('validates the item with its bib and anchors each finding on its control', async () => {
    renderItem();
    const pane = await readItem(document, async (mmsId) => (mmsId === '990000000906532' ? SET : null), localValidator);
    const findings = pane ? (await pane.snapshot.validate(SETTINGS)).findings : [];
    const missing = findings.find((read) => read.finding.ruleId === 'mvm-description-missing');
    expect(missing?.anchor).toBe(description());
    expect(missing?.finding.fix).toMatchObject({ type: 'set-item-field', field: 'description', value: 'v.2' });
    // The bib is known; only the fields this small form lacks are noted.
    expect(pane?.snapshot.notes).toEqual([expect.stringMatching(/^Not found on this page: .*Enumeration B/)]);
    expect(pane?.snapshot.header).toEqual({
      pane: 'item',
      recordType: 'item',
      mmsId: '990000000906532',
      fieldCount: null,
    });
  });

  it('says when the bib is unknown, and then runs no check that needs it', async () => {
    renderItem();
    const pane = await readItem(document, async () => null, localValidator);
    expect(pane?.snapshot.notes.join(' ')).toContain('has not been open in the Metadata Editor');
    expect((await pane!.snapshot.validate(SETTINGS)).findings.map((read) => read.finding.ruleId)).not.toContain(
      'mvm-description-missing',
    );
  });

  it('is null on a page without the item form', async () => {
    expect(await readItem(document, async () => null, localValidator)).toBeNull();
  });
});

describe('item fixes', () => {
  const fix: Finding = {
    ruleId: 'mvm-description-missing',
    severity: 'warning',
    message: 'm',
    itemField: 'description',
    fix: {
      type: 'set-item-field',
      field: 'description',
      value: 'v.2',
      description: 'Set Description to v.2',
      safe: false,
    },
  };

  it('writes the value with input and change events, and undo restores the old value', () => {
    renderItem();
    const events: string[] = [];
    document.addEventListener('change', (event) => events.push((event.target as HTMLElement).id));
    const entry = applyItemFix(document, fix);
    expect(description().value).toBe('v.2');
    expect(events).toEqual([`${T}description`]);
    entry.undo();
    expect(description().value).toBe('');
  });

  it('will not undo over a later edit, nor write a coded field', () => {
    renderItem();
    const entry = applyItemFix(document, fix);
    description().value = 'v.2 rev';
    expect(() => entry.undo()).toThrow('edited after the fix');
    expect(() => writeItemField(document, 'materialType', 'DVD')).toThrow('only text fields');
  });

  it('focuses the field a finding is about', () => {
    renderItem({ description: 'vol 2' });
    expect(focusItemFinding(document, fix)).toBe(true);
    expect(document.activeElement).toBe(description());
  });

  it('says so when the box is on a tab that is not shown, instead of focusing nothing visible', () => {
    for (const hide of [
      (tab: HTMLElement) => (tab.style.display = 'none'),
      (tab: HTMLElement) => (tab.hidden = true),
    ]) {
      renderItem({ description: 'vol 2' });
      const input = description();
      const tab = document.createElement('div');
      hide(tab);
      input.replaceWith(tab);
      tab.append(input);
      expect(() => focusItemFinding(document, fix)).toThrow(/Description box is not shown right now .*Open that tab/);
      expect(document.activeElement).not.toBe(input);
    }
  });
});
