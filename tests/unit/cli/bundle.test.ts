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
});

describe('bundled CLI (bin/alma-companion.mjs + dist/cli.mjs as built by npm run build:cli)', () => {
  it('prints the same findings and exit status as main() in-process', async () => {
    const path = fixture('marc4j-pride-and-prejudice-with-many-errors.mrc');
    const inProcess = await runCli(['lint', '--format', 'jsonl', path]);
    const child = runBundle(['lint', '--format', 'jsonl', path]);
    expect(child.stderr).toBe('');
    expect(child.status).toBe(inProcess.status);
    expect(child.stdout).toBe(inProcess.stdout);
  });

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

  it('piped into `head -1`, every output (text, jsonl, csv, fix changes) ends with status 0 and no stack trace', () => {
    // Several times the pipe's buffer of output, so the CLI is still writing when head exits.
    const bytes = readFileSync(fixture('marc4j-pride-and-prejudice-with-many-errors.mrc'));
    const big = tempFile('pipe-input.mrc', Buffer.concat(Array.from({ length: 6 }, () => bytes)));
    const runs: Array<[string, string[]]> = [
      ['text', ['lint', big]],
      ['jsonl', ['lint', '--format', 'jsonl', big]],
      ['csv', ['lint', '--format', 'csv', big]],
      ['fix', ['fix', big, '-o', tempFile('pipe-fixed.mrc', '')]],
    ];
    for (const [name, args] of runs) {
      const status = tempFile(`pipe-${name}.status`, '');
      const errors = tempFile(`pipe-${name}.stderr`, '');
      const quoted = [process.execPath, launcher, ...args].map((arg) => `'${arg}'`).join(' ');
      // The CLI's own exit status is saved from inside the pipeline (sh has no pipefail).
      const shell = spawnSync('sh', ['-c', `{ ${quoted} 2>'${errors}'; echo $? >'${status}'; } | head -1`], {
        encoding: 'utf8',
      });
      expect(shell.stdout.split('\n').filter(Boolean), name).toHaveLength(1);
      expect(readFileSync(status, 'utf8').trim(), name).toBe('0');
      const stderr = readFileSync(errors, 'utf8');
      expect(stderr, name).not.toMatch(/EPIPE|Error|at .*\.m?js/);
      if (name !== 'fix') expect(stderr, name).toBe('');
    }
  });
});
