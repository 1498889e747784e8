import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createSettingsItem,
  readManagedArea,
  readStoredSettings,
  saveSettings,
  watchSettings,
} from '../../../../extension/storage';
import { createDefaultSettings, type Settings } from '../../../../lib/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

const policy = { profile: { oclcSymbol: 'CUY', name: 'Institution' }, ui: { saveReminder: false } };

describe('settings with the institution policy (storage.managed)', () => {
  it('reads the policy from the managed area, leaving out what is invalid', async () => {
    await fakeBrowser.storage.managed.set({ ...policy, rules: { enabled: { isbn: 'no' } } });
    const reading = await readManagedArea();
    expect(reading.managed).toEqual(policy);
    expect(reading.problems).toHaveLength(1);
  });

  it('gives every reader the cataloger settings with the policy on top', async () => {
    const item = createSettingsItem();
    const own: Settings = createDefaultSettings();
    own.profile.name = 'Mine';
    own.profile.libraryCodes = ['MAIN'];
    await item.setValue(own);
    await fakeBrowser.storage.managed.set(policy);
    const stored = await readStoredSettings(item);
    expect(stored.settings.profile.name).toBe('Institution');
    expect(stored.settings.profile.oclcSymbol).toBe('CUY');
    expect(stored.settings.profile.libraryCodes).toEqual(['MAIN']);
    expect(stored.settings.ui.saveReminder).toBe(false);
    expect(stored.managed).toEqual(policy);
    expect(stored.policyProblems).toEqual([]);
  });

  it('saves only the cataloger part: a locked value sent by a page is not stored', async () => {
    const item = createSettingsItem();
    await fakeBrowser.storage.managed.set(policy);
    const edited = (await readStoredSettings(item)).settings;
    edited.profile.name = 'Tampered';
    edited.profile.libraryCodes = ['BRANCH'];
    expect(await saveSettings(edited, item)).toEqual({ ok: true });
    const raw = (await item.getValue())!;
    expect(raw.profile.name).toBe(createDefaultSettings().profile.name);
    expect(raw.profile.oclcSymbol).toBe('');
    expect(raw.profile.libraryCodes).toEqual(['BRANCH']);
    expect(raw.ui.saveReminder).toBe(true);
  });

  it('tells watchers when the policy changes', async () => {
    const item = createSettingsItem();
    const seen: string[] = [];
    const stop = watchSettings((settings) => seen.push(settings.profile.oclcSymbol), item);
    await fakeBrowser.storage.managed.set({ profile: { oclcSymbol: 'ABC' } });
    await expect.poll(() => seen).toEqual(['ABC']);
    stop();
  });
});
