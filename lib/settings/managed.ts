/**
 * Settings an institution's IT sets by browser policy (storage.managed, docs/deploying.md). They override the
 * cataloger's own settings piece by piece: what the institution sets is locked, what it leaves out stays the
 * cataloger's. A bad piece (wrong type, bad regular expression) is left out and reported, never the whole policy.
 *
 * Pieces, and the lock path each one gets (the options page greys out exactly these):
 * - each profile field `profile.<field>`; extra hosts one by one, `profile.extraHosts.<host>`, added to the
 *   cataloger's own hosts;
 * - each rule's switch and severity, `rules.enabled.<id>` / `rules.severity.<id>`, and `rules.ruleSet`;
 * - `allowLocalTags` and each `ui.<preference>`;
 * - custom rules, documents and checklist steps by id, `customRules.<id>` and so on: the institution's come
 *   first, the cataloger's own with other ids stay.
 */
import { isPlainObject } from '../is-plain-object';
import type { Severity } from '../rules/types';
import type { CustomRuleDefinition } from '../rules/custom/types';
import { createDefaultSettings } from './defaults';
import type { InstitutionProfile } from './profile';
import { describeValue } from './schema';
import {
  SETTINGS_VERSION,
  type CustomChecklistStep,
  type CustomDocument,
  type Settings,
  type UiPreferences,
} from './types';
import { settingsShapeErrors } from './settings-shape';

export interface ManagedSettings {
  profile?: Partial<InstitutionProfile>;
  rules?: { enabled?: Record<string, boolean>; severity?: Record<string, Severity>; ruleSet?: string };
  allowLocalTags?: boolean;
  customRules?: CustomRuleDefinition[];
  customDocuments?: CustomDocument[];
  customChecklistSteps?: CustomChecklistStep[];
  ui?: Partial<UiPreferences>;
}

type ListKey = 'customRules' | 'customDocuments' | 'customChecklistSteps';
const LIST_KEYS: readonly ListKey[] = ['customRules', 'customDocuments', 'customChecklistSteps'];
const MAP_KEYS = ['enabled', 'severity'] as const;
/** Every top-level key a policy may hold; `version` is accepted so an exported `settings` object can be pasted. */
const TOP_KEYS = new Set(['version', 'profile', 'rules', 'allowLocalTags', 'ui', ...LIST_KEYS]);

const byId = (list: ReadonlyArray<{ id: string }> | undefined) => new Set((list ?? []).map((x) => x.id));

/** The cataloger's settings with the institution's on top. */
export function applyManaged(local: Settings, managed: ManagedSettings): Settings {
  const { extraHosts: managedHosts, ...profile } = managed.profile ?? {};
  const merged: Settings = {
    ...local,
    profile: {
      ...local.profile,
      ...profile,
      extraHosts: [...new Set([...(managedHosts ?? []), ...local.profile.extraHosts])],
    },
    rules: {
      enabled: { ...local.rules.enabled, ...managed.rules?.enabled },
      severity: { ...local.rules.severity, ...managed.rules?.severity },
      ruleSet: managed.rules?.ruleSet ?? local.rules.ruleSet,
    },
    allowLocalTags: managed.allowLocalTags ?? local.allowLocalTags,
    ui: { ...local.ui, ...managed.ui },
  };
  for (const key of LIST_KEYS) {
    const theirs = managed[key];
    if (!theirs) continue;
    const ids = byId(theirs);
    (merged[key] as Array<{ id: string }>) = [
      ...theirs,
      ...(local[key] as Array<{ id: string }>).filter((x) => !ids.has(x.id)),
    ];
  }
  return merged;
}

/** What the cataloger may not change: one path per managed piece (see the module comment). */
export function managedLocks(managed: ManagedSettings): ReadonlySet<string> {
  const locks = new Set<string>();
  for (const [field, value] of Object.entries(managed.profile ?? {})) {
    if (field === 'extraHosts') for (const host of value as string[]) locks.add(`profile.extraHosts.${host}`);
    else locks.add(`profile.${field}`);
  }
  for (const map of MAP_KEYS) for (const id of Object.keys(managed.rules?.[map] ?? {})) locks.add(`rules.${map}.${id}`);
  if (managed.rules?.ruleSet !== undefined) locks.add('rules.ruleSet');
  if (managed.allowLocalTags !== undefined) locks.add('allowLocalTags');
  for (const key of Object.keys(managed.ui ?? {})) locks.add(`ui.${key}`);
  for (const key of LIST_KEYS) for (const id of byId(managed[key])) locks.add(`${key}.${id}`);
  return locks;
}

/**
 * What to store for the cataloger after an edit of the merged settings: every managed piece keeps the
 * cataloger's own earlier value (it returns when the institution stops setting it), so nothing the
 * institution set is ever written into the cataloger's settings.
 */
export function withoutManaged(edited: Settings, managed: ManagedSettings, local: Settings): Settings {
  const { extraHosts: managedHosts = [], ...profile } = managed.profile ?? {};
  const restoredProfile = { ...edited.profile } as Record<string, unknown>;
  for (const field of Object.keys(profile))
    restoredProfile[field] = (local.profile as unknown as Record<string, unknown>)[field];
  const theirHosts = new Set(managedHosts);
  restoredProfile.extraHosts = edited.profile.extraHosts.filter(
    (host) => !theirHosts.has(host) || local.profile.extraHosts.includes(host),
  );
  for (const field of Object.keys(restoredProfile))
    if (restoredProfile[field] === undefined) delete restoredProfile[field];

  const restoreMap = <V>(map: 'enabled' | 'severity', editedMap: Record<string, V>, localMap: Record<string, V>) => {
    const result = { ...editedMap };
    for (const id of Object.keys(managed.rules?.[map] ?? {})) {
      if (Object.hasOwn(localMap, id)) result[id] = localMap[id]!;
      else delete result[id];
    }
    return result;
  };
  const stored: Settings = {
    ...edited,
    profile: restoredProfile as unknown as InstitutionProfile,
    rules: {
      enabled: restoreMap('enabled', edited.rules.enabled, local.rules.enabled),
      severity: restoreMap('severity', edited.rules.severity, local.rules.severity),
      ruleSet: managed.rules?.ruleSet !== undefined ? local.rules.ruleSet : edited.rules.ruleSet,
    },
    allowLocalTags: managed.allowLocalTags !== undefined ? local.allowLocalTags : edited.allowLocalTags,
    ui: { ...edited.ui },
  };
  for (const key of Object.keys(managed.ui ?? {}) as Array<keyof UiPreferences>)
    (stored.ui as unknown as Record<string, unknown>)[key] = local.ui[key];
  for (const key of LIST_KEYS) {
    const ids = byId(managed[key]);
    if (ids.size === 0) continue;
    const own = (edited[key] as Array<{ id: string }>).filter((x) => !ids.has(x.id));
    const keptLocal = (local[key] as Array<{ id: string }>).filter((x) => ids.has(x.id));
    (stored[key] as Array<{ id: string }>) = [...keptLocal, ...own];
  }
  return stored;
}

export interface ManagedReading {
  /** The pieces that passed the settings checks. */
  managed: ManagedSettings;
  /** One sentence per piece left out, with its path. */
  problems: string[];
}

/** Checks one piece by putting it into default settings and running the full settings checks. */
function pieceErrors(piece: ManagedSettings): string[] {
  return settingsShapeErrors(applyManaged(createDefaultSettings(), piece), 'policy');
}

/**
 * Reads what browser.storage.managed returned: keeps every piece that is valid on its own and lists the
 * others. Never throws; an empty or absent policy gives `{ managed: {}, problems: [] }`.
 */
export function readManagedSettings(value: unknown): ManagedReading {
  const managed: ManagedSettings = {};
  const problems: string[] = [];
  if (value === undefined || value === null) return { managed, problems };
  if (!isPlainObject(value)) return { managed, problems: [`policy: expected an object, got ${describeValue(value)}`] };
  const keep = (piece: ManagedSettings, apply: () => void) => {
    const errors = pieceErrors(piece);
    if (errors.length === 0) apply();
    else problems.push(...errors.map((error) => `${error} (left out: the browser's policy sets it wrongly)`));
  };
  for (const key of Object.keys(value)) {
    if (!TOP_KEYS.has(key)) problems.push(`policy.${key}: unknown setting (left out)`);
  }
  if ('version' in value && value.version !== SETTINGS_VERSION)
    problems.push(
      `policy.version: expected ${SETTINGS_VERSION} or nothing, got ${describeValue(value.version)} (ignored)`,
    );

  if ('profile' in value) {
    if (!isPlainObject(value.profile))
      problems.push(`policy.profile: expected an object, got ${describeValue(value.profile)}`);
    else
      for (const [field, fieldValue] of Object.entries(value.profile)) {
        const piece = { profile: { [field]: fieldValue } } as ManagedSettings;
        keep(piece, () => {
          managed.profile = { ...managed.profile, [field]: fieldValue };
        });
      }
  }
  if ('rules' in value) {
    const rules = value.rules;
    if (!isPlainObject(rules)) problems.push(`policy.rules: expected an object, got ${describeValue(rules)}`);
    else {
      for (const map of MAP_KEYS) {
        if (!(map in rules)) continue;
        const entries = rules[map];
        if (!isPlainObject(entries)) {
          problems.push(`policy.rules.${map}: expected an object, got ${describeValue(entries)}`);
          continue;
        }
        for (const [id, setting] of Object.entries(entries))
          keep({ rules: { [map]: { [id]: setting } } } as ManagedSettings, () => {
            managed.rules = { ...managed.rules, [map]: { ...managed.rules?.[map], [id]: setting } };
          });
      }
      if ('ruleSet' in rules)
        keep({ rules: { ruleSet: rules.ruleSet } } as ManagedSettings, () => {
          managed.rules = { ...managed.rules, ruleSet: rules.ruleSet as string };
        });
      for (const key of Object.keys(rules))
        if (!['enabled', 'severity', 'ruleSet'].includes(key))
          problems.push(`policy.rules.${key}: unknown setting (left out)`);
    }
  }
  if ('allowLocalTags' in value)
    keep({ allowLocalTags: value.allowLocalTags } as ManagedSettings, () => {
      managed.allowLocalTags = value.allowLocalTags as boolean;
    });
  if ('ui' in value) {
    if (!isPlainObject(value.ui)) problems.push(`policy.ui: expected an object, got ${describeValue(value.ui)}`);
    else
      for (const [key, setting] of Object.entries(value.ui))
        keep({ ui: { [key]: setting } } as ManagedSettings, () => {
          managed.ui = { ...managed.ui, [key]: setting };
        });
  }
  for (const key of LIST_KEYS) {
    if (!(key in value)) continue;
    const list = value[key];
    if (!Array.isArray(list)) {
      problems.push(`policy.${key}: expected a list, got ${describeValue(list)}`);
      continue;
    }
    // Entry by entry, so one bad custom rule does not take the institution's other rules with it.
    const kept: Array<{ id: string }> = [];
    list.forEach((entry, i) => {
      const errors = pieceErrors({ [key]: [...kept, entry] } as ManagedSettings);
      if (errors.length === 0) kept.push(entry as { id: string });
      else problems.push(...errors.map((error) => `${error} (policy.${key}[${i}] left out)`));
    });
    if (kept.length > 0) (managed[key] as Array<{ id: string }>) = kept;
  }
  return { managed, problems };
}
