import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * The release build matches Alma hosts only. The test build (WXT_TEST_BUILD=1, `npm run build:test`)
 * also matches the local fixture server, so e2e tests can drive the extension on http://localhost.
 */
const testBuild = process.env.WXT_TEST_BUILD === '1';

export const ALMA_MATCHES = ['https://*.alma.exlibrisgroup.com/*', 'https://*.alma.exlibrisgroup.com.cn/*'];
export const TEST_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  imports: false,
  // The test build goes to its own folder so it can never be mistaken for the release build.
  outDir: testBuild ? '.output-test' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // Only the test build may match the fixture server; the release manifest stays Alma-only.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!testBuild) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...TEST_MATCHES];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Alma Cataloger Companion',
    description: 'Live MARC 21 validation, procedure checklists and OCLC-holdings reminders inside Ex Libris Alma.',
    permissions: ['storage'],
    // Other Alma host names (custom domains) are granted at run time from the options page.
    optional_host_permissions: ['https://*/*'],
    // With such a host, the options page registers the content script there (scripting.registerContentScripts);
    // requested in the same prompt as the host (entrypoints/options/host-access.ts).
    optional_permissions: ['scripting'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'alma-cataloger-companion@example.org' } } }
      : {}),
    ...(testBuild ? { name: 'Alma Cataloger Companion (test build)' } : {}),
  }),
});
