import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistStepsSection } from '../../../../components/options/ChecklistStepsSection';
import { CustomRulesSection } from '../../../../components/options/CustomRulesSection';
import { DocumentsSection } from '../../../../components/options/DocumentsSection';
import { HostsSection, hostFromInput } from '../../../../components/options/HostsSection';
import { ImportExportSection } from '../../../../components/options/ImportExportSection';
import { ProfileSection } from '../../../../components/options/ProfileSection';
import { RulesSection } from '../../../../components/options/RulesSection';
import { procedureCatalog } from '../../../../lib/procedures/catalog';
import { builtInRules } from '../../../../lib/rules/registry';
import {
  createDefaultSettings,
  exportSettings,
  importSettings,
  UC_BERKELEY_PROFILE,
  validateSettings,
} from '../../../../lib/settings';
import { allByTestId, byTestId, change, cleanup, click, mount, type } from '../popup-options-render';
import { createStore, settle } from './harness';

afterEach(cleanup);

const input = (root: ParentNode, id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;
const submit = (form: HTMLFormElement) => form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

describe('RulesSection', () => {
  function rulesPage() {
    const { store, Harness } = createStore();
    const root = mount(
      <Harness
        render={(settings, onUpdate) => <RulesSection rules={builtInRules} settings={settings} onUpdate={onUpdate} />}
      />,
    );
    const row = (id: string) => root.querySelector<HTMLElement>(`[data-testid="rule-row"][data-rule-id="${id}"]`)!;
    return { store, root, row };
  }

  it('lists every rule with its title, rationale and source link', () => {
    const { root, row } = rulesPage();
    expect(allByTestId(root, 'rule-row')).toHaveLength(builtInRules.length);
    const isbn = row('isbn');
    expect(isbn.textContent).toContain('ISBN (020) form and check digit');
    expect(isbn.textContent).toContain(builtInRules.find((rule) => rule.id === 'isbn')!.rationale);
    expect(isbn.querySelector('a')?.getAttribute('href')).toBe('https://www.loc.gov/marc/bibliographic/bd020.html');
  });

  it('labels policy rules, switches policy groups in the profile and applies a policy preset', async () => {
    const { store, root, row } = rulesPage();
    expect(row('oclc-number-form').querySelector('[data-testid="rule-policy"]')?.textContent).toContain(
      'OCLC input standards',
    );
    expect(row('isbn').querySelector('[data-testid="rule-policy"]')).toBeNull();
    change(root.querySelector<HTMLInputElement>('#policy-group-berkeley')!, false);
    await settle();
    expect(store.settings.profile.policies).toEqual({ berkeley: false });
    expect(row('hol-852-location-missing').dataset.enabled).toBe('false');
    expect(row('hol-852-location-missing').textContent).toContain('its policy group is off');
    // Switched on by hand inside a group that is off: stored as an explicit true.
    change(row('hol-852-location-missing').querySelector<HTMLInputElement>('[data-testid="rule-toggle"]')!, true);
    await settle();
    expect(store.settings.rules.enabled).toEqual({ 'hol-852-location-missing': true });
    change(root.querySelector<HTMLSelectElement>('#policy-preset')!, 'marc21-only');
    byTestId(root, 'apply-policy-preset').click();
    await settle();
    expect(store.settings.profile.policies).toEqual({
      oclc: false,
      pcc: false,
      isbd: false,
      alma: false,
      berkeley: false,
    });
    expect(row('oclc-number-form').dataset.enabled).toBe('false');
    expect(row('isbn').dataset.enabled).toBe('true');
  });

  it('switches a rule off and on, storing only an explicit false', async () => {
    const { store, row } = rulesPage();
    change(row('isbn').querySelector<HTMLInputElement>('[data-testid="rule-toggle"]')!, false);
    await settle();
    expect(store.settings.rules.enabled).toEqual({ isbn: false });
    expect(row('isbn').dataset.enabled).toBe('false');
    change(row('isbn').querySelector<HTMLInputElement>('[data-testid="rule-toggle"]')!, true);
    await settle();
    expect(store.settings.rules.enabled).toEqual({});
  });

  it('overrides a severity and filters by the effective one', async () => {
    const { store, root, row } = rulesPage();
    change(row('isbn').querySelector<HTMLSelectElement>('[data-testid="rule-severity"]')!, 'error');
    await settle();
    expect(store.settings.rules.severity).toEqual({ isbn: 'error' });
    change(input(root, 'rule-tag'), '020');
    change(root.querySelector<HTMLSelectElement>('#rule-severity')!, 'error');
    expect(allByTestId(root, 'rule-row').map((tr) => tr.dataset.ruleId)).toEqual(['isbn']);
    expect(byTestId(root, 'rule-count').textContent).toMatch(/^1 of \d+ rules shown; 1 setting differs/);
  });

  it('finds rules by words and by origin', () => {
    const { root } = rulesPage();
    type(input(root, 'rule-search'), 'OCLC');
    const found = allByTestId(root, 'rule-row').map((tr) => tr.dataset.ruleId);
    expect(found.length).toBeGreaterThan(0);
    change(root.querySelector<HTMLSelectElement>('#rule-origin')!, 'procedure');
    expect(
      allByTestId(root, 'rule-row').every(
        (tr) => builtInRules.find((rule) => rule.id === tr.dataset.ruleId)?.origin === 'procedure',
      ),
    ).toBe(true);
  });

  it('resets every rule to its default only after confirmation', async () => {
    const { store, root, row } = rulesPage();
    change(row('isbn').querySelector<HTMLInputElement>('[data-testid="rule-toggle"]')!, false);
    change(row('issn').querySelector<HTMLSelectElement>('[data-testid="rule-severity"]')!, 'info');
    await settle();
    click(byTestId(root, 'reset-rules'));
    expect(store.settings.rules.enabled).toEqual({ isbn: false });
    click(byTestId(root, 'confirm-reset-rules'));
    await settle();
    expect(store.settings.rules).toEqual({ enabled: {}, severity: {}, ruleSet: 'all' });
    expect(byTestId(root, 'rules-status').textContent).toBe('Every rule is back to its default.');
  });
});

describe('CustomRulesSection', () => {
  function customRulesPage() {
    const { store, Harness } = createStore();
    const root = mount(
      <Harness render={(settings, onUpdate) => <CustomRulesSection settings={settings} onUpdate={onUpdate} />} />,
    );
    const fill = (id: string, value: string) => type(input(root, id), value);
    return { store, root, fill };
  }

  it('refuses a bad regular expression with a clear error and saves nothing', async () => {
    const { store, root, fill } = customRulesPage();
    fill('cr-title', 'No Dublette');
    fill('cr-tag', '5XX');
    fill('cr-pattern', 'dublette(');
    fill('cr-message', 'Remove the marker');
    expect(byTestId(root, 'cr-pattern-errors').textContent).toMatch(/regular expression \/dublette\(\/ is invalid/);
    expect(input(root, 'cr-pattern').getAttribute('aria-invalid')).toBe('true');
    expect(byTestId(root, 'preview-result').textContent).toContain('Complete the rule');
    submit(byTestId<HTMLFormElement>(root, 'custom-rule-form'));
    await settle();
    expect(store.saved).toEqual([]);
    expect(byTestId(root, 'custom-rule-status').textContent).toContain('was not saved');
  });

  it('tries the rule live on the sample record and saves it', async () => {
    const { store, root, fill } = customRulesPage();
    fill('cr-title', 'No Dublette');
    fill('cr-tag', '5XX');
    fill('cr-pattern', 'dublette');
    fill('cr-message', 'Remove the marker');
    expect(byTestId(root, 'preview-result').textContent).toContain('No finding'); // case matters until "Ignore case"
    change(input(root, 'cr-ignore-case'), true);
    expect(allByTestId(root, 'preview-finding').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Field 500 (occurrence 1): Remove the marker'),
    ]);
    type(root.querySelector<HTMLTextAreaElement>('#sample-record')!, '500 ## $$a clean note');
    expect(byTestId(root, 'preview-clean')).toBeTruthy();
    submit(byTestId<HTMLFormElement>(root, 'custom-rule-form'));
    await settle();
    expect(store.settings.customRules).toEqual([
      expect.objectContaining({ id: 'no-dublette', tag: '5XX', pattern: 'dublette', flags: 'i' }),
    ]);
    expect(allByTestId(root, 'custom-rule').map((li) => li.dataset.ruleId)).toEqual(['no-dublette']);
    expect(input(root, 'cr-title').value).toBe(''); // form cleared for the next rule
  });

  it('edits and removes a saved rule', async () => {
    const { store, root, fill } = customRulesPage();
    fill('cr-title', 'Local note');
    fill('cr-tag', '590');
    fill('cr-pattern', '^Gift');
    fill('cr-message', 'Local notes start with Gift');
    submit(byTestId<HTMLFormElement>(root, 'custom-rule-form'));
    await settle();
    click(root.querySelector('[aria-label="Edit Local note"]')!);
    expect(input(root, 'cr-pattern').value).toBe('^Gift');
    fill('cr-pattern', '^(Gift|Donation)');
    submit(byTestId<HTMLFormElement>(root, 'custom-rule-form'));
    await settle();
    expect(store.settings.customRules.map((rule) => [rule.id, rule.pattern])).toEqual([
      ['local-note', '^(Gift|Donation)'],
    ]);
    click(root.querySelector('[aria-label="Remove Local note"]')!);
    await settle();
    expect(store.settings.customRules).toEqual([]);
  });
});

describe('ProfileSection', () => {
  it('fills in the UC Berkeley preset and saves it', async () => {
    const onSave = vi.fn(async () => [] as string[]);
    const settings = createDefaultSettings();
    const check = (profile: typeof settings.profile) => validateSettings({ ...settings, profile });
    const root = mount(<ProfileSection profile={settings.profile} check={check} onSave={onSave} />);
    click(byTestId(root, 'apply-preset'));
    expect(input(root, 'profile-oclcSymbol').value).toBe('CUY');
    submit(byTestId<HTMLFormElement>(root, 'profile-form'));
    await settle();
    expect(onSave).toHaveBeenCalledWith(UC_BERKELEY_PROFILE);
    expect(byTestId(root, 'profile-status').textContent).toBe('Profile saved.');
  });

  it('marks a bad pattern and a lowercase OCLC symbol, and does not save', async () => {
    const onSave = vi.fn(async () => [] as string[]);
    const settings = createDefaultSettings();
    const check = (profile: typeof settings.profile) => validateSettings({ ...settings, profile });
    const root = mount(<ProfileSection profile={settings.profile} check={check} onSave={onSave} />);
    type(input(root, 'profile-withdrawnLocationPattern'), '[zw');
    type(input(root, 'profile-oclcSymbol'), 'cuy');
    expect(byTestId(root, 'profile-withdrawnLocationPattern-errors').textContent).toMatch(
      /not a valid regular expression/,
    );
    expect(byTestId(root, 'profile-oclcSymbol-errors').textContent).toMatch(/OCLC symbol in capital letters/);
    submit(byTestId<HTMLFormElement>(root, 'profile-form'));
    await settle();
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('HostsSection', () => {
  it('normalises pasted addresses and refuses what is not a host name', async () => {
    expect(hostFromInput('https://Alma.Library.example.edu/rep/yards.jsp')).toBe('alma.library.example.edu');
    const onAdd = vi.fn(async () => null);
    const root = mount(<HostsSection hosts={[]} granted={{}} onAdd={onAdd} onRemove={vi.fn()} onGrant={vi.fn()} />);
    type(input(root, 'host-input'), 'not a host');
    submit(root.querySelector('form')!);
    await settle();
    expect(onAdd).not.toHaveBeenCalled();
    type(input(root, 'host-input'), 'https://alma.library.example.edu/');
    submit(root.querySelector('form')!);
    await settle();
    expect(onAdd).toHaveBeenCalledWith('alma.library.example.edu');
  });

  it('shows the browser’s refusal and hosts whose access was withdrawn', async () => {
    const onAdd = vi.fn(async () => 'Access to x.example.edu was not granted, so it was not added.');
    const root = mount(
      <HostsSection
        hosts={['old.example.edu']}
        granted={{ 'old.example.edu': false }}
        onAdd={onAdd}
        onRemove={vi.fn()}
        onGrant={vi.fn()}
      />,
    );
    expect(byTestId(root, 'host').textContent).toContain('access not granted');
    type(input(root, 'host-input'), 'x.example.edu');
    submit(root.querySelector('form')!);
    await settle();
    expect(byTestId(root, 'hosts-status').textContent).toContain('was not granted');
  });
});

describe('ImportExportSection', () => {
  async function importText(text: string) {
    const onImport = vi.fn(async (json: string) => importSettings(json));
    const root = mount(<ImportExportSection onExport={vi.fn()} onImport={onImport} onResetAll={vi.fn()} />);
    const file = byTestId<HTMLInputElement>(root, 'import-settings');
    Object.defineProperty(file, 'files', {
      value: [new File([text], 'settings.json', { type: 'application/json' })],
      configurable: true,
    });
    change(file);
    await settle();
    return { root, onImport };
  }

  it('lists what is wrong with a bad file', async () => {
    const { root } = await importText(
      '{"format": "alma-cataloger-companion-settings", "version": 2, "settings": {"version": 2}}',
    );
    const status = byTestId(root, 'import-status');
    expect(status.dataset.state).toBe('error');
    expect(status.textContent).toContain('was not imported; your current settings are unchanged');
    expect(status.querySelectorAll('li').length).toBeGreaterThan(3);
    expect(status.textContent).toContain('settings.profile: is missing');
  });

  it('confirms a good import', async () => {
    const { root, onImport } = await importText(exportSettings(createDefaultSettings(UC_BERKELEY_PROFILE)));
    expect(onImport).toHaveBeenCalledTimes(1);
    expect(byTestId(root, 'import-status').dataset.state).toBe('saved');
  });
});

describe('DocumentsSection and ChecklistStepsSection', () => {
  it('adds an own document after checking its address', async () => {
    const { store, Harness } = createStore();
    const root = mount(
      <Harness render={(settings, onUpdate) => <DocumentsSection settings={settings} onUpdate={onUpdate} />} />,
    );
    type(input(root, 'doc-title'), 'Gift books');
    type(input(root, 'doc-url'), 'example.edu/gifts');
    submit(root.querySelector('form')!);
    await settle();
    expect(store.saved).toEqual([]);
    expect(byTestId(root, 'doc-url-errors').textContent).toMatch(/starting with https/);
    type(input(root, 'doc-url'), 'https://example.edu/gifts');
    type(input(root, 'doc-roles'), 'Cataloger, Gifts coordinator');
    submit(root.querySelector('form')!);
    await settle();
    expect(store.settings.customDocuments).toEqual([
      {
        id: 'gift-books',
        title: 'Gift books',
        summary: '',
        url: 'https://example.edu/gifts',
        roles: ['Cataloger', 'Gifts coordinator'],
        keywords: [],
      },
    ]);
  });

  it('adds a step after a chosen built-in step and shows it in place', async () => {
    const { store, Harness } = createStore();
    const root = mount(
      <Harness
        render={(settings, onUpdate) => (
          <ChecklistStepsSection procedures={procedureCatalog} settings={settings} onUpdate={onUpdate} />
        )}
      />,
    );
    const mvm = procedureCatalog.find((procedure) => procedure.id === 'multi-volume-monographs')!;
    change(root.querySelector<HTMLSelectElement>('#step-procedure')!, mvm.id);
    change(root.querySelector<HTMLSelectElement>('#step-after')!, mvm.steps[0]!.id);
    type(input(root, 'step-text'), 'Stamp each volume');
    submit(root.querySelector('form')!);
    await settle();
    expect(store.settings.customChecklistSteps).toEqual([
      expect.objectContaining({ procedureId: mvm.id, afterStepId: mvm.steps[0]!.id, text: 'Stamp each volume' }),
    ]);
    const items = [...byTestId(root, 'merged-steps').querySelectorAll('li')];
    expect(items[1]?.dataset.custom).toBe('true');
    expect(items[1]?.textContent).toContain('Stamp each volume');
    expect(items).toHaveLength(mvm.steps.length + 1);
  });
});
