import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractRecords } from '../../../../content/alma/extract-record';
import { mmsIdFromText } from '../../../../content/alma/pane-context';
import { isDataField } from '../../../../lib/marc/types';
import { loadFixtureFile, MARC_FIXTURES, openFixturePage, parseHtml, readManifest } from './helpers/fixtures';
import { recordAt } from '../../../../scripts/gen-fixtures/records';

const manifest = readManifest();
const gridFrames = manifest.flatMap((fixture) =>
  fixture.expect.filter((expectation) => expectation.panes).map((expectation) => ({ fixture, expectation })),
);

describe('extractRecords over every grid frame of the fixtures, through the real frame chain', () => {
  const pages = new Map<string, Awaited<ReturnType<typeof openFixturePage>>>();
  beforeAll(async () => {
    for (const { fixture } of gridFrames) pages.set(fixture.id, await openFixturePage(fixture.path));
  });
  afterAll(async () => {
    for (const page of pages.values()) await page.close();
  });

  it.each(gridFrames.map(({ fixture, expectation }) => [fixture.id, expectation] as const))('%s', (id, expectation) => {
    const records = extractRecords(pages.get(id)!.frame(expectation.frame));
    expect(
      records.map((extracted) => ({
        pane: extracted.pane,
        mmsId: extracted.mmsId,
        recordType: extracted.type,
        fieldCount: extracted.record.fields.length,
      })),
    ).toEqual(expectation.panes);
  });
});

describe('extractRecords details', () => {
  it('reads the same record the generator rendered, with rows kept for writing', () => {
    const [extracted] = extractRecords(loadFixtureFile('mde-bib/grid.html'));
    const source = recordAt(MARC_FIXTURES, 'marc4j-pride-and-prejudice-fixed.mrc', 31);
    expect(extracted!.record).toEqual(source);
    expect(extracted!.leaderRow?.tagInput?.value).toBe('LDR');
    expect(extracted!.fieldRows).toHaveLength(source.fields.length);
    extracted!.fieldRows.forEach((row, index) => {
      expect(row.tagInput?.value).toBe(source.fields[index]!.tag);
      expect(row.local).toBe(source.fields[index]!.tag.startsWith('9'));
    });
  });

  it('has no MMS ID for a new-MDE grid opened without its wrapper (the id lives in the wrapper)', () => {
    expect(extractRecords(loadFixtureFile('mde-bib/grid.html'))[0]?.mmsId).toBeNull();
  });

  it('reads the MMS ID from the old MDE pane title without a parent', () => {
    const expected = manifest.find((fixture) => fixture.id === 'mde-old')!.expect[1]!.mmsId;
    expect(extractRecords(loadFixtureFile('mde-old/editor.html'))[0]?.mmsId).toBe(expected);
  });

  it('reads holdings: # blanks become spaces in LDR and 008, 852/866 subfields', () => {
    const [holdings] = extractRecords(loadFixtureFile('mde-holdings/grid.html'));
    expect(holdings!.type).toBe('holdings');
    expect(holdings!.record.leader).toBe('     nv  a22     un 4500');
    expect(holdings!.record.fields.find((field) => field.tag === '008')).toEqual({
      tag: '008',
      value: '      0u    0   4001uu   0000000',
    });
    const field852 = holdings!.record.fields.find((field) => field.tag === '852');
    expect(
      field852 &&
        isDataField(field852) && [field852.ind1, field852.ind2, field852.subfields.map((sub) => sub.code).join('')],
    ).toEqual(['0', ' ', 'bchi']);
  });

  it('survives the errors fixture: reports stray text and the untagged row, keeps every tagged field', () => {
    const errors = manifest.find((fixture) => fixture.id === 'mde-errors')!;
    const [extracted] = extractRecords(loadFixtureFile('mde-errors/grid.html'));
    expect(extracted!.record.fields).toHaveLength(errors.expect[2]!.fieldCount!);
    expect(extracted!.problems?.map((problem) => problem.code)).toEqual([
      'text-before-first-subfield',
      'row-without-tag',
    ]);
    const note = extracted!.record.fields.find((field) => field.tag === '500');
    expect(note && isDataField(note) && note.subfields[0]?.value.startsWith('&apos;This volume')).toBe(true);
  });

  it('follows what the cataloger typed: edited tag, indicators and text', () => {
    const doc = loadFixtureFile('mde-mvm/grid.html');
    const area = doc.querySelector<HTMLTextAreaElement>('div[id^="MarcEditorPresenter.textArea.300"] textarea')!;
    area.value = '$$a 4 v. : $$b ill. ; $$c 21 cm.';
    doc.querySelector<HTMLInputElement>('input[id^="FieldIndicatorBox.tag.300"][id$=".1"]')!.value = '';
    doc.querySelector<HTMLInputElement>('input[id^="FieldTagBox.tag.300"]')!.value = '301';
    const field = extractRecords(doc)[0]!.record.fields.find((candidate) => candidate.tag === '301');
    expect(field).toEqual({
      tag: '301',
      ind1: ' ',
      ind2: ' ',
      subfields: [
        { code: 'a', value: '4 v. :' },
        { code: 'b', value: 'ill. ;' },
        { code: 'c', value: '21 cm.' },
      ],
    });
  });

  it('does not throw on odd markup and reports what it skipped', () => {
    const doc = parseHtml(`<table id="editorTable-left"><tbody>
      <tr><td><input id="FieldTagBox.tag.245.0" value="245"></td></tr>
      <tr><td><input id="FieldTagBox.tag.100.1" value="100"></td><td><div id="MarcEditorPresenter.textArea.100.1"><textarea>$$a Doe</textarea></div></td>
          <td><input id="FieldIndicatorBox.tag.100.1.1" value="1##"></td></tr>
      <tr><td>no inputs at all</td></tr>
    </tbody></table>`);
    const [extracted] = extractRecords(doc);
    expect(extracted!.record).toEqual({
      leader: '',
      fields: [{ tag: '100', ind1: '1  ', ind2: ' ', subfields: [{ code: 'a', value: 'Doe' }] }],
    });
    expect(extracted!.problems?.map((problem) => problem.code)).toEqual([
      'row-without-text',
      'indicator-length',
      'missing-indicator-box',
      'missing-leader',
    ]);
  });

  it('returns nothing for a document without a grid', () => {
    expect(extractRecords(parseHtml('<p>nothing</p>'))).toEqual([]);
  });
});

describe('mmsIdFromText', () => {
  it.each([
    ['MMS ID (991311343606532)', '991311343606532'],
    ['Bibliographic - Annual report (1998) (991311343606532)', '991311343606532'],
    ['Holding (22100000000906532)', '22100000000906532'],
    ['(12345)', '12345'],
    ['MMS 991311343606532', '991311343606532'],
    ['Bibliographic', null],
  ])('%s → %s', (text, expected) => {
    expect(mmsIdFromText(text)).toBe(expected);
  });
});

describe('text containers with and without a row suffix (docs/alma-evidence.md §3.4)', () => {
  it('reads the same record whether the container id is MarcEditorPresenter.textArea.<TAG> or carries a row suffix', () => {
    const plain = loadFixtureFile('mde-bib/grid.html');
    const ids = Array.from(plain.querySelectorAll('div[id^="MarcEditorPresenter.textArea."]'), (div) => div.id);
    // The fixture follows the evidence: no suffix, so rows of one tag share the id.
    expect(ids).toContain('MarcEditorPresenter.textArea.650');
    expect(ids.filter((id) => id === 'MarcEditorPresenter.textArea.650').length).toBeGreaterThan(1);
    const suffixed = loadFixtureFile('mde-bib/grid.html');
    suffixed.querySelectorAll('div[id^="MarcEditorPresenter.textArea."]').forEach((div, index) => {
      div.id = `${div.id}.${index}`;
    });
    expect(extractRecords(suffixed)[0]!.record).toEqual(extractRecords(plain)[0]!.record);
  });
});
