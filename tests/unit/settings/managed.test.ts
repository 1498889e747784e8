import { describe, expect, it } from 'vitest';
import { createDefaultSettings } from '../../../lib/settings/defaults';
import {
  applyManaged,
  managedLocks,
  readManagedSettings,
  withoutManaged,
  type ManagedSettings,
} from '../../../lib/settings/managed';
import { validateSettings } from '../../../lib/settings/validate-settings';
import type { Settings } from '../../../lib/settings/types';

const rule = (id: string) => ({
  id,
  title: `Rule ${id}`,
  tag: '500',
  subfield: 'a',
  pattern: 'dublette',
  flags: 'i',
  match: 'must-not-match' as const,
  severity: 'warning' as const,
  message: 'No duplicates note.',
  appliesTo: ['bib' as const],
});

function catalogerSettings(): Settings {
  const settings = createDefaultSettings();
  settings.profile.name = 'My own name';
  settings.profile.oclcSymbol = 'ZZZ';
  settings.profile.extraHosts = ['mine.example.edu'];
  settings.rules.enabled['isbn'] = false;
  settings.rules.severity['issn'] = 'info';
  settings.customRules = [rule('mine'), rule('shared')];
  settings.ui.saveReminder = false;
  return settings;
}

const policy: ManagedSettings = {
  profile: { oclcSymbol: 'CUY', extraHosts: ['alma.library.example.edu'] },
  rules: { enabled: { isbn: true }, severity: { 'title-required': 'error' } },
  customRules: [rule('shared'), rule('institution')],
  ui: { checklistRetentionDays: 90 },
};

describe('applyManaged', () => {
  it('puts the institution over the cataloger, piece by piece, and leaves the rest alone', () => {
    const merged = applyManaged(catalogerSettings(), policy);
    expect(merged.profile.oclcSymbol).toBe('CUY');
    expect(merged.profile.name).toBe('My own name');
    expect(merged.profile.extraHosts).toEqual(['alma.library.example.edu', 'mine.example.edu']);
    expect(merged.rules.enabled).toEqual({ isbn: true });
    expect(merged.rules.severity).toEqual({ issn: 'info', 'title-required': 'error' });
    expect(merged.customRules.map((r) => r.id)).toEqual(['shared', 'institution', 'mine']);
    expect(merged.ui).toEqual({
      panelShownByDefault: true,
      saveReminder: false,
      inheritedErrorsExpanded: true,
      checklistRetentionDays: 90,
    });
    expect(validateSettings(merged)).toEqual([]);
  });

  it('changes nothing without a policy', () => {
    expect(applyManaged(catalogerSettings(), {})).toEqual(catalogerSettings());
  });
});

describe('managedLocks', () => {
  it('locks exactly what the policy sets', () => {
    expect([...managedLocks(policy)].sort()).toEqual(
      [
        'customRules.institution',
        'customRules.shared',
        'profile.extraHosts.alma.library.example.edu',
        'profile.oclcSymbol',
        'rules.enabled.isbn',
        'rules.severity.title-required',
        'ui.checklistRetentionDays',
      ].sort(),
    );
  });
});

describe('withoutManaged', () => {
  it('stores the cataloger own edits and never the institution values', () => {
    const local = catalogerSettings();
    const edited = applyManaged(local, policy);
    edited.profile.name = 'Renamed';
    edited.profile.oclcSymbol = 'XXX'; // locked: a tampered page must not get it stored
    edited.rules.enabled['linkage-880-pairs'] = false;
    edited.customRules = edited.customRules.filter((r) => r.id !== 'mine');
    const stored = withoutManaged(edited, policy, local);
    expect(stored.profile.name).toBe('Renamed');
    expect(stored.profile.oclcSymbol).toBe('ZZZ');
    expect(stored.profile.extraHosts).toEqual(['mine.example.edu']);
    expect(stored.rules.enabled).toEqual({ isbn: false, 'linkage-880-pairs': false });
    expect(stored.rules.severity).toEqual({ issn: 'info' });
    // The cataloger's own "shared" rule stays theirs; the institution's "institution" rule is not copied.
    expect(stored.customRules.map((r) => r.id)).toEqual(['shared']);
    expect(stored.ui.checklistRetentionDays).toBe(30);
    expect(validateSettings(stored)).toEqual([]);
  });
});

describe('readManagedSettings', () => {
  it('keeps the valid pieces and reports each bad one with its path', () => {
    const { managed, problems } = readManagedSettings({
      profile: { oclcSymbol: 'CUY', barcodePattern: '([', colour: 'blue' },
      rules: { enabled: { isbn: 'yes', issn: false } },
      customRules: [rule('good'), { ...rule('bad'), pattern: '(' }, rule('good')],
      ui: { saveReminder: false },
      unknownThing: 1,
    });
    expect(managed).toEqual({
      profile: { oclcSymbol: 'CUY' },
      rules: { enabled: { issn: false } },
      customRules: [rule('good')],
      ui: { saveReminder: false },
    });
    expect(problems.join('\n')).toMatch(/policy\.profile\.barcodePattern/);
    expect(problems.join('\n')).toMatch(/policy\.profile\.colour: unknown setting/);
    expect(problems.join('\n')).toMatch(/policy\.rules\.enabled\["isbn"\]: expected true or false/);
    expect(problems.join('\n')).toMatch(/policy\.customRules\[1\] left out/);
    expect(problems.join('\n')).toMatch(/already used/);
    expect(problems.join('\n')).toMatch(/policy\.unknownThing: unknown setting/);
  });

  it('reads nothing from no policy, and an exported settings object as a whole policy', () => {
    expect(readManagedSettings(undefined)).toEqual({ managed: {}, problems: [] });
    expect(readManagedSettings({})).toEqual({ managed: {}, problems: [] });
    const exported = catalogerSettings();
    const { managed, problems } = readManagedSettings(JSON.parse(JSON.stringify(exported)));
    expect(problems).toEqual([]);
    expect(applyManaged(createDefaultSettings(), managed)).toEqual(exported);
  });
});
