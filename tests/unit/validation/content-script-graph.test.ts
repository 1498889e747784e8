// @vitest-environment node
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The content script runs in every frame of every Alma tab, so it stays small: the rule engine, the rules and
 * the MARC 21 definitions run in the background (background/validation-handler.ts). This walks the content
 * script's import graph (esbuild, no output written) and fails when one of them is pulled back in.
 */
const root = resolve(import.meta.dirname, '../../..');

async function contentScriptBuild() {
  return build({
    absWorkingDir: root,
    entryPoints: ['entrypoints/alma.content/index.tsx'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
    outfile: 'content-script.js',
  });
}

async function contentScriptInputs(): Promise<string[]> {
  return Object.keys((await contentScriptBuild()).metafile.inputs);
}

/** Modules with code in the bundle after tree-shaking (an import whose exports go unused ships nothing). */
async function contentScriptShipped(): Promise<string[]> {
  const outputs = Object.values((await contentScriptBuild()).metafile.outputs);
  return outputs.flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  );
}

describe('content script import graph', () => {
  it('does not bundle the rule engine, the rules or the MARC 21 definitions', async () => {
    const inputs = await contentScriptInputs();
    // Sanity: the graph was really walked (the live panel and the page reading are there).
    expect(inputs).toContain('content/live/live-panel.tsx');
    expect(inputs).toContain('content/validation/background-validator.ts');
    const engine = inputs.filter((path) =>
      /^lib\/(rules\/(engine|registry)\.ts|rules\/(structure|definitions|fields|oclc|holdings|items)\/|marc21\/(generated\/|definitions\.ts|codelists\.ts))/.test(
        path,
      ),
    );
    expect(engine).toEqual([]);
  }, 30_000);

  it('does not ship the pattern engine (re2js): reading settings checks their shape only', async () => {
    const shipped = await contentScriptShipped();
    expect(shipped).toContain('content/live/live-panel.tsx');
    expect(shipped.filter((path) => path.includes('node_modules/re2js/'))).toEqual([]);
  }, 30_000);

  it("ships the item rules' German titles only, not every rule's words (lib/rules/messages/rule-words-de.ts)", async () => {
    const shipped = await contentScriptShipped();
    expect(shipped).toContain('lib/rules/messages/rule-words-de-items.ts');
    expect(shipped).not.toContain('lib/rules/messages/rule-words-de.ts');
  }, 30_000);

  it('ships no message catalog: the background words the findings in the page language (lib/validation/localize.ts)', async () => {
    const shipped = await contentScriptShipped();
    expect(shipped).toContain('lib/rules/messages/language.ts');
    const catalogs = shipped.filter((path) =>
      /^lib\/rules\/messages\/(index|en|de|en-codes|de-codes|en-text|de-text|field-names-de|fix-words)\.ts$/.test(path),
    );
    expect(catalogs).toEqual([]);
  }, 30_000);
});
