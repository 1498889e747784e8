// @vitest-environment node
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './cli-harness';

describe('standard input', () => {
  it('reads "-" with the format sniffed, giving the same findings as the file', async () => {
    const path = fixture('marc4j-pride-and-prejudice-with-many-errors.mrc');
    const fromFile = await runCli(['lint', '--format', 'jsonl', path]);
    const fromStdin = await runCli(['lint', '--format', 'jsonl', '-'], { stdin: Readable.from([readFileSync(path)]) });
    expect(fromStdin.lines.map(({ file, ...rest }) => rest)).toEqual(fromFile.lines.map(({ file, ...rest }) => rest));
  });
});
