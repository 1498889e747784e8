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
import { t } from '../i18n';

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

const SECTIONS = [
  { id: 'profile', title: 'Institution profile' },
  { id: 'rules', title: 'Rules' },
  { id: 'custom-rules', title: 'Custom rules' },
  { id: 'documents', title: 'Documents and checklist steps' },
  { id: 'behaviour', title: 'In Alma' },
  { id: 'import-export', title: 'Import and export' },
] as const;

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
        <h1>Alma Cataloger Companion: options</h1>
        <p class="muted">Stored in this browser only. Changes apply to open Alma tabs at once, without a reload.</p>
      </header>
      <nav class="options-nav" aria-label="Option sections">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
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
            <p>
              The saved settings could not be used, so the defaults are shown. Saving here replaces them. What was
              wrong:
            </p>
            <ul>
              {props.loadProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        <Section
          id="profile"
          title="Institution profile"
          intro="The local parameters the procedure and item checks use."
        >
          <ProfileSection
            profile={settings.profile}
            check={props.checkProfile}
            onSave={props.onSaveProfile}
            locks={locks}
          />
          <h3>Other Alma host names</h3>
          <HostsSection hosts={settings.profile.extraHosts} {...props.hosts} locks={locks} />
        </Section>
        <Section
          id="rules"
          title="Rules"
          intro="Every check the companion runs, with why it matters and where it comes from. Switch checks off or change how they are reported."
        >
          <RulesSection rules={props.rules} settings={settings} onUpdate={props.onUpdate} locks={locks} />
        </Section>
        <Section
          id="custom-rules"
          title="Custom rules"
          intro="Your own checks, as in other Alma tools: pick a field, give a regular expression its value must (or must not) match, and the message to show."
        >
          <CustomRulesSection settings={settings} onUpdate={props.onUpdate} locks={locks} />
        </Section>
        <Section
          id="documents"
          title="Documents and checklist steps"
          intro="Your own documents appear in the popup's list; your own steps appear in the procedure checklists."
        >
          <h3>Documents</h3>
          <DocumentsSection settings={settings} onUpdate={props.onUpdate} locks={locks} />
          <h3>Checklist steps</h3>
          <ChecklistStepsSection
            procedures={props.procedures}
            settings={settings}
            onUpdate={props.onUpdate}
            locks={locks}
          />
        </Section>
        <Section id="behaviour" title="In Alma">
          <GeneralSection settings={settings} onUpdate={props.onUpdate} locks={locks} />
        </Section>
        <Section id="import-export" title="Import and export">
          <ImportExportSection onExport={props.onExport} onImport={props.onImport} onResetAll={props.onResetAll} />
        </Section>
      </main>
    </div>
  );
}
