import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SCRIPT_FILE,
  EXTRA_HOSTS_SCRIPT_ID,
  grantedHosts,
  grantHost,
  revokeHost,
  syncContentScripts,
  type HostAccessApi,
} from '../../../../entrypoints/options/host-access';

/** A browser that answers permission prompts with `answer` and keeps registered scripts in memory. */
function fakeApi(answer = true) {
  const granted = new Set<string>();
  const scripts = new Map<string, Record<string, unknown>>();
  let scriptingGranted = false;
  const scripting: NonNullable<HostAccessApi['scripting']> = {
    getRegisteredContentScripts: async (filter) =>
      [...scripts.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id as string)) as Array<{
        id: string;
        matches?: string[];
      }>,
    registerContentScripts: async (list) => {
      for (const script of list) {
        if (scripts.has(script.id as string)) throw new Error(`Duplicate script ID '${String(script.id)}'`);
        scripts.set(script.id as string, script);
      }
    },
    updateContentScripts: async (list) => {
      for (const script of list) scripts.set(script.id as string, { ...scripts.get(script.id as string), ...script });
    },
    unregisterContentScripts: async (filter) => {
      for (const id of filter?.ids ?? []) scripts.delete(id);
    },
  };
  const api: HostAccessApi = {
    permissions: {
      request: vi.fn(async ({ origins = [], permissions = [] }) => {
        if (!answer) return false;
        for (const origin of origins as string[]) granted.add(origin);
        if (permissions.includes('scripting')) scriptingGranted = true;
        return true;
      }),
      remove: vi.fn(async ({ origins = [], permissions = [] }) => {
        for (const origin of origins as string[]) granted.delete(origin);
        if (permissions.includes('scripting')) scriptingGranted = false;
        return true;
      }),
      contains: async ({ origins = [] }) => origins.every((origin) => granted.has(origin)),
    },
    get scripting() {
      return scriptingGranted ? scripting : undefined;
    },
  };
  return { api, granted, scripts };
}

describe('extra Alma hosts', () => {
  it('asks for the host and scripting in one prompt, then registers the content script for it in every frame', async () => {
    const { api, scripts } = fakeApi();
    expect(await grantHost('alma.library.example.edu', [], api)).toBeNull();
    expect(api.permissions.request).toHaveBeenCalledWith({
      origins: ['https://alma.library.example.edu/*'],
      permissions: ['scripting'],
    });
    expect(scripts.get(EXTRA_HOSTS_SCRIPT_ID)).toMatchObject({
      matches: ['https://alma.library.example.edu/*'],
      js: [CONTENT_SCRIPT_FILE],
      allFrames: true,
      persistAcrossSessions: true,
    });
  });

  it('keeps one registration and updates its hosts as hosts are added and removed', async () => {
    const { api, scripts, granted } = fakeApi();
    await grantHost('a.example.edu', [], api);
    await grantHost('*.b.example.edu', ['a.example.edu'], api);
    expect(scripts.get(EXTRA_HOSTS_SCRIPT_ID)?.matches).toEqual([
      'https://a.example.edu/*',
      'https://*.b.example.edu/*',
    ]);
    expect(await revokeHost('a.example.edu', ['*.b.example.edu'], api)).toBeNull();
    expect(scripts.get(EXTRA_HOSTS_SCRIPT_ID)?.matches).toEqual(['https://*.b.example.edu/*']);
    expect(granted.has('https://a.example.edu/*')).toBe(false);
    expect(await revokeHost('*.b.example.edu', [], api)).toBeNull();
    expect(scripts.size).toBe(0);
    expect(api.permissions.remove).toHaveBeenLastCalledWith({
      origins: ['https://*.b.example.edu/*'],
      permissions: ['scripting'],
    });
  });

  it('says so when the user declines, and registers nothing', async () => {
    const { api, scripts } = fakeApi(false);
    expect(await grantHost('alma.example.edu', [], api)).toMatch(/was not granted/);
    expect(scripts.size).toBe(0);
  });

  it('reports which hosts still have access', async () => {
    const { api } = fakeApi();
    await grantHost('a.example.edu', [], api);
    expect(await grantedHosts(['a.example.edu', 'c.example.edu'], api)).toEqual({
      'a.example.edu': true,
      'c.example.edu': false,
    });
  });

  it('cannot register without the scripting permission and says why', async () => {
    const { api } = fakeApi();
    await expect(syncContentScripts(['a.example.edu'], api)).rejects.toThrow(/"scripting" permission/);
    await expect(syncContentScripts([], api)).resolves.toBeUndefined();
  });
});
