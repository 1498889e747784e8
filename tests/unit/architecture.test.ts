import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The tree shows what runs where (docs/architecture.md): lib/ is the engine shared by every runtime and the CLI,
 * content/ runs in Alma's frames, background/ in the service worker, pages/ in the extension's own pages,
 * extension/ wraps the browser APIs those share, cli/ is the command line. These tests keep it that way.
 * (That lib/ uses no DOM global or type is checked by the compiler: `tsc -p tsconfig.engine.json`.)
 */
const root = join(import.meta.dirname, '../..');
const RUNTIME_FOLDERS = ['content', 'background', 'pages', 'extension', 'cli', 'components', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Code without comments, so a comment that names a selector or `document` does not count. */
function codeOf(file: string): string {
  return readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function importsOf(file: string): string[] {
  return [...codeOf(file).matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1] as string);
}

describe('the engine (lib/) is shared by every runtime', () => {
  const files = sourceFiles('lib');

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('imports nothing from a runtime folder', () => {
    const offending = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => relative(root, join(root, file, '..', spec)))
        .filter((target) => RUNTIME_FOLDERS.some((folder) => target === folder || target.startsWith(`${folder}/`)))
        .map((target) => `${file} → ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('uses no extension API, WXT module or Preact', () => {
    const offending = files.filter((file) => {
      const code = codeOf(file);
      return (
        /\bbrowser\.\w/.test(code) ||
        /\bchrome\.\w/.test(code) ||
        importsOf(file).some((spec) => /^(wxt|webextension-polyfill|preact)(\/|$)/.test(spec))
      );
    });
    expect(offending).toEqual([]);
  });
});

describe('Alma selectors', () => {
  /** Strings that only make sense as parts of Alma's DOM. */
  const ALMA_DOM_TOKENS = [
    'FieldTagBox',
    'FieldIndicatorBox',
    'MarcEditorPresenter',
    'yards_iframe',
    'yardsNgWrapper',
    'editorTable',
    'PAGE_BUTTONS_',
    'pageBean',
    'recordContainerlist',
    'SELENIUM_ID_',
    'body_id_xml_file',
    'iframePopupIframe',
    'MenuItem_menu_records',
  ];
  const allowed = (file: string) => file.startsWith('content/alma/');

  it('appear only in the Alma-reading module (content/alma)', () => {
    const offending = ['lib', ...RUNTIME_FOLDERS].flatMap((dir) =>
      sourceFiles(dir)
        .filter((file) => !allowed(file))
        .flatMap((file) => {
          const code = codeOf(file);
          return ALMA_DOM_TOKENS.filter((token) => code.includes(token)).map((token) => `${file}: ${token}`);
        }),
    );
    expect(offending).toEqual([]);
  });
});

describe('one declaration of each shared shape', () => {
  const code = ['lib', ...RUNTIME_FOLDERS]
    .flatMap((dir) => sourceFiles(dir))
    .map((file) => ({ file, code: codeOf(file) }));
  const declaring = (pattern: RegExp) => code.filter((entry) => pattern.test(entry.code)).map((entry) => entry.file);

  it('the severity list is declared only in lib/rules/types.ts', () => {
    expect(declaring(/\[\s*['"]error['"]\s*,\s*['"]warning['"]\s*,\s*['"]info['"]\s*\]/)).toEqual([
      'lib/rules/types.ts',
    ]);
  });

  it("the pane type ('single' | 'left' | 'right') is declared only in lib/page-model.ts", () => {
    expect(declaring(/['"]left['"]\s*\|\s*['"]right['"]|['"]right['"]\s*\|\s*['"]left['"]/)).toEqual([
      'lib/page-model.ts',
    ]);
  });

  it('screen-reader-only text uses the one visually-hidden class', () => {
    const stylesheets = ['components', 'pages', 'entrypoints'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.css'))
        .map((name) => join(dir, name)),
    );
    const hiding = stylesheets.filter((file) => /clip:\s*rect\(0/.test(readFileSync(join(root, file), 'utf8')));
    expect(hiding).toEqual(['components/visually-hidden.css']);
  });
});
