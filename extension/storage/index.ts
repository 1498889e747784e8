export {
  SETTINGS_STORAGE_KEY,
  settingsItem,
  createSettingsItem,
  migrateStoredSettingsToV2,
  type SettingsItem,
} from './settings-item';
export {
  loadSettings,
  readStoredSettings,
  saveSettings,
  updateSettings,
  saveImportedSettings,
  resetSettings,
  watchSettings,
  type StoredSettings,
  type SaveResult,
} from './settings-store';
