import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const DOC = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');

/** Paths the page names: `folder/` in code spans, and file paths (with a slash and an extension) anywhere. */
const folders = [...new Set([...DOC.matchAll(/`([\w.-]+(?:\/[\w.-]+)*\/)`/g)].map((match) => match[1]!))];
const files = [
  ...new Set(
    [...DOC.matchAll(/(?<![\w/.-])((?:[\w.-]+\/)+[\w.-]+\.(?:ts|tsx|md|json))(?![\w/])/g)].map((match) => match[1]!),
  ),
];

describe('docs/architecture.md matches the tree', () => {
  it('names folders and files to check', () => {
    expect(folders.length).toBeGreaterThan(10);
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(folders)('folder %s exists', (folder) => {
    expect(existsSync(join(ROOT, folder)) && statSync(join(ROOT, folder)).isDirectory()).toBe(true);
  });

  it.each(files)('file %s exists', (file) => {
    expect(existsSync(join(ROOT, file))).toBe(true);
  });

  it('names every top-level runtime folder', () => {
    for (const folder of [
      'lib/',
      'content/',
      'background/',
      'pages/',
      'components/',
      'extension/',
      'entrypoints/',
      'cli/',
    ]) {
      expect(folders).toContain(folder);
    }
  });
});
