import { afterAll, describe, expect, it } from 'vitest';
import { extractRelink } from '../../../../content/alma/extract-workflow';
import { recognisePage } from '../../../../content/alma/recognise';
import { extractPaneRelink } from '../../../../content/alma/relink-pane';
import { loadFixtureFile, openFixturePage, readManifest } from './helpers/fixtures';

/** Holdings relink in the split Metadata Editor's right-hand pane (docs/alma-evidence.md §6; fixture mde-relink). */
const manifest = readManifest();
const relink = manifest.find((entry) => entry.id === 'mde-relink')!;
const split = manifest.find((entry) => entry.id === 'mde-split')!;
const bib = manifest.find((entry) => entry.id === 'mde-bib')!;
const mvm = manifest.find((entry) => entry.id === 'mde-mvm')!;
const opened: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  for (const page of opened) await page.close();
});

describe('split-MDE relink', () => {
  it('recognises the grid frame as a relink and reads SOURCE (the holdings 004) and the chosen TARGET', async () => {
    const page = await openFixturePage(relink.path);
    opened.push(page);
    const grid = page.frame(['yardsNgWrapper', 'yards_iframe']);
    expect(recognisePage(grid)).toEqual({ kind: 'relink', missing: [] });
    expect(extractPaneRelink(grid)).toEqual({
      sourceMmsId: mvm.expect[2]!.mmsId,
      targetMmsId: bib.expect[2]!.mmsId,
      holdingsId: relink.expect[2]!.mmsId,
    });
    expect(extractRelink(grid)).toEqual({ sourceMmsId: mvm.expect[2]!.mmsId, targetMmsId: bib.expect[2]!.mmsId });
  });

  it('has no TARGET while the cataloger is still searching', () => {
    const grid = loadFixtureFile('mde-relink/grid.html');
    grid.querySelector('[id^="relinkTargetMmsId"]')!.remove();
    expect(extractPaneRelink(grid)?.targetMmsId).toBeNull();
  });

  it('is not a relink without the relink pane: the ordinary split view stays mde-split', async () => {
    const page = await openFixturePage(split.path);
    opened.push(page);
    const grid = page.frame(['yardsNgWrapper', 'yards_iframe']);
    expect(recognisePage(grid).kind).toBe('mde-split');
    expect(extractPaneRelink(grid)).toBeNull();
  });
});
