import { afterAll, describe, expect, it } from 'vitest';
import { extractRecords } from '../../../../content/alma/extract-record';
import { openFixturePage, readManifest } from './helpers/fixtures';

/**
 * The header rows of the new MDE (docs/alma-evidence.md §2.2-§2.4): the MMS ID in `header.firstRow`'s
 * `.mmsIdContainer`, the record type in `header.secondRow`, one pair per pane in split view.
 */
const GRID = ['yardsNgWrapper', 'yards_iframe'];
const WRAPPER = ['yardsNgWrapper'];
const manifest = readManifest();
const pages: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  for (const page of pages) await page.close();
});

async function open(id: string) {
  const fixture = manifest.find((entry) => entry.id === id)!;
  const page = await openFixturePage(fixture.path);
  pages.push(page);
  return { fixture, grid: page.frame(GRID), wrapper: page.frame(WRAPPER) };
}

describe('pane context from the header rows', () => {
  it('reads the type from the second row, not the first: without a leader the header decides', async () => {
    const { grid, wrapper } = await open('mde-holdings');
    grid.querySelector('input[id^="FieldTagBox.tag.LDR"]')!.closest('tr')!.remove();
    // A first row that names a bib must not matter: the type is in the second row ("Holdings").
    wrapper.querySelector('[id$="header.firstRow"] .recordTitle')!.textContent = 'MARC21 Bibliographic';
    for (const tag of ['852', '866'])
      grid.querySelector(`input[id^="FieldTagBox.tag.${tag}"]`)!.closest('tr')!.remove();
    expect(extractRecords(grid)[0]?.type).toBe('holdings');
    wrapper.querySelector('[id$="header.secondRow"]')!.textContent = 'MARC21 Bibliografisch';
    expect(extractRecords(grid)[0]?.type).toBe('bib');
  });

  it('reads the MMS ID from the .mmsIdContainer inside the first row', async () => {
    const { fixture, grid } = await open('mde-bib');
    expect(extractRecords(grid)[0]?.mmsId).toBe(fixture.expect[2]!.mmsId);
  });

  it('pairs each pane with the header whose id starts with the pane, whatever the order in the wrapper', async () => {
    const { fixture, grid, wrapper } = await open('mde-split');
    const headers = wrapper.querySelector('#gwt-headers')!;
    const blocks = Array.from(headers.querySelectorAll('.recordHeader'));
    headers.insertBefore(blocks[1]!, blocks[0]!); // right pane's header first
    expect(extractRecords(grid).map((record) => record.mmsId)).toEqual(fixture.expect[2]!.panes!.map((p) => p.mmsId));
  });
});
