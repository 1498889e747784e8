import { describe, expect, it } from 'vitest';
import { recognisePage } from '../../../../content/alma';
import { summariseReading } from '../../../../content/page-summary/summarise-page';
import { readPage } from '../../../../content/page-reading';
import { summariseFindings, TOP_FINDINGS_SHOWN } from '../../../../lib/page-summary';
import { validateRecord } from '../../../../lib/rules/engine';
import { extractRecords } from '../../../../content/alma';
import { createDefaultSettings, type Settings } from '../../../../lib/settings';
import type { Finding } from '../../../../lib/rules/types';
import { loadFixtureFile } from '../alma/helpers/fixtures';
import { localValidator } from '../../../../lib/validation/run-job';
import { validationSettingsOf } from '../../../../lib/validation/jobs';

async function summaryOfDoc(doc: Document, settings: Settings = createDefaultSettings()) {
  const deps = { validator: localValidator, recallBib: async () => null };
  const reading = await readPage(
    doc,
    recognisePage(doc),
    { settings, validation: validationSettingsOf(settings) },
    1,
    deps,
  );
  return summariseReading(reading);
}
const summaryOf = (path: string, settings?: Settings) => summaryOfDoc(loadFixtureFile(path), settings);

describe('summariseReading', () => {
  it('counts the findings of the record in the grid as the panel does: the engine’s, and what the grid could not read', async () => {
    const doc = loadFixtureFile('mde-errors/grid.html');
    const [extracted] = extractRecords(doc);
    const problems = (extracted!.problems ?? []).map((problem) => ({
      severity: problem.code === 'row-without-tag' ? 'info' : problem.severity,
    }));
    const expected = [...validateRecord(extracted!.record, 'bib'), ...problems];
    const summary = await summaryOfDoc(doc);
    expect(summary.kind).toBe('mde-bib');
    expect(summary.records).toEqual([{ pane: 'single', type: 'bib', id: null }]);
    expect(summary.counts.error).toBe(expected.filter((finding) => finding.severity === 'error').length);
    expect(summary.counts.error + summary.counts.warning + summary.counts.info).toBe(expected.length);
    expect(summary.topFindings).toHaveLength(TOP_FINDINGS_SHOWN);
    expect(summary.topFindings.every((finding) => finding.severity === 'error')).toBe(true);
  });

  it('leaves out rules switched off in the settings and runs custom rules', async () => {
    const before = await summaryOf('mde-errors/grid.html');
    const first = before.topFindings[0]!;
    const settings = createDefaultSettings();
    settings.rules.enabled[first.ruleId] = false;
    settings.customRules.push({
      id: 'no-245',
      title: 'Title must mention llamas',
      tag: '245',
      subfield: 'a',
      pattern: 'llama',
      match: 'must-match',
      severity: 'warning',
      message: 'Every title here is about llamas',
      appliesTo: ['bib'],
    });
    const after = await summaryOf('mde-errors/grid.html', settings);
    expect(after.topFindings.some((finding) => finding.ruleId === first.ruleId)).toBe(false);
    expect(after.counts.warning).toBe(before.counts.warning + 1);
    expect(after.counts.error).toBeLessThan(before.counts.error);
  });

  it('offers the multi-volume checklist first on a multi-volume set', async () => {
    const summary = await summaryOf('mde-mvm/grid.html');
    expect(summary.checklists[0]).toMatchObject({ procedureId: 'multi-volume-monographs', contextual: true });
    expect(summary.checklists.every((checklist) => checklist.url.startsWith('https://'))).toBe(true);
  });

  it('describes an item by its barcode and offers the item procedures', async () => {
    const summary = await summaryOf('item-editor/index.html');
    expect(summary.records).toEqual([{ pane: 'item', type: 'item', id: 'C090000002' }]);
    expect(summary.checklists.map((checklist) => checklist.procedureId)).toContain('item-records');
  });

  it('lists both panes of split view and, for a bib beside its holdings, offers the holdings procedures', async () => {
    const summary = await summaryOf('mde-split/grid.html');
    expect(summary.records.map((record) => `${record.pane}:${record.type}`)).toEqual(['left:bib', 'right:holdings']);
    expect(summary.checklists.map((checklist) => checklist.procedureId)).toContain('holdings-records');
  });

  it('offers the withdrawal procedure on a list of items, with no records to count', async () => {
    const summary = await summaryOf('items-list/index.html');
    expect(summary.records).toEqual([]);
    expect(summary.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(summary.checklists.map((checklist) => checklist.procedureId)).toContain('withdrawal');
  });

  it('reports custom rules that do not compile instead of dropping them silently', async () => {
    const settings = createDefaultSettings();
    settings.customRules.push({
      id: 'bad',
      title: 'Bad pattern',
      tag: '245',
      pattern: '(unclosed',
      match: 'must-match',
      severity: 'error',
      message: 'x',
      appliesTo: ['bib'],
    });
    expect((await summaryOf('mde-bib/grid.html', settings)).notes[0]).toMatch(/Bad pattern.*invalid/);
  });
});

describe('summariseFindings', () => {
  const finding = (severity: Finding['severity'], ruleId: string): Finding => ({ ruleId, severity, message: ruleId });
  it('puts errors first and keeps the rules’ order within a severity', async () => {
    const result = summariseFindings([
      finding('info', 'i1'),
      finding('warning', 'w1'),
      finding('error', 'e1'),
      finding('error', 'e2'),
    ]);
    expect(result.counts).toEqual({ error: 2, warning: 1, info: 1 });
    expect(result.topFindings.map((top) => top.ruleId)).toEqual(['e1', 'e2', 'w1']);
  });
  it('is empty for a clean record', async () => {
    expect(summariseFindings([])).toEqual({ counts: { error: 0, warning: 0, info: 0 }, topFindings: [] });
  });
});
