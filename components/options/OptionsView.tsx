import type { ComponentChildren } from 'preact';
import type { Rule } from '../../lib/rules/types';
import type { ImportResult } from '../../lib/settings/import-export';
import type { InstitutionProfile } from '../../lib/settings/profile';
import type { Settings } from '../../lib/settings/types';
import { ChecklistStepsSection } from './ChecklistStepsSection';
import { CustomRulesSection } from './CustomRulesSection';
import { DocumentsSection } from './DocumentsSection';
import { GeneralSection } from './GeneralSection';
import { HostsSection, type HostsSectionProps } from './HostsSection';
import { ImportExportSection } from './ImportExportSection';
import { ProfileSection } from './ProfileSection';
import { RulesSection, type SettingsUpdate } from './RulesSection';
import type { ProcedureOutline } from './checklist-steps-model';
import { type MessageKey, t } from '../i18n';

export interface OptionsViewProps {
  settings: Settings;
  /** Built-in rules plus the compiled custom rules. */
  rules: readonly Rule[];
  procedures: readonly ProcedureOutline[];
  /** Why the stored settings could not be used (the defaults are shown instead). */
  loadProblems: readonly string[];
  onUpdate: SettingsUpdate;
  checkProfile(profile: InstitutionProfile): string[];
  onSaveProfile(profile: InstitutionProfile): Promise<string[]>;
  hosts: Omit<HostsSectionProps, 'hosts'>;
  onExport(): void;
  onImport(text: string): Promise<ImportResult>;
  onResetAll(): Promise<void>;
  /** What the institution's browser policy sets (lib/settings/managed.ts managedLocks): shown locked. */
  locks?: ReadonlySet<string>;
  /** Parts of the policy that were left out as invalid. */
  policyProblems?: readonly string[];
}

const NO_LOCKS: ReadonlySet<string> = new Set();

const SECTIONS: ReadonlyArray<{ id: string; title: MessageKey }> = [
  { id: 'profile', title: 'options_sectionProfile' },
  { id: 'rules', title: 'options_sectionRules' },
  { id: 'custom-rules', title: 'options_sectionCustomRules' },
  { id: 'documents', title: 'options_sectionDocuments' },
  { id: 'behaviour', title: 'options_sectionBehaviour' },
  { id: 'import-export', title: 'options_sectionImportExport' },
];

function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}) {
  return (
    <section id={id} class="options-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
    </section>
  );
}

/** The options page: everything is stored in this browser only and applies to open Alma tabs at once. */
export function OptionsView(props: OptionsViewProps) {
  const { settings } = props;
  const locks = props.locks ?? NO_LOCKS;
  const policyProblems = props.policyProblems ?? [];
  return (
    <div class="options-page">
      <header class="options-header">
        <h1>{t('options_title')}</h1>
        <p class="muted">{t('options_storedHere')}</p>
      </header>
      <nav class="options-nav" aria-label={t('options_sections')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{t(section.title)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options-main">
        {locks.size > 0 && (
          <p class="managed-notice" data-testid="managed-notice">
            {t('managedNotice')}
          </p>
        )}
        {policyProblems.length > 0 && (
          <div class="problem-box" role="alert" data-testid="policy-problems">
            <p>{t('managedPolicyProblems')}</p>
            <ul>
              {policyProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        {props.loadProblems.length > 0 && (
          <div class="problem-box" role="alert">
            <p>{t('options_loadProblems')}</p>
            <ul>
              {props.loadProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        <Section id="profile" title={t('options_sectionProfile')} intro={t('options_profileIntro')}>
          <ProfileSection
            profile={settings.profile}
            check={props.checkProfile}
            onSave={props.onSaveProfile}
            locks={locks}
          />
          <h3>{t('options_otherHosts')}</h3>
          <HostsSection hosts={settings.profile.extraHosts} {...props.hosts} locks={locks} />
        </Section>
        <Section id="rules" title={t('options_sectionRules')} intro={t('options_rulesIntro')}>
          <RulesSection rules={props.rules} settings={settings} onUpdate={props.onUpdate} locks={locks} />
        </Section>
        <Section id="custom-rules" title={t('options_sectionCustomRules')} intro={t('options_customRulesIntro')}>
          <CustomRulesSection settings={settings} onUpdate={props.onUpdate} locks={locks} />
        </Section>
        <Section id="documents" title={t('options_sectionDocuments')} intro={t('options_documentsIntro')}>
          <h3>{t('options_documents')}</h3>
          <DocumentsSection settings={settings} onUpdate={props.onUpdate} locks={locks} />
          <h3>{t('options_checklistSteps')}</h3>
          <ChecklistStepsSection
            procedures={props.procedures}
            settings={settings}
            onUpdate={props.onUpdate}
            locks={locks}
          />
        </Section>
        <Section id="behaviour" title={t('options_sectionBehaviour')}>
          <GeneralSection settings={settings} onUpdate={props.onUpdate} locks={locks} />
        </Section>
        <Section id="import-export" title={t('options_sectionImportExport')}>
          <ImportExportSection onExport={props.onExport} onImport={props.onImport} onResetAll={props.onResetAll} />
        </Section>
      </main>
    </div>
  );
}
