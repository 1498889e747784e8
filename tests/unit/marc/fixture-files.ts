/** Loads the MARC fixtures in tests/fixtures/marc (see PROVENANCE.md there). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// import.meta.dirname, not new URL(): under happy-dom, URL is the DOM's, which node:url rejects.
export const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/marc/');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURE_DIR + name));
}

export function fixtureText(name: string): string {
  return readFileSync(FIXTURE_DIR + name, 'utf8');
}

/** Every ISO 2709 fixture (.mrc, .marc, .usmarc). */
export const ISO2709_FIXTURES: string[] = readdirSync(FIXTURE_DIR)
  .filter((name) => /\.(mrc|marc|usmarc)$/.test(name))
  .sort();

/** Every MARCXML fixture. */
export const MARCXML_FIXTURES: string[] = readdirSync(FIXTURE_DIR)
  .filter((name) => name.endsWith('.xml'))
  .sort();
