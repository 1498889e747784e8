import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Browser, Window } from 'happy-dom';
import type { FixtureEntry } from '../../../../../scripts/gen-fixtures/build';

export const ROOT = resolve(__dirname, '../../../../..');
export const ALMA_FIXTURES = join(ROOT, 'tests/fixtures/alma');
export const MARC_FIXTURES = join(ROOT, 'tests/fixtures/marc');

export function readManifest(): FixtureEntry[] {
  return JSON.parse(readFileSync(join(ALMA_FIXTURES, 'fixtures.json'), 'utf8')) as FixtureEntry[];
}

/** Page console that swallows happy-dom's "iframe page loading is disabled" notices for standalone parses. */
const quietConsole = new Proxy(console, {
  get: (target, key) => (key === 'error' ? () => undefined : Reflect.get(target, key)),
});
const parserWindow = new Window({ console: quietConsole });

/** A standalone document from an HTML string (no parent frame; iframes are not loaded). */
export function parseHtml(html: string): Document {
  return new parserWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** A standalone document from a fixture file, e.g. `mde-bib/grid.html`. */
export function loadFixtureFile(path: string): Document {
  return parseHtml(readFileSync(join(ALMA_FIXTURES, path), 'utf8'));
}

const ORIGIN = 'http://fixtures.test/';

/**
 * Opens a fixture page the way a browser does — top page, then its iframes by relative src — from a
 * virtual server rooted at tests/fixtures/alma, so frames have real same-origin parents. Scripts are off:
 * content/alma must not depend on the fixtures' helper scripts.
 */
export async function openFixturePage(
  path: string,
): Promise<{ frame(chain: string[]): Document; close(): Promise<void> }> {
  const browser = new Browser({
    settings: {
      fetch: { virtualServers: [{ url: ORIGIN, directory: ALMA_FIXTURES }] },
      disableJavaScriptEvaluation: true,
      enableIframePageLoading: true,
    },
  });
  const page = browser.newPage();
  await page.goto(ORIGIN + path);
  await page.waitUntilComplete();
  const top = page.mainFrame.document as unknown as Document;
  // waitUntilComplete can return before a large nested frame (mde-large's grid) has finished parsing.
  await framesComplete(top);
  return {
    frame(chain: string[]): Document {
      let doc = top;
      for (const id of chain) {
        const frame = doc.getElementById(id) as HTMLIFrameElement | null;
        const next = frame?.contentDocument;
        if (!next) throw new Error(`${path}: no loaded iframe #${id} in frame chain ${chain.join(' > ')}`);
        doc = next;
      }
      return doc;
    },
    close: () => browser.close(),
  };
}

/** Waits (up to 10 s) until every iframe below `doc` has a complete document. */
async function framesComplete(doc: Document): Promise<void> {
  const deadline = Date.now() + 10_000;
  const pending = (root: Document): boolean =>
    Array.from(root.querySelectorAll('iframe')).some((frame) => {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      return inner?.readyState !== 'complete' || pending(inner);
    });
  while (pending(doc) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}
