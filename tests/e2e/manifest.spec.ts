import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RELEASE_BUILD_DIR, TEST_BUILD_DIR } from './support/extension-browser';

/** The shipped permissions are a promise to catalogers' IT departments: check the built manifests. */
interface ContentScript {
  matches: string[];
  all_frames?: boolean;
  js?: string[];
}
interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: ContentScript[];
  web_accessible_resources?: Array<{ resources: string[]; matches: string[] }>;
}

const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const ALMA_PATTERN = /^https:\/\/\*\.alma\.exlibrisgroup\.com(\.cn)?\/\*$/;

test('release manifest: Alma hosts only, every frame, storage permission only', () => {
  const manifest = readManifest(RELEASE_BUILD_DIR);
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions).toEqual(['storage']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts).toHaveLength(1);
  const [script] = manifest.content_scripts!;
  expect(script!.all_frames).toBe(true);
  expect(script!.matches.length).toBeGreaterThan(0);
  for (const pattern of script!.matches) expect(pattern).toMatch(ALMA_PATTERN);
  // Nothing of the extension can be fetched by web pages (panel styles are inlined: content/dom/companion-css.ts).
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});

test('test manifest: the same Alma hosts plus the local fixture server, nothing else', () => {
  const release = readManifest(RELEASE_BUILD_DIR).content_scripts![0]!.matches;
  const testBuild = readManifest(TEST_BUILD_DIR);
  const local = ['http://localhost/*', 'http://127.0.0.1/*'];
  expect(testBuild.permissions).toEqual(['storage']);
  expect(testBuild.content_scripts![0]!.matches.sort()).toEqual([...release, ...local].sort());
  expect(testBuild.web_accessible_resources ?? []).toEqual([]);
});
