/**
 * Turns a page outline (the popup's "Copy page outline", docs/page-outline.md) into a fixture skeleton under
 * tests/fixtures/alma/outlines/<name>/: one HTML file per frame, iframes pointing at their frame's file, every
 * element with the tag, id, classes, role, name, type and aria attributes the outline kept, and no text (the
 * outline has none). Masked numbers ({n}) become sequence numbers, so ids such as `recordContainerlist{n}` read
 * as Alma's again. expect.json lists the kind content/alma recognised in each frame when the outline was taken,
 * outline.json keeps the outline as sent: tests/unit/scripts/fixture-from-outline.test.ts recognises every
 * skeleton under tests/fixtures/alma/outlines/ again and compares, so a cataloger's page becomes a test.
 *
 * Run: `npm run fixture:from-outline -- outline.json [name]` (name defaults to the file's base name).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type FrameOutline,
  MASK,
  OUTLINE_FORMAT,
  OUTLINE_VERSION,
  type OutlineElement,
  type PageOutline,
} from '../lib/page-outline';

export interface OutlineFrameExpectation {
  /** Chain of iframe ids from the top document ([] is the top document), as in tests/fixtures/alma/fixtures.json. */
  frame: string[];
  file: string;
  kind: string;
  missing: string[];
}

export interface OutlineFixture {
  /** File name under the fixture's folder → content. */
  files: Map<string, string>;
  expect: OutlineFrameExpectation[];
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Never carried into a fixture: a skeleton must not run or load anything. */
const DROPPED = new Set(['script', 'noscript', 'object', 'embed']);
const SAFE_NAME = /^[a-z][a-z0-9-]*$/;

/** Checks the JSON is an outline this script understands; throws a plain explanation otherwise. */
export function parseOutline(text: string): PageOutline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`Not JSON: ${(error as Error).message}. Paste the whole outline the popup copied.`);
  }
  const outline = value as Partial<PageOutline> | null;
  if (!outline || outline.format !== OUTLINE_FORMAT)
    throw new Error(`Not a page outline (format is not "${OUTLINE_FORMAT}").`);
  if (outline.version !== OUTLINE_VERSION)
    throw new Error(
      `Outline version ${String(outline.version)} is not supported (this script reads ${OUTLINE_VERSION}).`,
    );
  if (!outline.top || typeof outline.top !== 'object') throw new Error('The outline has no top frame.');
  return outline as PageOutline;
}

export function outlineToFixture(outline: PageOutline, name: string): OutlineFixture {
  const files = new Map<string, string>();
  const expectations: OutlineFrameExpectation[] = [];
  let sequence = 0;
  const unmask = (text: string): string => text.replaceAll(MASK, () => String(900000 + ++sequence));

  const writeFrame = (frame: FrameOutline, chain: string[]): string => {
    const file = chain.length === 0 ? 'index.html' : `frame-${expectations.length}-${safeFile(chain.at(-1)!)}.html`;
    expectations.push({ frame: chain, file, kind: frame.kind, missing: [...frame.missing] });
    files.set(file, ''); // reserve the name before the frames inside are written
    const body = frame.root ? renderElement(frame.root, chain) : '';
    files.set(
      file,
      `<!DOCTYPE html>\n<!--\nPage outline skeleton "${name}" (scripts/fixture-from-outline.ts): frame ${chain.length === 0 ? '(top)' : chain.join(' > ')}, path ${frame.path || '(not shown)'},\nrecognised as ${frame.kind} when the outline was taken${frame.readable ? '' : ' (the frame could not be read)'}.\nEvidenced: the element structure of the page the outline was taken from.\nASSUMED: everything an outline does not carry (text, values, titles: left empty); masked numbers are replaced by\nsequence numbers.\n-->\n${body}\n`,
    );
    return file;
  };

  const renderElement = (element: OutlineElement, chain: string[]): string => {
    const tag = element.tag.toLowerCase();
    if (!SAFE_NAME.test(tag) || DROPPED.has(tag)) return '';
    const attributes: string[] = [];
    if (element.id) attributes.push(`id="${escapeHtml(unmask(element.id))}"`);
    if (element.classes?.length) attributes.push(`class="${escapeHtml(element.classes.map(unmask).join(' '))}"`);
    if (element.role) attributes.push(`role="${escapeHtml(element.role)}"`);
    if (element.name) attributes.push(`name="${escapeHtml(unmask(element.name))}"`);
    if (element.type) attributes.push(`type="${escapeHtml(element.type)}"`);
    for (const [aria, value] of Object.entries(element.aria ?? {})) {
      if (/^aria-[a-z]+$/.test(aria)) attributes.push(`${aria}="${escapeHtml(unmask(value))}"`);
    }
    if (element.frame && (tag === 'iframe' || tag === 'frame')) {
      const childChain = [...chain, element.frame.frameId ?? `frame${expectations.length}`];
      attributes.push(`src="${writeFrame(element.frame, childChain)}"`);
    }
    const open = `<${tag}${attributes.length > 0 ? ` ${attributes.join(' ')}` : ''}>`;
    if (VOID.has(tag)) return open;
    const children = (element.children ?? []).map((child) => renderElement(child, chain)).join('');
    return `${open}${children}</${tag}>`;
  };

  writeFrame(outline.top, []);
  return { files, expect: expectations };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function safeFile(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40) || 'frame';
}

function main(args: string[]): void {
  const [file, given] = args;
  if (!file) {
    console.error('Usage: npm run fixture:from-outline -- OUTLINE.json [name]');
    process.exit(2);
  }
  const name = safeFile(given ?? basename(file).replace(/\.json$/i, ''));
  const outline = parseOutline(readFileSync(file, 'utf8'));
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = join(root, 'tests/fixtures/alma/outlines', name);
  const fixture = outlineToFixture(outline, name);
  mkdirSync(outDir, { recursive: true });
  for (const [path, content] of fixture.files) writeFileSync(join(outDir, path), content);
  writeFileSync(join(outDir, 'expect.json'), `${JSON.stringify(fixture.expect, null, 2)}\n`);
  // The outline itself, as sent: the skeleton can be rebuilt from it when this script changes.
  writeFileSync(join(outDir, 'outline.json'), `${JSON.stringify(outline, null, 1)}\n`);
  console.log(`Wrote ${fixture.files.size} frame file(s), expect.json and outline.json to ${outDir}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`fixture:from-outline: ${(error as Error).message}`);
    process.exit(1);
  }
}
