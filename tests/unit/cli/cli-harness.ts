/**
 * Runs the CLI's `main` in-process with captured output, and writes small input files to a temp folder.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { main } from '../../../cli/main';
import type { CliIo } from '../../../cli/cli-io';
import type { MarcRecord } from '../../../lib/marc/types';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON lines (only meaningful with --format jsonl). */
  lines: Array<Record<string, unknown>>;
}

export async function runCli(args: string[], io: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    stderrIsTTY: false,
    ...io,
  });
  const lines = args.includes('jsonl')
    ? stdout
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as Record<string, unknown>)
    : [];
  return { status, stdout, stderr, lines };
}

let tempDir: string | undefined;

/** Writes `content` to a fresh temp folder (shared by the test file) and returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  tempDir ??= mkdtempSync(join(tmpdir(), 'alma-companion-cli-'));
  const path = join(tempDir, name);
  writeFileSync(path, content);
  return path;
}

// Paths relative to the repository root (vitest's working directory), as a user would type them.
const FIXTURE_DIR = relative(process.cwd(), join(import.meta.dirname, '../../fixtures/marc'));
const fixtureNames = readdirSync(FIXTURE_DIR).sort();

export const fixture = (name: string): string => join(FIXTURE_DIR, name);
export const ISO2709_FIXTURES = fixtureNames.filter((name) => /\.(mrc|marc|usmarc)$/.test(name)).map(fixture);
export const MARCXML_FIXTURES = fixtureNames.filter((name) => name.endsWith('.xml')).map(fixture);

/** A complete, well-formed bibliographic record (RDA, UTF-8) that should pass every rule. */
export function cleanBibRecord(id = 'acc0000001'): MarcRecord {
  return {
    leader: '00000nam a2200000 i 4500',
    fields: [
      { tag: '001', value: id },
      { tag: '003', value: 'OCoLC' },
      { tag: '005', value: '20240115093000.0' },
      { tag: '008', value: '240115s2024    nyua   e      000 0 eng d' },
      {
        tag: '020',
        ind1: ' ',
        ind2: ' ',
        subfields: [
          { code: 'a', value: '9780306406157' },
          { code: 'q', value: 'hardcover' },
        ],
      },
      {
        tag: '040',
        ind1: ' ',
        ind2: ' ',
        subfields: [
          { code: 'a', value: 'DLC' },
          { code: 'b', value: 'eng' },
          { code: 'e', value: 'rda' },
          { code: 'c', value: 'DLC' },
        ],
      },
      {
        tag: '100',
        ind1: '1',
        ind2: ' ',
        subfields: [
          { code: 'a', value: 'Doe, Jane,' },
          { code: 'e', value: 'author.' },
        ],
      },
      {
        tag: '245',
        ind1: '1',
        ind2: '0',
        subfields: [
          { code: 'a', value: 'Cataloging for beginners /' },
          { code: 'c', value: 'Jane Doe.' },
        ],
      },
      {
        tag: '264',
        ind1: ' ',
        ind2: '1',
        subfields: [
          { code: 'a', value: 'New York :' },
          { code: 'b', value: 'Example Press,' },
          { code: 'c', value: '2024.' },
        ],
      },
      {
        tag: '300',
        ind1: ' ',
        ind2: ' ',
        subfields: [
          { code: 'a', value: '120 pages :' },
          { code: 'b', value: 'illustrations ;' },
          { code: 'c', value: '24 cm' },
        ],
      },
      {
        tag: '336',
        ind1: ' ',
        ind2: ' ',
        subfields: [
          { code: 'a', value: 'text' },
          { code: 'b', value: 'txt' },
          { code: '2', value: 'rdacontent' },
        ],
      },
      {
        tag: '337',
        ind1: ' ',
        ind2: ' ',
        subfields: [
          { code: 'a', value: 'unmediated' },
          { code: 'b', value: 'n' },
          { code: '2', value: 'rdamedia' },
        ],
      },
      {
        tag: '338',
        ind1: ' ',
        ind2: ' ',
        subfields: [
          { code: 'a', value: 'volume' },
          { code: 'b', value: 'nc' },
          { code: '2', value: 'rdacarrier' },
        ],
      },
      { tag: '650', ind1: ' ', ind2: '0', subfields: [{ code: 'a', value: 'Cataloging.' }] },
    ],
  };
}

/** A holdings record (leader/06 = x) for the bib above. */
export function holdingsRecord(id = 'acch000001'): MarcRecord {
  return {
    leader: '00000nx  a2200000zn 4500',
    fields: [
      { tag: '001', value: id },
      { tag: '004', value: 'acc0000001' },
      { tag: '008', value: '2401150u    8   4001aueng0000000' },
      {
        tag: '852',
        ind1: '0',
        ind2: ' ',
        subfields: [
          { code: 'b', value: 'MAIN' },
          { code: 'h', value: 'Z693' },
          { code: 'i', value: '.D64 2024' },
        ],
      },
    ],
  };
}
