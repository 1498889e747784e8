// `npm run pack:cli`: an npm tarball of the command-line linter alone (package alma-companion-cli).
// The CLI is bundled into one file (esbuild inlines lib/ and saxes), so the package has no dependencies and
// no install scripts: `npm install -g ./alma-companion-cli-X.tgz` works offline with only Node 20.
// Usage: node scripts/pack-cli.mjs [DEST_DIR]   (default dist/); the tarball's path is the last line printed.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCli } from './build-cli.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The published package's manifest: only what running the command needs. */
function cliManifest(rootManifest) {
  return {
    name: 'alma-companion-cli',
    version: rootManifest.version,
    description: 'MARC 21 linter for ISO 2709, MARCXML and MarcEdit files: the rules of Alma Cataloger Companion.',
    license: rootManifest.license,
    homepage: rootManifest.homepage,
    type: 'module',
    bin: { 'alma-companion': 'bin/alma-companion.mjs' },
    files: ['bin/alma-companion.mjs', 'dist/cli.mjs', 'README.md'],
    engines: { node: '>=20' },
    keywords: ['marc', 'marc21', 'marcxml', 'linter', 'cataloging', 'alma'],
  };
}

/** Builds the bundle into a staging folder, packs it with npm and returns the tarball's absolute path. */
export async function packCli(destination = join(root, 'dist')) {
  const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const stage = mkdtempSync(join(tmpdir(), 'alma-companion-cli-pack-'));
  try {
    mkdirSync(join(stage, 'bin'));
    copyFileSync(join(root, 'bin/alma-companion.mjs'), join(stage, 'bin/alma-companion.mjs'));
    copyFileSync(join(root, 'cli/README.md'), join(stage, 'README.md'));
    // No source map in the package: it would double the size and point at sources the package does not ship.
    await buildCli(join(stage, 'dist/cli.mjs'), { sourcemap: false });
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(cliManifest(rootManifest), null, 2)}\n`);
    mkdirSync(destination, { recursive: true });
    const out = execFileSync(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--pack-destination', resolve(destination), stage],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const [info] = JSON.parse(out);
    return { path: join(resolve(destination), info.filename), size: info.size, unpackedSize: info.unpackedSize };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { path, size, unpackedSize } = await packCli(process.argv[2]);
  process.stdout.write(`alma-companion-cli: ${size} bytes packed, ${unpackedSize} bytes installed\n${path}\n`);
}
