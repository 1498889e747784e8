import { useMemo, useState } from 'preact/hooks';
import { SEVERITIES, type Rule, type RuleOrigin, type Severity } from '../../lib/rules/types';
import type { Settings } from '../../lib/settings/types';
import { CheckboxField, ManagedMark, SaveStatus, SelectField, type SaveState } from './FormField';
import {
  DEFAULT_RULE_SETTINGS,
  EMPTY_FILTER,
  filterRows,
  ORIGIN_LABELS,
  ruleRows,
  withRuleEnabled,
  withSeverityOverride,
  type RuleFilter,
  type RuleRow,
} from './rule-table-model';
import { t, tn, type MessageKey } from '../i18n';
import { POLICY_GROUPS, policyGroupOn, rulePolicy, type PolicyGroup } from '../../lib/rules/policy';
import { POLICY_PRESETS, type PolicyPreset } from '../../lib/settings/presets';
import { withPolicyGroups } from '../../lib/settings/rule-run-options';
import { interfaceRuleLanguage } from '../rule-words';
import { policyDocument } from '../../lib/rules/messages/rule-words';

export type SettingsUpdate = (change: (current: Settings) => Settings) => Promise<string[]>;

export interface RulesSectionProps {
  /** Every rule: the built-in registry and the compiled custom rules. */
  rules: readonly Rule[];
  settings: Settings;
  onUpdate: SettingsUpdate;
  /** Paths the institution's policy sets (`rules.enabled.<id>`, `rules.severity.<id>`, …): shown locked. */
  locks?: ReadonlySet<string>;
}

const ORIGINS = Object.keys(ORIGIN_LABELS) as RuleOrigin[];
const POLICY_GROUP_KEYS: Readonly<Record<PolicyGroup, MessageKey>> = {
  oclc: 'policyGroup_oclc',
  pcc: 'policyGroup_pcc',
  isbd: 'policyGroup_isbd',
  alma: 'policyGroup_alma',
  berkeley: 'policyGroup_berkeley',
};
const POLICY_PRESET_KEYS: Readonly<Record<PolicyPreset['id'], MessageKey>> = {
  'marc21-only': 'policyPreset_marc21Only',
  'pcc-oclc': 'policyPreset_pccOclc',
  'uc-berkeley': 'policyPreset_ucBerkeley',
};
/** Tag examples, the same in every language. */
const TAG_EXAMPLES = '245, 6XX, LDR';

/** Every rule with its title, rationale and source; on/off and severity per rule; search and filters; reset. */
export function RulesSection({ rules, settings, onUpdate, locks = new Set() }: RulesSectionProps) {
  const [filter, setFilter] = useState<RuleFilter>(EMPTY_FILTER);
  const [confirmReset, setConfirmReset] = useState(false);
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const [policyPresetId, setPolicyPresetId] = useState<PolicyPreset['id']>('pcc-oclc');
  // Rules of a policy group the profile switches off show as off (unless switched on by hand).
  const effectiveRules = useMemo(
    () => withPolicyGroups(settings.rules, settings.profile, rules),
    [settings.rules, settings.profile, rules],
  );
  const language = interfaceRuleLanguage();
  // Titles and rationales in the interface's language (lib/rules/messages/rule-words.ts).
  const rows = useMemo(() => ruleRows(rules, effectiveRules, language), [rules, effectiveRules, language]);
  const policiesLocked = locks.has('profile.policies');
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const changed = Object.keys(settings.rules.enabled).length + Object.keys(settings.rules.severity).length;

  const update = async (change: (current: Settings) => Settings, done: string): Promise<void> => {
    const errors = await onUpdate(change);
    setStatus(
      errors.length > 0 ? { kind: 'error', message: t('rules_notSaved'), errors } : { kind: 'saved', message: done },
    );
  };
  const setFilterField =
    <K extends keyof RuleFilter>(key: K) =>
    (value: RuleFilter[K]) =>
      setFilter((current) => ({ ...current, [key]: value }));

  return (
    <div class="rules" data-testid="rules-section">
      <div class="field-grid compact">
        <SelectField
          id="rule-set"
          label={t('rules_ruleSet')}
          hint={t('rules_ruleSetHint')}
          value={settings.rules.ruleSet === 'oclc' ? 'oclc' : 'all'}
          locked={locks.has('rules.ruleSet')}
          options={[
            { value: 'all', label: t('rules_all') },
            { value: 'oclc', label: t('rules_oclcOnly') },
          ]}
          onChange={(ruleSet) =>
            void update((current) => ({ ...current, rules: { ...current.rules, ruleSet } }), t('rules_ruleSetSaved'))
          }
        />
        <CheckboxField
          id="allow-local-tags"
          label={t('rules_localTags')}
          hint={t('rules_localTagsHint')}
          checked={settings.allowLocalTags}
          locked={locks.has('allowLocalTags')}
          onChange={(allowLocalTags) => void update((current) => ({ ...current, allowLocalTags }), t('rules_saved'))}
        />
      </div>

      <fieldset class="policy-groups" data-testid="policy-groups">
        <legend>{t('rules_policyGroups')}</legend>
        <p class="hint">{t('rules_policyGroupsHint')}</p>
        <div class="preset-row">
          <SelectField<PolicyPreset['id']>
            id="policy-preset"
            label={t('rules_policyPreset')}
            value={policyPresetId}
            locked={policiesLocked}
            options={POLICY_PRESETS.map((preset) => ({ value: preset.id, label: t(POLICY_PRESET_KEYS[preset.id]) }))}
            onChange={setPolicyPresetId}
          />
          <button
            type="button"
            class="secondary"
            disabled={policiesLocked}
            data-testid="apply-policy-preset"
            onClick={() => {
              const preset = POLICY_PRESETS.find((candidate) => candidate.id === policyPresetId);
              if (!preset) return;
              void update(
                (current) => ({ ...current, profile: { ...current.profile, policies: { ...preset.policies } } }),
                t('rules_policyPresetApplied', t(POLICY_PRESET_KEYS[preset.id])),
              );
            }}
          >
            {t('rules_policyPresetApply')}
          </button>
        </div>
        <div class="field-grid compact">
          {POLICY_GROUPS.map((group) => (
            <CheckboxField
              key={group}
              id={`policy-group-${group}`}
              label={t(POLICY_GROUP_KEYS[group])}
              checked={policyGroupOn(settings.profile, group)}
              locked={policiesLocked || locks.has(`profile.policies.${group}`)}
              onChange={(on) =>
                void update(
                  (current) => ({
                    ...current,
                    profile: { ...current.profile, policies: { ...current.profile.policies, [group]: on } },
                  }),
                  t(on ? 'rules_policyGroupSwitchedOn' : 'rules_policyGroupSwitchedOff', t(POLICY_GROUP_KEYS[group])),
                )
              }
            />
          ))}
        </div>
      </fieldset>

      <fieldset class="filters">
        <legend>{t('rules_find')}</legend>
        <div class="filter-row">
          <div class="field">
            <label for="rule-search">{t('rules_search')}</label>
            <input
              id="rule-search"
              type="search"
              value={filter.text}
              placeholder={t('rules_searchPlaceholder')}
              onInput={(e) => setFilterField('text')((e.currentTarget as HTMLInputElement).value)}
              data-testid="rule-search"
            />
          </div>
          <div class="field narrow">
            <label for="rule-tag">{t('rules_tag')}</label>
            <input
              id="rule-tag"
              class="mono"
              value={filter.tag}
              placeholder={TAG_EXAMPLES}
              onInput={(e) => setFilterField('tag')((e.currentTarget as HTMLInputElement).value)}
              data-testid="rule-tag"
            />
          </div>
          <SelectField<Severity | ''>
            id="rule-severity"
            label={t('rules_severity')}
            value={filter.severity}
            options={[
              { value: '', label: t('rules_any') },
              ...SEVERITIES.map((severity) => ({ value: severity, label: t(`severity_${severity}`) })),
            ]}
            onChange={setFilterField('severity')}
          />
          <SelectField<RuleOrigin | ''>
            id="rule-origin"
            label={t('rules_origin')}
            value={filter.origin}
            options={[
              { value: '', label: t('rules_any') },
              ...ORIGINS.map((origin) => ({ value: origin, label: t(`ruleOrigin_${origin}`) })),
            ]}
            onChange={setFilterField('origin')}
          />
          <SelectField<RuleFilter['status']>
            id="rule-status"
            label={t('rules_shown')}
            value={filter.status}
            options={[
              { value: 'all', label: t('rules_onAndOff') },
              { value: 'on', label: t('rules_onOnly') },
              { value: 'off', label: t('rules_offOnly') },
            ]}
            onChange={setFilterField('status')}
          />
        </div>
      </fieldset>

      <div class="table-head">
        <p aria-live="polite" data-testid="rule-count">
          {changed > 0
            ? tn('rules_countChanged', changed, shown.length, rows.length)
            : t('rules_count', shown.length, rows.length)}
        </p>
        {confirmReset ? (
          <span class="confirm" role="group" aria-label={t('rules_confirmResetLabel')}>
            {t('rules_confirmReset')}{' '}
            <button
              type="button"
              class="danger small"
              data-testid="confirm-reset-rules"
              onClick={() => {
                setConfirmReset(false);
                void update(
                  (current) => ({ ...current, rules: { ...DEFAULT_RULE_SETTINGS, enabled: {}, severity: {} } }),
                  t('rules_resetDone'),
                );
              }}
            >
              {t('rules_reset')}
            </button>{' '}
            <button type="button" class="secondary small" onClick={() => setConfirmReset(false)}>
              {t('options_cancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="secondary" onClick={() => setConfirmReset(true)} data-testid="reset-rules">
            {t('rules_resetAll')}
          </button>
        )}
      </div>
      <SaveStatus status={status} testId="rules-status" />
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t('rules_table')}>
        <table class="rule-table">
          <caption class="visually-hidden">{t('options_sectionRules')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rules_colOn')}</th>
              <th scope="col">{t('rules_colRule')}</th>
              <th scope="col">{t('rules_origin')}</th>
              <th scope="col">{t('rules_colChecks')}</th>
              <th scope="col">{t('rules_severity')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <RuleTableRow
                key={row.rule.id}
                row={row}
                update={update}
                groupOff={isGroupOff(row.rule, settings)}
                enabledLocked={locks.has(`rules.enabled.${row.rule.id}`)}
                severityLocked={locks.has(`rules.severity.${row.rule.id}`)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p class="muted">{t('rules_noMatch')}</p>}
    </div>
  );
}

/** The rule belongs to a policy group the profile switches off. */
function isGroupOff(rule: Rule, settings: Settings): boolean {
  const policy = rulePolicy(rule);
  return policy !== undefined && !policyGroupOn(settings.profile, policy.group);
}

function RuleTableRow({
  row,
  update,
  groupOff,
  enabledLocked,
  severityLocked,
}: {
  row: RuleRow;
  /** Its policy group is off in the profile: switching it on is stored as an explicit true. */
  groupOff: boolean;
  update(change: (current: Settings) => Settings, done: string): Promise<void>;
  /** The institution's policy sets this rule's switch or severity. */
  enabledLocked: boolean;
  severityLocked: boolean;
}) {
  const { rule, title } = row;
  const policy = rulePolicy(rule);
  const toggleId = `rule-on-${rule.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const managedId = `${toggleId}-managed`;
  return (
    <tr
      data-testid="rule-row"
      data-rule-id={rule.id}
      data-enabled={row.enabled}
      data-managed={enabledLocked || severityLocked ? 'true' : undefined}
      class={row.enabled ? undefined : 'off'}
    >
      <td>
        <input
          id={toggleId}
          type="checkbox"
          checked={row.enabled}
          disabled={enabledLocked}
          aria-label={title}
          aria-describedby={enabledLocked ? managedId : undefined}
          data-testid="rule-toggle"
          onChange={(event) => {
            const enabled = (event.currentTarget as HTMLInputElement).checked;
            void update(
              (current) => ({
                ...current,
                rules:
                  enabled && groupOff
                    ? { ...current.rules, enabled: { ...current.rules.enabled, [rule.id]: true } }
                    : withRuleEnabled(current.rules, rule.id, enabled),
              }),
              t(enabled ? 'rules_switchedOn' : 'rules_switchedOff', title),
            );
          }}
        />
      </td>
      <td>
        <span class="rule-title">{title}</span>
        {(enabledLocked || severityLocked) && <ManagedMark id={managedId} />}
        <span class="rule-id mono">{rule.id}</span>
        {row.tags.length > 0 && <span class="rule-tags">{row.tags.join(' ')}</span>}
        <p class="rationale">{row.rationale}</p>
        {rule.source && (
          <a href={rule.source} target="_blank" rel="noreferrer" class="source">
            {t('rules_source')}
          </a>
        )}
        {policy && (
          <span class="badge policy" data-testid="rule-policy" title={policyDocument(policy, interfaceRuleLanguage())}>
            {t('rules_policyBadge', t(POLICY_GROUP_KEYS[policy.group]))}
            {groupOff && !row.enabled ? ` (${t('rules_policyGroupOffNote')})` : ''}
          </span>
        )}
        {rule.inferred && (
          <span class="badge info" title={t('rules_inferredTitle')}>
            {t('rules_inferred')}
          </span>
        )}
      </td>
      <td>{t(`ruleOrigin_${rule.origin}`)}</td>
      <td>{rule.appliesTo.map((kind) => t(`recordKinds_${kind}`)).join(', ')}</td>
      <td>
        <select
          aria-label={t('rules_severityOf', title)}
          value={row.override ?? ''}
          disabled={severityLocked}
          aria-describedby={severityLocked ? managedId : undefined}
          data-testid="rule-severity"
          onChange={(event) => {
            const value = (event.currentTarget as HTMLSelectElement).value as Severity | '';
            void update(
              (current) => ({ ...current, rules: withSeverityOverride(current.rules, rule.id, value || undefined) }),
              value
                ? t('rules_reportedAs', title, t(`severityName_${value}`))
                : t('rules_reportedAsDefault', title, t(`severityName_${rule.defaultSeverity}`)),
            );
          }}
        >
          <option value="">{t('rules_defaultSeverity', t(`severity_${rule.defaultSeverity}`))}</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {t(`severity_${severity}`)}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}
