import { useEffect, useMemo, useState } from 'preact/hooks';
import { PROFILE_PRESETS, type ProfilePreset } from '../../lib/settings/presets';
import type { InstitutionProfile } from '../../lib/settings/profile';
import { CheckboxField, SaveStatus, SelectField, TextField, type SaveState } from './FormField';
import { draftFromProfile, PROFILE_FIELDS, profileFromDraft, type ProfileDraft } from './profile-draft';
import { errorsAt } from './text-list';
import { t } from '../i18n';

export interface ProfileSectionProps {
  profile: InstitutionProfile;
  /** Checks a profile without saving it; returns settings errors (paths like `settings.profile.oclcSymbol`). */
  check(profile: InstitutionProfile): string[];
  /** Saves the profile; resolves with the errors when it was refused (nothing saved then). */
  onSave(profile: InstitutionProfile): Promise<string[]>;
  /** Paths the institution's policy sets (`profile.<field>`): shown locked. */
  locks?: ReadonlySet<string>;
}

const NO_LOCKS: ReadonlySet<string> = new Set();

/** The institution profile: every field, presets, live checks, one Save. */
export function ProfileSection({ profile, check, onSave, locks = NO_LOCKS }: ProfileSectionProps) {
  const isLocked = (key: keyof ProfileDraft) => locks.has(`profile.${key}`);
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromProfile(profile));
  const [preset, setPreset] = useState<ProfilePreset['id']>('uc-berkeley');
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  // Stored settings changed elsewhere (import, another tab): show them.
  useEffect(() => setDraft(draftFromProfile(profile)), [profile]);

  const candidate = useMemo(() => profileFromDraft(draft, profile.extraHosts), [draft, profile.extraHosts]);
  const errors = useMemo(() => check(candidate), [check, candidate]);
  const set = (key: keyof ProfileDraft) => (value: string | boolean) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setStatus({ kind: 'idle' });
  };

  const fillPreset = (): void => {
    const chosen = PROFILE_PRESETS.find((candidatePreset) => candidatePreset.id === preset);
    if (!chosen) return;
    // A preset never replaces what the institution sets.
    setDraft((current) => {
      const filled = draftFromProfile(chosen.profile);
      for (const field of PROFILE_FIELDS) if (isLocked(field.key)) filled[field.key] = current[field.key];
      if (isLocked('publishesHoldingsToOclc')) filled.publishesHoldingsToOclc = current.publishesHoldingsToOclc;
      return filled;
    });
    setStatus({ kind: 'saved', message: t('profile_presetFilled', chosen.label) });
  };
  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (errors.length > 0) {
      setStatus({ kind: 'error', message: t('profile_notSavedFix'), errors: [] });
      return;
    }
    const refused = await onSave(candidate);
    setStatus(
      refused.length > 0
        ? { kind: 'error', message: t('profile_notSaved'), errors: refused }
        : { kind: 'saved', message: t('profile_saved') },
    );
  };

  return (
    <form class="profile-form" onSubmit={save} aria-labelledby="profile-heading" data-testid="profile-form" noValidate>
      <div class="preset-row">
        <SelectField<ProfilePreset['id']>
          id="profile-preset"
          label={t('profile_preset')}
          value={preset}
          options={PROFILE_PRESETS.map((option) => ({ value: option.id, label: option.label }))}
          onChange={setPreset}
        />
        <button type="button" class="secondary" onClick={fillPreset} data-testid="apply-preset">
          {t('profile_fillPreset')}
        </button>
      </div>
      <div class="field-grid">
        {PROFILE_FIELDS.map((field) => (
          <TextField
            key={field.key}
            id={`profile-${field.key}`}
            label={t(field.label)}
            hint={t(field.hint)}
            mono={field.mono}
            placeholder={field.placeholder}
            value={draft[field.key]}
            errors={errorsAt(errors, `settings.profile.${field.key}`)}
            locked={isLocked(field.key)}
            onInput={set(field.key)}
          />
        ))}
      </div>
      <CheckboxField
        id="profile-publishesHoldingsToOclc"
        label={t('profileField_publishesHoldingsToOclc')}
        hint={t('profileField_publishesHoldingsToOclcHint')}
        checked={draft.publishesHoldingsToOclc}
        locked={isLocked('publishesHoldingsToOclc')}
        onChange={set('publishesHoldingsToOclc')}
      />
      <div class="actions">
        <button type="submit" class="primary" data-testid="save-profile">
          {t('profile_save')}
        </button>
      </div>
      <SaveStatus status={status} testId="profile-status" />
    </form>
  );
}
