import type { Settings } from '../lib/settings/types';
import { ruleRunOptionsFrom, type RuleRunOptions } from '../lib/settings/rule-run-options';
import { settingsRevision, validationSettingsOf } from '../lib/validation/jobs';

/** The settings as the engine uses them: prepared once per revision. */
export interface EngineSettings {
  revision: string;
  prepared: RuleRunOptions;
}

export interface SettingsSource {
  load(): Promise<Settings>;
  /** Calls back with new settings whenever they change (options page, another tab, a policy); returns a stop function. */
  watch(onChange: (settings: Settings) => void): () => void;
}

export interface SettingsService {
  /**
   * The settings to validate with. When `revision` (what the asking page knows) is not the one held, the
   * settings are read again first: the page may have heard of a change before the background did.
   */
  current(revision?: string): Promise<EngineSettings>;
}

/**
 * The background owns the settings the engine validates with: it reads them from storage once, follows every
 * change, and turns them into rule options once per revision. Content scripts send a record and the revision
 * they know, never the settings themselves.
 */
export function createSettingsService(source: SettingsSource): SettingsService {
  let held: EngineSettings | null = null;
  let loading: Promise<EngineSettings> | null = null;
  const prepare = (settings: Settings): EngineSettings => {
    const validation = validationSettingsOf(settings);
    return { revision: settingsRevision(validation), prepared: ruleRunOptionsFrom(validation) };
  };
  source.watch((settings) => {
    held = prepare(settings);
  });
  const reload = (): Promise<EngineSettings> => {
    loading ??= source
      .load()
      .then((settings) => {
        held = prepare(settings);
        return held;
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  };
  return {
    async current(revision) {
      if (held && (revision === undefined || revision === held.revision)) return held;
      return reload();
    },
  };
}
