/**
 * Prints default settings as JSON, optionally with a preset profile ("uc-berkeley"), for tests that store
 * settings through the extension's service worker. Run with tsx: `npx tsx …/print-settings.ts [preset]`.
 */
import { createDefaultSettings } from '../../../lib/settings/defaults';
import { presetProfile } from '../../../lib/settings/presets';

const preset = process.argv[2];
process.stdout.write(JSON.stringify(createDefaultSettings(preset ? presetProfile(preset) : undefined)));
