import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { OptionsView } from '../../components/options/OptionsView';
import { procedureCatalog } from '../../lib/procedures/catalog';
import { builtInRules } from '../../lib/rules/registry';
import { createDefaultSettings, exportSettings, validateSettings, type Settings } from '../../lib/settings';
import type { InstitutionProfile } from '../../lib/settings/profile';
import { ruleRunOptionsFrom } from '../../lib/settings/rule-run-options';
import {
  readStoredSettings,
  resetSettings,
  saveImportedSettings,
  saveSettings,
  watchSettings,
} from '../../extension/storage';
import { grantedHosts, grantHost, revokeHost } from './host-access';
import { errorText } from '../../lib/error-text';
import { managedLocks, type ManagedSettings } from '../../lib/settings/managed';
import { t } from '../../components/i18n';

const message = (error: unknown): string => errorText(error);

/** Downloads text as a file (no `downloads` permission needed: an object URL and a link click). */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Wires the options view to storage (extension/storage), the browser's permissions and content-script registration. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadProblems, setLoadProblems] = useState<string[]>([]);
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [managed, setManaged] = useState<ManagedSettings>({});
  const [policyProblems, setPolicyProblems] = useState<string[]>([]);
  const locks = useMemo(() => managedLocks(managed), [managed]);

  useEffect(() => {
    readStoredSettings().then(
      (stored) => {
        setSettings(stored.settings);
        setLoadProblems(stored.problems);
        setManaged(stored.managed);
        setPolicyProblems(stored.policyProblems);
      },
      (error: unknown) => {
        setSettings(createDefaultSettings());
        setLoadProblems([t('settings_unreadable', message(error))]);
      },
    );
    // Another tab, the popup or an import changed them: show the stored state.
    return watchSettings((next, problems, stored) => {
      setSettings(next);
      setLoadProblems(problems);
      setManaged(stored.managed);
      setPolicyProblems(stored.policyProblems);
    });
  }, []);

  const hosts = settings?.profile.extraHosts;
  useEffect(() => {
    if (hosts) grantedHosts(hosts).then(setGranted, () => setGranted({}));
  }, [hosts]);

  /** Changes the latest stored settings and saves them; invalid settings are refused whole (nothing saved). */
  const onUpdate = useCallback(async (change: (current: Settings) => Settings): Promise<string[]> => {
    const current = (await readStoredSettings()).settings;
    const next = change(current);
    try {
      const result = await saveSettings(next);
      if (!result.ok) return result.errors;
      setSettings(next);
      return [];
    } catch (error) {
      return [t('optionsApp_notSaved', message(error))];
    }
  }, []);

  const checkProfile = useCallback(
    (profile: InstitutionProfile): string[] => (settings ? validateSettings({ ...settings, profile }) : []),
    [settings],
  );
  const rules = useMemo(
    () => (settings ? [...builtInRules, ...ruleRunOptionsFrom(settings).extraRules] : builtInRules),
    [settings],
  );

  if (!settings) return <p class="options-loading">{t('optionsApp_loading')}</p>;

  return (
    <OptionsView
      settings={settings}
      rules={rules}
      procedures={procedureCatalog}
      loadProblems={loadProblems}
      locks={locks}
      policyProblems={policyProblems}
      onUpdate={onUpdate}
      checkProfile={checkProfile}
      onSaveProfile={(profile) =>
        // The policy groups are switched in the rules section: a profile save keeps them.
        onUpdate((current) => ({
          ...current,
          profile: {
            ...profile,
            extraHosts: current.profile.extraHosts,
            ...(current.profile.policies ? { policies: current.profile.policies } : {}),
          },
        }))
      }
      hosts={{
        granted,
        onAdd: async (host) => {
          const error = await grantHost(host, settings.profile.extraHosts);
          if (error) return error;
          const errors = await onUpdate((current) => ({
            ...current,
            profile: { ...current.profile, extraHosts: [...new Set([...current.profile.extraHosts, host])] },
          }));
          return errors.length > 0 ? t('optionsApp_hostNotSaved', host, errors.join('; ')) : null;
        },
        onRemove: async (host) => {
          const remaining = settings.profile.extraHosts.filter((other) => other !== host);
          const error = await revokeHost(host, remaining);
          const errors = await onUpdate((current) => ({
            ...current,
            profile: { ...current.profile, extraHosts: current.profile.extraHosts.filter((other) => other !== host) },
          }));
          return error ?? (errors.length > 0 ? errors.join('; ') : null);
        },
        onGrant: async (host) => {
          const error = await grantHost(host, settings.profile.extraHosts);
          if (!error) setGranted(await grantedHosts(settings.profile.extraHosts));
          return error;
        },
      }}
      onExport={() =>
        download(exportSettings(settings), `alma-companion-settings-${new Date().toISOString().slice(0, 10)}.json`)
      }
      onImport={async (text) => {
        const result = await saveImportedSettings(text);
        if (result.ok) setSettings(result.settings);
        return result;
      }}
      onResetAll={async () => {
        await resetSettings();
        setSettings(createDefaultSettings());
      }}
    />
  );
}
