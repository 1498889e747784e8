import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const TEST_BUILD_DIR = resolve('.output-test/chrome-mv3-test');
export const RELEASE_BUILD_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Blocks every host but the local fixture server, so no test can reach the network. */
const OFFLINE_RULES = 'MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
}

export interface LaunchOptions {
  /** Extra host-resolver mappings placed before the offline rules, e.g. `MAP test.alma.exlibrisgroup.com 127.0.0.1`. */
  hostMappings?: string[];
  /** For the self-signed certificate of the HTTPS fixture server. */
  ignoreCertificateErrors?: boolean;
  headless?: boolean;
  /** Profile directory to reuse across launches (a browser restart); default: a fresh temporary one. */
  userDataDir?: string;
  /** More Chromium switches, e.g. `--lang=de` for the German interface. */
  args?: string[];
}

/**
 * Launches Debian's Chromium with one unpacked extension. Chromium (not Chrome) still honours
 * --load-extension, and its new headless mode runs extensions.
 */
export async function launchWithExtension(
  extensionDir: string,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build in ${extensionDir}: run \`npm run build\` and \`npm run build:test\` first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\`.`);
  }
  const hostRules = [...(options.hostMappings ?? []), OFFLINE_RULES].join(', ');
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    headless: options.headless ?? true,
    executablePath: CHROMIUM,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-quic',
      '--disable-sync',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      `--host-resolver-rules=${hostRules}`,
      ...(options.ignoreCertificateErrors ? ['--ignore-certificate-errors'] : []),
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId };
}
