// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain .mjs build script without type declarations
import { packCli } from '../../../scripts/pack-cli.mjs';
import { fixture } from './cli-harness';

/** Bytes of every file under `dir`. */
function treeSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? treeSize(path) : statSync(path).size;
  }
  return total;
}

let prefix: string;
let command: string;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'alma-companion-pack-'));
  const { path } = (await (packCli as (dest: string) => Promise<{ path: string }>)(work)) as { path: string };
  prefix = join(work, 'prefix');
  // --offline: the package has no dependencies, so installing it must never need the registry.
  execFileSync('npm', ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, path], {
    stdio: 'pipe',
    cwd: work,
  });
  command = join(prefix, 'bin', 'alma-companion');
}, 120_000);

describe('npm run pack:cli (the alma-companion-cli tarball, installed with npm into a temporary prefix)', () => {
  it('installs a working alma-companion command that prints its version', () => {
    expect(existsSync(command)).toBe(true);
    const run = spawnSync(command, ['--version'], { encoding: 'utf8', cwd: tmpdir() });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  }, 30_000);

  it('lints a fixture from there, with no dependency installed beside it', () => {
    const installed = join(prefix, 'lib', 'node_modules', 'alma-companion-cli');
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    const run = spawnSync(command, ['lint', '--format', 'jsonl', resolve(fixture('marclint-camel.usmarc'))], {
      encoding: 'utf8',
      cwd: tmpdir(),
    });
    expect(run.stderr).toBe('');
    const findings = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { ruleId: string });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => typeof finding.ruleId === 'string')).toBe(true);
  }, 30_000);

  it('stays under 5 MB installed', () => {
    expect(treeSize(join(prefix, 'lib', 'node_modules', 'alma-companion-cli'))).toBeLessThan(5_000_000);
  });
});
