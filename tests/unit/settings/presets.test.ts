import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  createDefaultSettings,
  GENERIC_PROFILE,
  PROFILE_PRESETS,
  presetProfile,
  UC_BERKELEY_PROFILE,
  validateSettings,
} from '../../../lib/settings';

describe('defaults and presets', () => {
  it('default settings are valid and use the documented UI defaults', () => {
    const settings = createDefaultSettings();
    expect(validateSettings(settings)).toEqual([]);
    expect(settings.version).toBe(2);
    expect(settings.profile).toEqual(GENERIC_PROFILE);
    expect(settings.ui).toEqual({
      panelShownByDefault: true,
      saveReminder: true,
      inheritedErrorsExpanded: true,
      checklistRetentionDays: 30,
    });
    expect(settings.rules).toEqual({ enabled: {}, severity: {}, ruleSet: 'all' });
  });

  it('every preset yields valid settings', () => {
    for (const preset of PROFILE_PRESETS)
      expect(validateSettings(createDefaultSettings(preset.profile)), preset.id).toEqual([]);
  });

  it('default settings are independent copies', () => {
    const a = createDefaultSettings();
    a.profile.libraryCodes.push('X');
    a.ui.saveReminder = false;
    expect(createDefaultSettings().profile.libraryCodes).toEqual([]);
    expect(createDefaultSettings().ui.saveReminder).toBe(true);
    expect(GENERIC_PROFILE.libraryCodes).toEqual([]);
  });

  it('UC Berkeley: CUY, ??zw withdrawn locations, v.N volumes, staff documentation base', () => {
    expect(UC_BERKELEY_PROFILE.oclcSymbol).toBe('CUY');
    const withdrawn = new RegExp(UC_BERKELEY_PROFILE.withdrawnLocationPattern);
    for (const code of ['zw', 'mazw', 'nzw']) expect(withdrawn.test(code), code).toBe(true);
    for (const code of ['main', 'mazwx', 'abczw', 'MAZW']) expect(withdrawn.test(code), code).toBe(false);
    const mvm = new RegExp(UC_BERKELEY_PROFILE.mvmDescriptionPattern);
    expect(mvm.test('v.3')).toBe(true);
    expect(mvm.test('Volume 3')).toBe(false);
    expect(UC_BERKELEY_PROFILE.documentationBaseUrl).toBe(
      'https://www.lib.berkeley.edu/Staff/staff-docs/sils/resource-management',
    );
  });

  it('applyPreset swaps the profile but keeps granted extra hosts and everything else', () => {
    const settings = { ...createDefaultSettings(), allowLocalTags: false };
    settings.profile.extraHosts = ['alma.example.edu'];
    const next = applyPreset(settings, 'uc-berkeley');
    expect(next?.profile.oclcSymbol).toBe('CUY');
    expect(next?.profile.extraHosts).toEqual(['alma.example.edu']);
    expect(next?.allowLocalTags).toBe(false);
    expect(applyPreset(settings, 'nowhere')).toBeUndefined();
    expect(presetProfile('uc-berkeley')).not.toBe(UC_BERKELEY_PROFILE);
  });
});

describe('profile fields added for procedures', () => {
  it('are optional, validated when present, and set in the Berkeley preset', () => {
    const settings = createDefaultSettings(UC_BERKELEY_PROFILE);
    expect(settings.profile.izOnlyMmsIdSuffix).toBe('6532');
    expect(settings.profile.briefBibBarcodePrefix).toBe('ucb---');
    expect(validateSettings(settings)).toEqual([]);
    settings.profile.depositWorkOrderPattern = 'NRLF(';
    settings.profile.izOnlyMmsIdSuffix = 'abc';
    expect(validateSettings(settings)).toEqual([
      'settings.profile.izOnlyMmsIdSuffix: "abc" is not digits ending an MMS ID, e.g. 6532',
      expect.stringMatching(
        /^settings\.profile\.depositWorkOrderPattern: \/NRLF\(\/ is not a valid regular expression/,
      ),
    ]);
  });
});

describe('inheritedErrorsExpanded', () => {
  it('is optional: settings saved before it existed stay valid (and read as on)', () => {
    const settings = createDefaultSettings();
    delete settings.ui.inheritedErrorsExpanded;
    expect(validateSettings(settings)).toEqual([]);
  });
});
