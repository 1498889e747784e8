import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
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
  version?: string;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  homepage_url?: string;
  minimum_chrome_version?: string;
  optional_host_permissions?: string[];
  storage?: { managed_schema?: string };
  commands?: Record<string, { suggested_key?: Record<string, string>; description?: string }>;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required: string[] } };
  };
}

const FIREFOX_BUILD_DIR = join(RELEASE_BUILD_DIR, '..', 'firefox-mv3');
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; homepage: string };

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

test('release manifest: store fields (version, icons, homepage, managed schema, commands, minimum Chrome)', () => {
  const manifest = readManifest(RELEASE_BUILD_DIR);
  expect(manifest.version).toBe(packageJson.version);
  expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
  expect(manifest.action?.default_icon).toEqual(manifest.icons);
  for (const [size, file] of Object.entries(manifest.icons!)) {
    const png = readFileSync(join(RELEASE_BUILD_DIR, file));
    // PNG signature, then the IHDR width and height (big-endian) at bytes 16 and 20.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
  }
  expect(manifest.homepage_url).toBe(packageJson.homepage);
  expect(manifest.homepage_url).toMatch(/^https:\/\//);
  // What an institution may set by policy: the generated schema ships in the package (docs/deploying.md).
  expect(manifest.storage?.managed_schema).toBe('managed-schema.json');
  const schema = JSON.parse(readFileSync(join(RELEASE_BUILD_DIR, 'managed-schema.json'), 'utf8'));
  expect(schema.type).toBe('object');
  expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['profile', 'rules', 'customRules']));
  // The panel's shortcuts as rebindable commands, with defaults clear of Alma's keys, Alt+Shift and AltGr.
  expect(Object.keys(manifest.commands ?? {}).sort()).toEqual(['next-finding', 'previous-finding', 'toggle-panel']);
  for (const command of Object.values(manifest.commands!)) {
    expect(command.description).toMatch(/^__MSG_command_\w+__$/);
    for (const keys of Object.values(command.suggested_key ?? {})) {
      expect(keys).toMatch(/^(Ctrl|MacCtrl)\+Shift\+\w+$/);
      expect(keys).not.toMatch(/Alt|\+[SRMVI]$/);
    }
  }
  // storage.session (background/session-store.ts) came in Chrome 102, the newest API the extension uses.
  expect(manifest.minimum_chrome_version).toBe('102');
});

test('Firefox manifest: MV3, permanent add-on id, no data collected, custom hosts possible', () => {
  if (!existsSync(join(FIREFOX_BUILD_DIR, 'manifest.json')))
    throw new Error(`No Firefox build in ${FIREFOX_BUILD_DIR}: run \`npm run zip\` (npm test and .ci/run do).`);
  const manifest = readManifest(FIREFOX_BUILD_DIR);
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.version).toBe(packageJson.version);
  const gecko = manifest.browser_specific_settings?.gecko;
  expect(gecko?.id).toBe('alma-cataloger-companion@alma-cataloger-companion.github.io');
  expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  expect(manifest.permissions).toEqual(['storage']);
});
