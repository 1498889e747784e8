import { describe, expect, it } from 'vitest';
import { createDefaultSettings, validateSettings, type Settings } from '../../../lib/settings';
import type { CustomRuleDefinition } from '../../../lib/rules/custom';

const rule: CustomRuleDefinition = {
  id: 'no-temp',
  title: 'No TEMP markers',
  tag: '9XX',
  pattern: 'TEMP',
  match: 'must-not-match',
  severity: 'warning',
  message: 'Remove the TEMP marker.',
  appliesTo: ['bib', 'holdings'],
};

function withChange(change: (s: Settings) => void): Settings {
  const settings = createDefaultSettings();
  change(settings);
  return settings;
}

describe('validateSettings', () => {
  it('accepts complete settings with custom rules, documents and steps', () => {
    const settings = withChange((s) => {
      s.customRules.push(rule);
      s.customDocuments.push({
        id: 'local-binding',
        title: 'Binding workflow',
        summary: 'How our bindery works.',
        url: 'https://intranet.example.edu/binding',
        roles: ['Cataloger'],
        keywords: ['bindery'],
      });
      s.customChecklistSteps.push({ id: 'stamp', procedureId: 'reinstating-withdrawn-items', text: 'Stamp the book.' });
      s.rules.enabled['custom/no-temp'] = false;
      s.rules.severity['custom/no-temp'] = 'error';
    });
    expect(validateSettings(settings)).toEqual([]);
  });

  it.each<[string, (s: Settings) => void, RegExp]>([
    [
      'wrong type',
      (s) => ((s.ui as unknown as Record<string, unknown>).saveReminder = 'yes'),
      /^settings\.ui\.saveReminder: expected true or false, got "yes"$/,
    ],
    [
      'out of range',
      (s) => (s.ui.checklistRetentionDays = 0),
      /^settings\.ui\.checklistRetentionDays: expected a whole number from 1 to 3650, got number 0$/,
    ],
    [
      'unknown key',
      (s) => ((s as unknown as Record<string, unknown>).colour = 'red'),
      /^settings\.colour: unknown setting/,
    ],
    ['missing key', (s) => delete (s as Partial<Settings>).customDocuments, /^settings\.customDocuments: is missing$/],
    [
      'bad profile regex',
      (s) => (s.profile.withdrawnLocationPattern = '^[a-z'),
      /^settings\.profile\.withdrawnLocationPattern: \/\^\[a-z\/ is not a valid regular expression/,
    ],
    [
      'bad custom rule regex',
      (s) => s.customRules.push({ ...rule, pattern: '(TEMP' }),
      /^settings\.customRules\[0\]\.pattern: \/\(TEMP\/ is not a valid regular expression/,
    ],
    [
      'bad severity override',
      (s) => ((s.rules.severity as Record<string, string>)['x/y'] = 'fatal'),
      /^settings\.rules\.severity\["x\/y"\]: expected one of "error", "warning", "info", got "fatal"$/,
    ],
    [
      'bad rule id key',
      (s) => (s.rules.enabled['Not An Id'] = false),
      /^settings\.rules\.enabled\["Not An Id"\]: the key is not a rule id/,
    ],
    [
      'duplicate rule id',
      (s) => s.customRules.push(rule, { ...rule }),
      /^settings\.customRules\[1\]\.id: "no-temp" is already used by custom rule settings\.customRules\[0\]/,
    ],
    [
      'flag problem only compile can see',
      (s) => s.customRules.push({ ...rule, flags: 'ii' }),
      /^settings\.customRules\[0\]: Custom rule "No TEMP markers": flags "ii" are not allowed/,
    ],
    [
      'bad URL',
      (s) => (s.profile.documentationBaseUrl = 'javascript:alert(1)'),
      /^settings\.profile\.documentationBaseUrl: "javascript:alert\(1\)" is not a web address/,
    ],
    [
      'bad version',
      (s) => ((s as unknown as Record<string, unknown>).version = 1),
      /^settings\.version: expected one of 2, got number 1$/,
    ],
    [
      'not a list',
      (s) => ((s as unknown as Record<string, unknown>).customRules = {}),
      /^settings\.customRules: expected a list, got an object$/,
    ],
  ])('reports %s with its path', (_name, change, expected) => {
    const errors = validateSettings(withChange(change));
    expect(errors.length).toBeGreaterThan(0);
    expect(
      errors.some((error) => expected.test(error)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('reports several problems at once', () => {
    const errors = validateSettings(
      withChange((s) => {
        s.allowLocalTags = 'no' as unknown as boolean;
        s.profile.oclcSymbol = 'cuy';
      }),
    );
    expect(errors).toHaveLength(2);
  });

  it('refuses a profile pattern that could backtrack exponentially, keeps accepting the usual ones (issue 15)', () => {
    const errors = validateSettings(
      withChange((s) => {
        s.profile.barcodePattern = '^(\\d+)+$';
        s.profile.withdrawnLocationPattern = '^[a-z]{0,2}zw$';
      }),
    );
    expect(errors).toEqual([expect.stringMatching(/^settings\.profile\.barcodePattern: .* repeats a group/)]);
    expect(validateSettings(withChange((s) => (s.profile.barcodePattern = '^(31|32)\\d{12}$')))).toEqual([]);
  });

  it('rejects things that are not settings at all', () => {
    expect(validateSettings(null)).toEqual(['settings: expected an object, got null']);
    expect(validateSettings([])).toEqual(['settings: expected an object, got a list']);
  });
});
