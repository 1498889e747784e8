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
  type ManagedSource,
} from './settings-store';
export { readManagedArea, watchManagedArea } from './managed-settings';
