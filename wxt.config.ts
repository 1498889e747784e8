import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { DEFAULT_SHORTCUT_KEYS, SHORTCUT_ACTIONS } from './content/live/shortcuts';

/**
 * The release build matches Alma hosts only. The test build (WXT_TEST_BUILD=1, `npm run build:test`)
 * also matches the local fixture server, so e2e tests can drive the extension on http://localhost.
 */
const testBuild = process.env.WXT_TEST_BUILD === '1';

export const ALMA_MATCHES = ['https://*.alma.exlibrisgroup.com/*', 'https://*.alma.exlibrisgroup.com.cn/*'];
export const TEST_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

/** One source for the project page: package.json's `homepage` (the manifest's homepage_url). */
const HOMEPAGE = (JSON.parse(readFileSync('package.json', 'utf8')) as { homepage: string }).homepage;

/** The permanent Firefox add-on id: never change it once published (it is how Firefox knows updates and policies). */
export const FIREFOX_ADDON_ID = 'alma-cataloger-companion@alma-cataloger-companion.github.io';

/**
 * The oldest Chrome with every API the extension uses: storage.session (102) is the newest of them
 * (scripting.registerContentScripts with persistAcrossSessions 96, optional_host_permissions 102).
 */
const MINIMUM_CHROME_VERSION = '102';
/** Firefox: MV3 with optional_host_permissions (128) and data_collection_permissions (140 desktop, 142 Android). */
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/**
 * The TEST build's public key (manifest `key`), so its extension id is the same in every checkout
 * (jckklakafkebojcinaongndgfaoipaih) and the managed-policy e2e test can address it by id. Only the public
 * key is in the repository; the private key was thrown away (nothing is signed with it, and an unpacked
 * extension needs none). The release build has no key: the stores assign its id.
 */
const TEST_BUILD_KEY = testBuild ? readFileSync('tests/e2e/support/test-build-key.pub', 'utf8').trim() : undefined;

/** The panel's shortcuts as browser commands, rebindable by each cataloger (content/live/shortcuts.ts). */
const COMMAND_DESCRIPTIONS = {
  'toggle-panel': '__MSG_command_togglePanel__',
  'next-finding': '__MSG_command_nextFinding__',
  'previous-finding': '__MSG_command_previousFinding__',
} as const;
const COMMANDS = Object.fromEntries(
  SHORTCUT_ACTIONS.map((action) => [
    action,
    { suggested_key: DEFAULT_SHORTCUT_KEYS[action], description: COMMAND_DESCRIPTIONS[action] },
  ]),
);

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  imports: false,
  // The test build goes to its own folder so it can never be mistaken for the release build.
  outDir: testBuild ? '.output-test' : '.output',
  // Firefox ships as MV3 like Chrome: optional_host_permissions (custom Alma hosts) exists only there.
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  // `npm run zip`: the Chrome/Edge zip, the Firefox zip, and (with Firefox) the sources zip Mozilla's review
  // rebuilds from (`npm ci && npm run build:firefox`), without build output, test output or local files.
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: [
      '.output/**',
      '.output-test/**',
      'dist/**',
      'demo-output/**',
      'bench-output/**',
      'test-results/**',
      'playwright-report/**',
      '.wxt/**',
      '**/*.log',
    ],
  },
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // Only the test build may match the fixture server; the release manifest stays Alma-only.
    'build:manifestGenerated': (_wxt, manifest) => {
      // The toolbar button's icon (WXT's manifest type leaves `action` to the popup entrypoint).
      manifest.action = { ...manifest.action, default_icon: ICONS };
      if (!testBuild) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...TEST_MATCHES];
      }
    },
  },
  manifest: ({ browser }) => ({
    // Name and description in the browser's language (public/_locales, the I18N message files).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    homepage_url: HOMEPAGE,
    icons: ICONS,
    commands: COMMANDS,
    permissions: ['storage'],
    // What an institution may set by browser policy (docs/deploying.md); generated from the settings schema
    // by scripts/gen-managed-schema.ts into public/. Firefox reads policies without a schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    // Other Alma host names (custom domains) are granted at run time from the options page.
    optional_host_permissions: ['https://*/*'],
    // With such a host, the options page registers the content script there (scripting.registerContentScripts);
    // requested in the same prompt as the host (entrypoints/options/host-access.ts).
    optional_permissions: ['scripting'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ADDON_ID,
              strict_min_version: FIREFOX_MIN_VERSION,
              // Nothing leaves the browser (PRIVACY.md): Firefox shows this in the install prompt.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
          },
        }
      : { minimum_chrome_version: MINIMUM_CHROME_VERSION }),
    ...(testBuild ? { name: '__MSG_extNameTestBuild__', key: TEST_BUILD_KEY } : {}),
  }),
});
