export { GENERIC_PROFILE, type InstitutionProfile } from './profile';
export {
  UC_BERKELEY_PROFILE,
  PROFILE_PRESETS,
  POLICY_PRESETS,
  presetProfile,
  policyPreset,
  cloneProfile,
  type ProfilePreset,
  type PolicyPreset,
} from './presets';
export {
  SETTINGS_VERSION,
  type Settings,
  type UiPreferences,
  type CustomDocument,
  type CustomChecklistStep,
} from './types';
export { createDefaultSettings, DEFAULT_UI_PREFERENCES } from './defaults';
export { validateSettings, isValidSettings } from './validate-settings';
export {
  migrateSettings,
  upgradeSettings,
  isSupportedVersion,
  OLDEST_SETTINGS_VERSION,
  type UpgradeResult,
} from './settings-versions';
export { migrateSettingsV1ToV2, type SettingsV1, type LamaStyleRuleV1 } from './settings-v1';
export {
  exportSettings,
  importSettings,
  SETTINGS_FILE_FORMAT,
  type ImportResult,
  type SettingsFile,
} from './import-export';
export { applyPreset } from './apply-preset';
export { ruleOptionsFrom } from './rule-options';
