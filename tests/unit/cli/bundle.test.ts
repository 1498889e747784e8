// @vitest-environment node
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain .mjs build script without type declarations
import { buildCli } from '../../../scripts/build-cli.mjs';
import { fixture, ISO2709_FIXTURES, runCli, tempFile } from './cli-harness';

/** A copy of the package layout (bin/ launcher + dist/ bundle) in a temp folder, so the test never touches dist/. */
let launcher: string;

function runBundle(args: string[]) {
  return spawnSync(process.execPath, [launcher, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'alma-companion-bundle-'));
  mkdirSync(join(dir, 'bin'));
  launcher = join(dir, 'bin/alma-companion.mjs');
  copyFileSync('bin/alma-companion.mjs', launcher);
  await (buildCli as (outfile: string) => Promise<void>)(join(dir, 'dist/cli.mjs'));
}, 60_000);

describe('bundled CLI (bin/alma-companion.mjs + dist/cli.mjs as built by npm run build:cli)', () => {
  it('prints the same findings and exit status as main() in-process', async () => {
    const path = fixture('marc4j-pride-and-prejudice-with-many-errors.mrc');
    const inProcess = await runCli(['lint', '--format', 'jsonl', path]);
    const child = runBundle(['lint', '--format', 'jsonl', path]);
    expect(child.stderr).toBe('');
    expect(child.status).toBe(inProcess.status);
    expect(child.stdout).toBe(inProcess.stdout);
  }, 60_000);

  it('with --jobs 2 prints exactly what one thread prints (worker threads on a file over 512 KiB)', () => {
    const parts = ISO2709_FIXTURES.map((path) => readFileSync(path));
    const big = tempFile('all-fixtures-twice.mrc', Buffer.concat([...parts, ...parts]));
    const sequential = runBundle(['lint', '--format', 'jsonl', big]);
    const parallel = runBundle(['lint', '--format', 'jsonl', '--jobs', '2', big]);
    expect(parallel.stderr).toBe('');
    expect(parallel.status).toBe(sequential.status);
    expect(parallel.stdout).toBe(sequential.stdout);
    expect(parallel.stdout.split('\n').length).toBeGreaterThan(5000);
  }, 120_000);

  it('sets the process exit status to 2 for a missing file, with the reason on stderr', () => {
    const child = runBundle(['lint', 'missing-file.mrc']);
    expect(child.status).toBe(2);
    expect(child.stderr).toContain('missing-file.mrc: no such file');
  }, 30_000);

  it('stops quietly when the reader of its output goes away (| head)', async () => {
    const path = fixture('marc4j-pride-and-prejudice-fixed.mrc');
    const child = spawn(process.execPath, [launcher, 'lint', '--format', 'jsonl', path]);
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    const firstLine = await new Promise<string>((resolve) => {
      let buffered = '';
      child.stdout.on('data', (data: Buffer) => {
        buffered += data.toString();
        const newline = buffered.indexOf('\n');
        if (newline >= 0) {
          child.stdout.destroy();
          resolve(buffered.slice(0, newline));
        }
      });
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(JSON.parse(firstLine)).toHaveProperty('ruleId');
    expect(stderr).toBe('');
    expect(status === 0 || status === 1).toBe(true);
  }, 30_000);
});
