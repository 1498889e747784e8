import { afterEach, describe, expect, it } from 'vitest';
import { readGrid as readGridWith } from '../../../../content/live/read-grid';
import { cleanBib, renderGrid, textareaOf } from './helpers/grid';
import { TEST_SETTINGS, testValidator } from './helpers/rules';

const readGrid = (doc: Document) => readGridWith(doc, testValidator);
const validated = async (pane: ReturnType<typeof readGrid>[number] | undefined) =>
  pane ? (await pane.snapshot.validate(TEST_SETTINGS)).findings : [];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('readGrid', () => {
  it('reads each pane with its header and attaches each field finding to its row', async () => {
    renderGrid(cleanBib([{ tag: '650', ind1: '#', ind2: '0', text: '$$a Fine $$x BAD' }]));
    const [pane] = readGrid(document);
    expect(pane?.snapshot.header).toEqual({ pane: 'single', recordType: 'bib', mmsId: '9910000006532', fieldCount: 4 });
    const findings = await validated(pane);
    expect(findings.map((read) => [read.finding.ruleId, read.finding.tag, read.finding.code])).toEqual([
      ['test-bad-subfield', '650', 'x'],
    ]);
    expect(findings[0]?.anchor).toBe(textareaOf('650').closest('tr'));
  });

  it('keeps the record as read: a later edit does not change what the snapshot validates', async () => {
    renderGrid(cleanBib([{ tag: '650', ind1: '#', ind2: '0', text: '$$a BAD' }]));
    const [pane] = readGrid(document);
    textareaOf('650').value = '$$a fine';
    expect(await validated(pane)).toHaveLength(1);
    expect(await validated(readGrid(document)[0])).toHaveLength(0);
  });

  it('reports what the grid could not read, on the field it concerns', async () => {
    renderGrid(
      cleanBib([
        { tag: '500', ind1: '#', ind2: '#', text: '$$a fine' },
        { tag: '500', ind1: '#', ind2: '#', text: 'Note: $$a text' },
      ]),
    );
    const findings = await validated(readGrid(document)[0]);
    const problem = findings.find((read) => read.finding.ruleId === 'grid-text-before-first-subfield');
    expect(problem?.finding).toMatchObject({ tag: '500', occurrence: 1, severity: 'warning' });
    expect(problem?.anchor).toBe(textareaOf('500', 1).closest('tr'));
  });

  it('reads both panes of split view, each with its own identity', async () => {
    renderGrid(cleanBib(), cleanBib([{ tag: '500', ind1: '#', ind2: '#', text: '$$a BAD' }]));
    const panes = readGrid(document);
    expect(panes.map((pane) => pane.snapshot.header.pane)).toEqual(['left', 'right']);
    expect(new Set(panes.map((pane) => pane.snapshot.identity)).size).toBe(2);
    expect(await Promise.all(panes.map(async (pane) => (await validated(pane)).length))).toEqual([0, 1]);
  });
});
