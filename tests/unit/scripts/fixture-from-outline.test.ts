import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { recognisePage } from '../../../content/alma/recognise';
import { buildPageOutline } from '../../../content/page-outline/build-outline';
import { type OutlineFrameExpectation, outlineToFixture, parseOutline } from '../../../scripts/fixture-from-outline';
import { ALMA_FIXTURES, openFixturePage, readManifest } from '../content/alma/helpers/fixtures';

/**
 * A real page's outline becomes a fixture: every fixture page of tests/fixtures/alma is outlined, turned into a
 * skeleton, loaded again with its frames and recognised as it was. Only the grid's bib/holdings split differs by
 * design: it is read from the record's values (leader, tags, header text), which no outline carries.
 */
const ORIGIN = 'http://skeleton.test/';
const family = (kind: string) => (kind === 'mde-holdings' ? 'mde-bib' : kind);
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function openSkeleton(files: Map<string, string> | string) {
  let dir: string;
  if (typeof files === 'string') dir = files;
  else {
    dir = mkdtempSync(join(tmpdir(), 'outline-fixture-'));
    dirs.push(dir);
    for (const [name, content] of files) writeFileSync(join(dir, name), content);
  }
  const browser = new Browser({
    settings: {
      fetch: { virtualServers: [{ url: ORIGIN, directory: dir }] },
      disableJavaScriptEvaluation: true,
      enableIframePageLoading: true,
    },
  });
  const page = browser.newPage();
  await page.goto(`${ORIGIN}index.html`);
  await page.waitUntilComplete();
  const top = page.mainFrame.document as unknown as Document;
  // waitUntilComplete can return before a large nested frame has finished parsing (as in helpers/fixtures.ts).
  const pending = (root: Document): boolean =>
    Array.from(root.querySelectorAll('iframe')).some((frame) => {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      return inner?.readyState !== 'complete' || pending(inner);
    });
  const deadline = Date.now() + 10_000;
  while (pending(top) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  return {
    frame(chain: string[]): Document | null {
      let doc: Document | null = top;
      for (const id of chain) doc = (doc?.getElementById(id) as HTMLIFrameElement | null)?.contentDocument ?? null;
      return doc;
    },
    close: () => browser.close(),
  };
}

describe('fixture:from-outline', () => {
  it.each(readManifest().map((entry) => [entry.id, entry] as const))(
    '%s: the skeleton is recognised again',
    async (_id, entry) => {
      const page = await openFixturePage(entry.path);
      const outline = buildPageOutline(page.frame([]));
      await page.close();
      const fixture = outlineToFixture(parseOutline(JSON.stringify(outline)), entry.id);
      const skeleton = await openSkeleton(fixture.files);
      try {
        for (const expected of fixture.expect) {
          const doc = skeleton.frame(expected.frame);
          expect(doc, `${entry.id} frame ${expected.frame.join(' > ')}`).not.toBeNull();
          const frameId = expected.frame.at(-1) ?? null;
          expect(family(recognisePage(doc!, { frameId }).kind)).toBe(family(expected.kind));
        }
        // The outline saw what content/alma sees in the fixture itself.
        for (const frame of entry.expect) {
          const captured = fixture.expect.find((candidate) => candidate.frame.join('>') === frame.frame.join('>'));
          expect(captured?.kind).toBe(frame.kind);
        }
      } finally {
        await skeleton.close();
      }
    },
  );

  const OUTLINES = join(ALMA_FIXTURES, 'outlines');
  const committed = existsSync(OUTLINES) ? readdirSync(OUTLINES) : [];

  it('has at least the example skeleton', () => {
    expect(committed).toContain('example-mde-split');
  });

  it.each(committed)(
    'outlines/%s: recognised as when its outline was taken, and rebuilt from it unchanged',
    async (name) => {
      const dir = join(OUTLINES, name);
      const expected = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as OutlineFrameExpectation[];
      const rebuilt = outlineToFixture(parseOutline(readFileSync(join(dir, 'outline.json'), 'utf8')), name);
      for (const [file, content] of rebuilt.files) expect(readFileSync(join(dir, file), 'utf8'), file).toBe(content);
      const skeleton = await openSkeleton(dir);
      try {
        for (const frame of expected) {
          const doc = skeleton.frame(frame.frame);
          expect(doc, frame.file).not.toBeNull();
          expect(family(recognisePage(doc!, { frameId: frame.frame.at(-1) ?? null }).kind)).toBe(family(frame.kind));
        }
      } finally {
        await skeleton.close();
      }
    },
  );

  it('refuses what is not an outline, with a plain reason', () => {
    expect(() => parseOutline('{"format":"x"}')).toThrow('Not a page outline');
    expect(() => parseOutline('not json')).toThrow(/^Not JSON/);
    expect(() => parseOutline('{"format":"alma-companion-page-outline","version":9,"top":{}}')).toThrow(
      'Outline version 9 is not supported',
    );
  });

  it('writes no text and no scripts, and gives masked numbers back as digits', () => {
    const fixture = outlineToFixture(
      {
        format: 'alma-companion-page-outline',
        version: 1,
        elements: 3,
        frames: 1,
        truncated: false,
        top: {
          frameId: null,
          path: '/rep/items.jsp',
          kind: 'items-list',
          missing: [],
          readable: true,
          root: {
            tag: 'html',
            children: [
              { tag: 'script' },
              {
                tag: 'body',
                id: 'body_x',
                children: [{ tag: 'tr', id: 'recordContainerlist{n}', aria: { 'aria-label': '' } }],
              },
            ],
          },
        },
      },
      'sample',
    );
    const html = fixture.files.get('index.html')!;
    expect(html).toContain('<tr id="recordContainerlist900001" aria-label=""></tr>');
    expect(html).not.toContain('<script');
  });
});
