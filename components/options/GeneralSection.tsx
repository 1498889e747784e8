import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings/types';
import { CheckboxField, SaveStatus, TextField, type SaveState } from './FormField';
import type { SettingsUpdate } from './RulesSection';
import { t } from '../i18n';

/** How the companion behaves in Alma: panel, save reminder, how long checklist ticks are kept. */
export function GeneralSection({
  settings,
  onUpdate,
  locks = new Set(),
}: {
  settings: Settings;
  onUpdate: SettingsUpdate;
  /** Paths the institution's policy sets (`ui.<preference>`): shown locked. */
  locks?: ReadonlySet<string>;
}) {
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const [days, setDays] = useState(String(settings.ui.checklistRetentionDays));
  useEffect(() => setDays(String(settings.ui.checklistRetentionDays)), [settings.ui.checklistRetentionDays]);
  const daysValue = Number(days);
  const daysError = /^\d+$/.test(days.trim()) && daysValue >= 1 && daysValue <= 3650 ? [] : [t('general_daysError')];

  const update = async (ui: Partial<Settings['ui']>): Promise<void> => {
    const errors = await onUpdate((current) => ({ ...current, ui: { ...current.ui, ...ui } }));
    setStatus(errors.length > 0 ? { kind: 'error', message: t('options_notSaved'), errors } : { kind: 'saved' });
  };

  return (
    <div class="general" data-testid="general">
      <CheckboxField
        id="panel-shown"
        label={t('general_panelShown')}
        hint={t('general_panelShownHint')}
        checked={settings.ui.panelShownByDefault}
        locked={locks.has('ui.panelShownByDefault')}
        onChange={(panelShownByDefault) => void update({ panelShownByDefault })}
      />
      <CheckboxField
        id="save-reminder"
        label={t('general_saveReminder')}
        hint={t('general_saveReminderHint')}
        checked={settings.ui.saveReminder}
        locked={locks.has('ui.saveReminder')}
        onChange={(saveReminder) => void update({ saveReminder })}
      />
      <CheckboxField
        id="inherited-errors-expanded"
        label={t('general_inheritedErrorsExpanded')}
        hint={t('general_inheritedErrorsExpandedHint')}
        checked={settings.ui.inheritedErrorsExpanded !== false}
        locked={locks.has('ui.inheritedErrorsExpanded')}
        onChange={(inheritedErrorsExpanded) => void update({ inheritedErrorsExpanded })}
      />
      <div class="inline-form">
        <TextField
          id="retention-days"
          label={t('general_retentionDays')}
          type="number"
          value={days}
          errors={daysError}
          onInput={setDays}
          locked={locks.has('ui.checklistRetentionDays')}
        />
        <button
          type="button"
          class="secondary"
          disabled={daysError.length > 0 || locks.has('ui.checklistRetentionDays')}
          onClick={() => void update({ checklistRetentionDays: daysValue })}
        >
          {t('options_save')}
        </button>
      </div>
      <SaveStatus status={status} testId="general-status" />
    </div>
  );
}
