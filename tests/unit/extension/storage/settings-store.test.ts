import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createSettingsItem,
  loadSettings,
  readStoredSettings,
  resetSettings,
  saveImportedSettings,
  saveSettings,
  SETTINGS_STORAGE_KEY,
  updateSettings,
  watchSettings,
} from '../../../../extension/storage';
import {
  createDefaultSettings,
  exportSettings,
  importSettings,
  UC_BERKELEY_PROFILE,
  type Settings,
} from '../../../../lib/settings';

const v1File = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/settings/settings-v1.json'), 'utf8'));
const STORAGE_KEY = SETTINGS_STORAGE_KEY.replace(/^local:/, '');

/** What the fake browser really holds, bypassing the item: value and WXT's version metadata. */
async function rawStorage(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

function berkeleySettings(): Settings {
  const settings = createDefaultSettings(UC_BERKELEY_PROFILE);
  settings.rules.enabled['oclc/035-format'] = false;
  settings.ui.checklistRetentionDays = 60;
  return settings;
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('settings storage', () => {
  it('uses local:settings', () => {
    expect(SETTINGS_STORAGE_KEY).toBe('local:settings');
  });

  it('returns fresh defaults when nothing is stored, without writing anything', async () => {
    const item = createSettingsItem();
    expect(await loadSettings(item)).toEqual(createDefaultSettings());
    expect(await rawStorage()).toEqual({});
  });

  it('saves valid settings with version metadata and reads them back', async () => {
    const item = createSettingsItem();
    const settings = berkeleySettings();
    expect(await saveSettings(settings, item)).toEqual({ ok: true });
    expect(await loadSettings(item)).toEqual(settings);
    const raw = await rawStorage();
    expect(raw[STORAGE_KEY]).toEqual(settings);
    expect(raw[`${STORAGE_KEY}$`]).toEqual({ v: 2 });
  });

  it('never writes invalid settings', async () => {
    const item = createSettingsItem();
    await saveSettings(berkeleySettings(), item);
    const before = await rawStorage();
    const bad = { ...berkeleySettings(), allowLocalTags: 'yes' } as unknown as Settings;
    const result = await saveSettings(bad, item);
    expect(result).toEqual({ ok: false, errors: ['settings.allowLocalTags: expected true or false, got "yes"'] });
    expect(await rawStorage()).toEqual(before);
  });

  it('updateSettings changes one thing and keeps the rest', async () => {
    const item = createSettingsItem();
    await saveSettings(berkeleySettings(), item);
    await updateSettings((s) => ({ ...s, allowLocalTags: false }), item);
    const stored = await loadSettings(item);
    expect(stored.allowLocalTags).toBe(false);
    expect(stored.profile.oclcSymbol).toBe('CUY');
  });

  it('falls back to defaults for an unusable stored value, reports why and leaves it in place', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: { version: 2, junk: true }, [`${STORAGE_KEY}$`]: { v: 2 } });
    const item = createSettingsItem();
    const { settings, problems } = await readStoredSettings(item);
    expect(settings).toEqual(createDefaultSettings());
    expect(problems).toContain('stored settings.junk: unknown setting (this version does not use it; remove it)');
    expect((await rawStorage())[STORAGE_KEY]).toEqual({ version: 2, junk: true });
  });

  it('keeps stored settings whose custom rule the pattern engine refuses (the engine reports that rule alone)', async () => {
    // Saved by a release that matched with JavaScript's RegExp: a lookahead RE2 cannot run.
    const stored = berkeleySettings();
    stored.customRules.push({
      id: 'no-dup',
      title: 'No duplicate note',
      tag: '500',
      pattern: '^(?!Dup)',
      match: 'must-match',
      severity: 'warning',
      message: 'Check the note.',
      appliesTo: ['bib'],
    });
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: stored, [`${STORAGE_KEY}$`]: { v: 2 } });
    const { settings, problems } = await readStoredSettings(createSettingsItem());
    expect(problems).toEqual([]);
    expect(settings.profile).toEqual(stored.profile);
    expect(settings.customRules.map((rule) => rule.id)).toEqual(['no-dup']);
    // Saving it again is refused with the reason, so it can only be fixed, never silently stored anew.
    const saved = await saveSettings(settings, createSettingsItem());
    expect(saved.ok).toBe(false);
    expect(saved.ok ? '' : saved.errors.join('\n')).toMatch(/lookahead or lookbehind/);
  });

  it('resetSettings removes the stored value', async () => {
    const item = createSettingsItem();
    await saveSettings(berkeleySettings(), item);
    await resetSettings(item);
    expect(await loadSettings(item)).toEqual(createDefaultSettings());
  });
});

describe('storage migrations', () => {
  it('migrates a stored v1 value (no version metadata) to v2 when the item is defined', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: v1File.settings });
    const item = createSettingsItem();
    const settings = await loadSettings(item);
    expect(settings.version).toBe(2);
    expect(settings.rules.enabled).toEqual({ 'oclc/035-format': false, 'fields/local-tag': false });
    expect(settings.ui.panelShownByDefault).toBe(false);
    expect(settings.customRules.map((rule) => rule.id)).toEqual([
      '970-achtung-dublette',
      '997-don-t-touch',
      '6xx-subject-headings-end-with-a-period',
    ]);
    const raw = await rawStorage();
    expect(raw[STORAGE_KEY]).toEqual(settings);
    expect(raw[`${STORAGE_KEY}$`]).toEqual({ v: 2 });
  });

  it('leaves a v2 value alone when its version metadata is missing', async () => {
    const settings = berkeleySettings();
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: settings });
    const item = createSettingsItem();
    expect(await loadSettings(item)).toEqual(settings);
    expect((await rawStorage())[`${STORAGE_KEY}$`]).toEqual({ v: 2 });
  });

  it('keeps an unreadable v1 value untouched and serves defaults', async () => {
    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { ...v1File.settings, disabledRules: 'all of them' };
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: broken });
    const item = createSettingsItem();
    const { settings, problems } = await readStoredSettings(item);
    expect(settings).toEqual(createDefaultSettings());
    expect(problems.length).toBeGreaterThan(0);
    expect((await rawStorage())[STORAGE_KEY]).toEqual(broken);
    expect(errorLog).toHaveBeenCalled();
    errorLog.mockRestore();
  });
});

describe('saveImportedSettings', () => {
  it('stores a valid file (migrating v1) and reports success', async () => {
    const item = createSettingsItem();
    const result = await saveImportedSettings(JSON.stringify(v1File), item);
    expect(result.ok).toBe(true);
    expect((await loadSettings(item)).profile.oclcSymbol).toBe('CUY');
  });

  /** Valid settings with a custom rule, which each bad file below breaks in one way. */
  function importable(): Settings {
    const settings = createDefaultSettings();
    settings.customRules.push({
      id: 'title-has-b',
      title: '245 has $b',
      tag: '245',
      pattern: '\\$\\$b',
      match: 'must-match',
      severity: 'info',
      message: 'Add the subtitle in $b.',
      appliesTo: ['bib'],
    });
    return settings;
  }

  const badFiles: Array<
    [
      string, // biome-ignore lint/suspicious/noExplicitAny: each case edits a different part of a parsed JSON file
      (file: any) => string,
      RegExp,
    ]
  > = [
    ['malformed JSON', (file) => JSON.stringify(file).slice(0, -10), /^The file is not valid JSON/],
    [
      'a foreign file',
      () => JSON.stringify({ compilerOptions: { strict: true } }),
      /not an Alma Cataloger Companion settings file/,
    ],
    [
      'a wrong version',
      (file) => JSON.stringify({ ...file, version: 7 }),
      /settings version 7, made by a newer release/,
    ],
    [
      'an unknown key',
      (file) => JSON.stringify({ ...file, settings: { ...file.settings, darkMode: true } }),
      /^settings\.darkMode: unknown setting/,
    ],
    [
      'a bad regular expression',
      (file) =>
        JSON.stringify({
          ...file,
          settings: { ...file.settings, customRules: [{ ...file.settings.customRules[0], pattern: '(' }] },
        }),
      /^settings\.customRules\[0\]\.pattern: \/\(\/ is not a valid regular expression/,
    ],
    [
      'a wrong type',
      (file) =>
        JSON.stringify({ ...file, settings: { ...file.settings, ui: { ...file.settings.ui, saveReminder: 1 } } }),
      /^settings\.ui\.saveReminder: expected true or false, got number 1$/,
    ],
  ];

  it('the good file behind each bad one imports', () => {
    expect(importSettings(exportSettings(importable())).ok).toBe(true);
  });

  it.each(badFiles)('rejects %s and leaves the stored settings unchanged', async (_name, makeBad, expectedError) => {
    const file = JSON.parse(exportSettings(importable()));
    const item = createSettingsItem();
    const current = berkeleySettings();
    await saveSettings(current, item);
    const before = await rawStorage();
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    const removes = vi.spyOn(fakeBrowser.storage.local, 'remove');

    const result = await saveImportedSettings(makeBad(file), item);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.stringMatching(expectedError)]);
    expect(writes).not.toHaveBeenCalled();
    expect(removes).not.toHaveBeenCalled();
    expect(await rawStorage()).toEqual(before);
    expect(await loadSettings(item)).toEqual(current);
  });
});

describe('watchSettings', () => {
  it('tells other contexts about changes, including imports and resets, and stops when asked', async () => {
    const writer = createSettingsItem();
    const reader = createSettingsItem();
    const seen: Settings[] = [];
    const stop = watchSettings((settings) => seen.push(settings), reader);

    await saveSettings(berkeleySettings(), writer);
    await saveImportedSettings(JSON.stringify(v1File), writer);
    await resetSettings(writer);
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen[0]!.ui.checklistRetentionDays).toBe(60);
    expect(seen[1]!.ui.panelShownByDefault).toBe(false);
    expect(seen[2]).toEqual(createDefaultSettings());

    stop();
    await saveSettings(berkeleySettings(), writer);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(3);
  });
});
