// Bundles the command-line linter (cli/main.ts and the lib/ it uses) into dist/cli.mjs for Node.
// bin/alma-companion.mjs imports the bundle. Run by `npm run build:cli` (part of `npm run build`).
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the CLI bundle; `outfile` is relative to the repository root (tests build to a temp folder; pack:cli without a map). */
export async function buildCli(outfile = 'dist/cli.mjs', { sourcemap = true } = {}) {
  await build({
    absWorkingDir: root,
    entryPoints: ['cli/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: sourcemap ? 'linked' : false,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
