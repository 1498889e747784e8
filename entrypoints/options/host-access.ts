import { browser } from 'wxt/browser';
import { errorText } from '../../lib/error-text';
import { t } from '../../components/i18n';

/**
 * Running on Alma host names beyond *.alma.exlibrisgroup.com (institutions' custom domains).
 *
 * The manifest asks for `storage` only. Other hosts need two things the user grants at run time, in one
 * prompt from a click on the options page: the host itself (`optional_host_permissions: https://*\/*`) and
 * `scripting` (`optional_permissions`), which lets the extension register its content script for that
 * host with `scripting.registerContentScripts`. A static manifest cannot name hosts it does not know yet,
 * and host permission alone injects nothing. The registration persists across browser sessions.
 * The panels' styles travel inside the content script (content/dom/companion-css.ts), so an extra host needs
 * nothing web-accessible: the panels look the same there as on the Alma hosts.
 */
export const EXTRA_HOSTS_SCRIPT_ID = 'alma-companion-extra-hosts';
/** The bundled content script (entrypoints/alma.content), as WXT writes it. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/alma.js';

export function originPattern(host: string): string {
  return `https://${host}/*`;
}

interface RegisteredScript {
  id: string;
  matches?: string[];
}

/** The part of the extension API this module uses (the real `browser`, or a stand-in in tests). */
export interface HostAccessApi {
  permissions: {
    request(permissions: { origins?: string[]; permissions?: string[] }): Promise<boolean>;
    remove(permissions: { origins?: string[]; permissions?: string[] }): Promise<boolean>;
    contains(permissions: { origins?: string[]; permissions?: string[] }): Promise<boolean>;
  };
  /** Absent until `scripting` is granted. */
  scripting?: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: Array<Record<string, unknown>>): Promise<void>;
    updateContentScripts(scripts: Array<Record<string, unknown>>): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
}

const defaultApi = (): HostAccessApi => browser as unknown as HostAccessApi;

/** Registers the content script for exactly these hosts (none: removes the registration). */
export async function syncContentScripts(hosts: readonly string[], api: HostAccessApi = defaultApi()): Promise<void> {
  const scripting = api.scripting;
  if (!scripting) {
    if (hosts.length === 0) return; // nothing registered without the permission, nothing to remove
    throw new Error(t('hostAccess_noScripting'));
  }
  const existing = await scripting.getRegisteredContentScripts({ ids: [EXTRA_HOSTS_SCRIPT_ID] });
  const matches = hosts.map(originPattern);
  if (hosts.length === 0) {
    if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [EXTRA_HOSTS_SCRIPT_ID] });
    return;
  }
  if (existing.length > 0) {
    await scripting.updateContentScripts([{ id: EXTRA_HOSTS_SCRIPT_ID, matches }]);
  } else {
    await scripting.registerContentScripts([
      // Same as the manifest's content script: every frame (the Metadata Editor is three documents deep).
      {
        id: EXTRA_HOSTS_SCRIPT_ID,
        matches,
        js: [CONTENT_SCRIPT_FILE],
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
}

/**
 * Asks for access to `host` (must run inside the click that asked for it: browsers only show the prompt
 * for a user gesture), then registers the content script for it next to `currentHosts`.
 * Resolves with an error sentence, or null when the companion now runs there.
 */
export async function grantHost(
  host: string,
  currentHosts: readonly string[],
  api: HostAccessApi = defaultApi(),
): Promise<string | null> {
  let granted: boolean;
  try {
    granted = await api.permissions.request({ origins: [originPattern(host)], permissions: ['scripting'] });
  } catch (error) {
    return t('hostAccess_refused', host, errorText(error));
  }
  if (!granted) return t('hostAccess_notGranted', host);
  try {
    await syncContentScripts([...new Set([...currentHosts, host])], api);
  } catch (error) {
    return t('hostAccess_notRegistered', host, errorText(error));
  }
  return null;
}

/** Stops running on `host` and gives its permission back; `scripting` too when no other host needs it. */
export async function revokeHost(
  host: string,
  remainingHosts: readonly string[],
  api: HostAccessApi = defaultApi(),
): Promise<string | null> {
  try {
    await syncContentScripts(remainingHosts, api);
    await api.permissions.remove({
      origins: [originPattern(host)],
      ...(remainingHosts.length === 0 ? { permissions: ['scripting'] } : {}),
    });
  } catch (error) {
    return t('hostAccess_notRemoved', host, errorText(error));
  }
  return null;
}

/** Which of the hosts the browser still lets the companion run on (users can withdraw access in the browser). */
export async function grantedHosts(
  hosts: readonly string[],
  api: HostAccessApi = defaultApi(),
): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    hosts.map(
      async (host) =>
        [host, await api.permissions.contains({ origins: [originPattern(host)] }).catch(() => false)] as const,
    ),
  );
  return Object.fromEntries(entries);
}
