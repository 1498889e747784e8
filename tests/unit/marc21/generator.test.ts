import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');

describe('npm run gen:marc21', () => {
  it('regenerates exactly the committed definitions and code lists from the vendored sources', () => {
    const out = mkdtempSync(join(tmpdir(), 'marc21-'));
    try {
      execFileSync(process.execPath, [join(root, 'scripts/gen-marc21.mjs')], {
        env: { ...process.env, MARC21_OUT_DIR: out },
        stdio: 'pipe',
      });
      for (const file of ['marc21.json', 'codelists.json']) {
        expect(readFileSync(join(out, file), 'utf8'), file).toBe(
          readFileSync(join(root, 'lib/marc21/generated', file), 'utf8'),
        );
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('keeps the generated definitions small (well under 100 KB gzipped)', () => {
    const text = readFileSync(join(root, 'lib/marc21/generated/marc21.json'));
    expect(gzipSync(text).length).toBeLessThan(30 * 1024);
  });
});
