import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPageOutline } from '../../../../content/page-outline/build-outline';
import {
  ARIA_TOKEN_ATTRIBUTES,
  type FrameOutline,
  type OutlineElement,
  type PageOutline,
} from '../../../../lib/page-outline';
import { ALMA_FIXTURES, loadFixtureFile, openFixturePage, parseHtml, readManifest } from '../alma/helpers/fixtures';

/**
 * The privacy guarantee of docs/page-outline.md, checked on every fixture page: no text node, input value,
 * title or URL query string of the page appears in its outline.
 */

/** Every string the outline holds except tag names and the format's own constants. */
function leaves(outline: PageOutline): string[] {
  const out: string[] = [];
  const frame = (f: FrameOutline): void => {
    if (f.frameId) out.push(f.frameId);
    out.push(f.path, ...f.missing);
    if (f.root) element(f.root);
  };
  const element = (e: OutlineElement): void => {
    if (e.id) out.push(e.id);
    out.push(...(e.classes ?? []));
    if (e.role) out.push(e.role);
    if (e.name) out.push(e.name);
    if (e.type) out.push(e.type);
    for (const [name, value] of Object.entries(e.aria ?? {})) out.push(name, value);
    for (const child of e.children ?? []) element(child);
    if (e.frame) frame(e.frame);
  };
  frame(outline.top);
  return out.filter(Boolean);
}

/** What the page shows or holds that the outline must not carry. */
function secretsOf(doc: Document): string[] {
  const secrets: string[] = [];
  const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) secrets.push(node.textContent ?? '');
  for (const control of Array.from(doc.querySelectorAll('input, textarea, select, option'))) {
    secrets.push((control as HTMLInputElement).value ?? '', control.getAttribute('value') ?? '');
  }
  for (const element of Array.from(doc.querySelectorAll('[title], [placeholder], [alt], [aria-label]'))) {
    for (const name of ['title', 'placeholder', 'alt', 'aria-label']) secrets.push(element.getAttribute(name) ?? '');
  }
  secrets.push(doc.title);
  for (const element of Array.from(doc.querySelectorAll('[href], [src], [action]'))) {
    for (const name of ['href', 'src', 'action']) {
      const url = element.getAttribute(name) ?? '';
      const query = url.indexOf('?');
      if (query >= 0) secrets.push(url.slice(query + 1));
    }
  }
  return [...new Set(secrets.map((secret) => secret.trim()).filter(Boolean))];
}

/** The page's own identifiers: a secret inside one of them appears in the outline because of the markup. */
function markupOf(doc: Document): string[] {
  const names: string[] = [];
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    names.push(element.localName, element.id, element.getAttribute('class') ?? '', element.getAttribute('role') ?? '');
    names.push(element.getAttribute('name') ?? '', element.getAttribute('type') ?? '');
    for (const attribute of Array.from(element.attributes)) {
      if (!attribute.name.startsWith('aria-')) continue;
      // Token values (aria-selected="true") are markup the outline keeps on purpose.
      names.push(attribute.name, ARIA_TOKEN_ATTRIBUTES.has(attribute.name) ? attribute.value : '');
    }
  }
  return names.filter(Boolean);
}

/** Secrets of `docs` found in `outline`: short ones only as a whole value, longer ones anywhere in a value. */
function leaksOf(outline: PageOutline, docs: readonly Document[]): { checked: number; leaks: string[] } {
  const values = leaves(outline);
  const markup = docs.flatMap(markupOf);
  let checked = 0;
  const leaks: string[] = [];
  for (const doc of docs) {
    for (const secret of secretsOf(doc)) {
      if (markup.some((name) => name.includes(secret))) continue;
      checked++;
      const found = secret.length >= 4 ? values.some((value) => value.includes(secret)) : values.includes(secret);
      if (found) leaks.push(secret);
    }
  }
  return { checked, leaks };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [relative(ALMA_FIXTURES, path)] : [];
  });
}

const FILES = htmlFiles(ALMA_FIXTURES).filter((path) => path !== 'index.html');

describe('page outline privacy on every fixture document', () => {
  it('covers the fixture pages', () => {
    expect(FILES.length).toBeGreaterThan(40);
  });

  it.each(FILES)('%s: no text, value, title or query string in the outline', (path) => {
    const doc = loadFixtureFile(path);
    const outline = buildPageOutline(doc);
    const { checked, leaks } = leaksOf(outline, [doc]);
    expect(leaks).toEqual([]);
    // Skeletons made from outlines (outlines/) have no text to leak; every other fixture has some.
    if (!path.startsWith('outlines/')) expect(checked).toBeGreaterThan(0);
    expect(outline.elements).toBe(doc.querySelectorAll('*').length);
  });
});

describe('page outline of whole fixture pages, frames included', () => {
  const manifest = readManifest();

  it.each(manifest.map((entry) => [entry.id, entry] as const))('%s', async (_id, entry) => {
    const page = await openFixturePage(entry.path);
    try {
      const frames = entry.expect.map((expectation) => page.frame(expectation.frame));
      const outline = buildPageOutline(frames[0]!);
      expect(leaksOf(outline, frames).leaks).toEqual([]);
      expect(outline.frames).toBeGreaterThanOrEqual(frames.length);
      // Each expected frame is in the outline, recognised as content/alma recognises it.
      for (const expectation of entry.expect) {
        let frame = outline.top;
        for (const id of expectation.frame) frame = findFrame(frame, id)!;
        expect(frame, `${entry.id} frame ${expectation.frame.join(' > ')}`).toBeTruthy();
        expect(frame.kind).toBe(expectation.kind);
      }
    } finally {
      await page.close();
    }
  });
});

function findFrame(frame: FrameOutline, id: string): FrameOutline | undefined {
  const search = (element: OutlineElement | null): FrameOutline | undefined => {
    if (!element) return undefined;
    if (element.frame?.frameId === id) return element.frame;
    for (const child of element.children ?? []) {
      const found = search(child);
      if (found) return found;
    }
    return undefined;
  };
  return search(frame.root);
}

describe('what an outline keeps and masks', () => {
  const doc = parseHtml(`<html><head><title>Secret title</title></head><body id="body_id_x">
    <div id="recordContainerlist2300000017065321" class="row r12345" role="row" aria-selected="true"
      aria-label="Barcode C0919292" aria-controls="panel991234567" aria-valuetext="70 %" title="tip">
      <input type="text" name="pageBean.itemMd.dnx.physicalItemTable.barcode" value="C0919292" placeholder="Scan">
      <a href="/rep/action.do?mmsId=991234567&amp;q=x">Open</a>
    </div></body></html>`);
  const outline = buildPageOutline(doc);
  const row = outline.top.root!.children![1]!.children![0]!;

  it('masks numbers of four digits or more in ids, classes and id references', () => {
    expect(row.id).toBe('recordContainerlist{n}');
    expect(row.classes).toEqual(['row', 'r{n}']);
    expect(row.aria!['aria-controls']).toBe('panel{n}');
  });

  it('keeps aria token values, and only the names of aria attributes that can hold words', () => {
    expect(row.aria).toEqual({
      'aria-selected': 'true',
      'aria-label': '',
      'aria-controls': 'panel{n}',
      'aria-valuetext': '',
    });
    expect(row.role).toBe('row');
  });

  it('keeps the name and type of a form control, never its value or placeholder', () => {
    expect(row.children![0]).toEqual({
      tag: 'input',
      name: 'pageBean.itemMd.dnx.physicalItemTable.barcode',
      type: 'text',
    });
    expect(row.children![1]).toEqual({ tag: 'a' });
  });

  it('the checker finds a text or value that does get into an outline', () => {
    const leaky = JSON.parse(JSON.stringify(outline)) as PageOutline;
    row.classes!.push('ignored'); // the original is not what is checked
    const leakyRow = leaky.top.root!.children![1]!.children![0]!;
    leakyRow.classes = ['C0919292'];
    leakyRow.aria = { 'aria-label': 'Barcode C0919292' };
    expect(leaksOf(leaky, [doc]).leaks).toEqual(expect.arrayContaining(['C0919292', 'Barcode C0919292']));
  });
});
