import { presetProfile } from './presets';
import type { Settings } from './types';

/**
 * Settings with the profile replaced by a preset's, or undefined for an unknown preset id.
 * Extra hosts stay: they match permissions the user granted, which a preset knows nothing about.
 */
export function applyPreset(settings: Settings, presetId: string): Settings | undefined {
  const profile = presetProfile(presetId);
  return profile ? { ...settings, profile: { ...profile, extraHosts: [...settings.profile.extraHosts] } } : undefined;
}
