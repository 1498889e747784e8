import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createDefaultSettings,
  exportSettings,
  importSettings,
  SETTINGS_FILE_FORMAT,
  UC_BERKELEY_PROFILE,
  type Settings,
} from '../../../lib/settings';

const v1File = readFileSync(join(process.cwd(), 'tests/fixtures/settings/settings-v1.json'), 'utf8');

function sampleSettings(): Settings {
  const settings = createDefaultSettings(UC_BERKELEY_PROFILE);
  settings.rules.enabled['oclc/035-format'] = false;
  settings.customRules.push({
    id: 'no-temp',
    title: 'No TEMP markers',
    tag: '9X9',
    ind1: '#',
    subfield: 'a',
    pattern: 'temp',
    flags: 'i',
    match: 'must-not-match',
    severity: 'info',
    message: 'Remove the TEMP marker.',
    appliesTo: ['bib'],
    source: 'https://intranet.example.edu/temp',
  });
  settings.ui.checklistRetentionDays = 90;
  return settings;
}

function errorsOf(json: string): string[] {
  const result = importSettings(json);
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}

describe('exportSettings', () => {
  it('writes the format, version and date around the settings', () => {
    const file = JSON.parse(exportSettings(sampleSettings(), new Date('2025-06-01T12:00:00Z')));
    expect(file.format).toBe(SETTINGS_FILE_FORMAT);
    expect(file.version).toBe(2);
    expect(file.exportedAt).toBe('2025-06-01T12:00:00.000Z');
    expect(file.settings.profile.oclcSymbol).toBe('CUY');
  });
});

describe('importSettings', () => {
  it('round-trips an export exactly', () => {
    const settings = sampleSettings();
    const result = importSettings(exportSettings(settings));
    expect(result).toEqual({ ok: true, settings, fromVersion: 2 });
  });

  it('migrates a version 1 file to version 2', () => {
    const result = importSettings(v1File);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { settings } = result;
    expect(result.fromVersion).toBe(1);
    expect(settings.version).toBe(2);
    expect(settings.profile.extraHosts).toEqual([]);
    expect(settings.profile.oclcSymbol).toBe('CUY');
    expect(settings.rules).toEqual({
      enabled: { 'oclc/035-format': false, 'fields/local-tag': false },
      severity: { 'holdings/852-missing-h': 'error' },
      ruleSet: 'all',
    });
    expect(settings.allowLocalTags).toBe(false);
    expect(settings.ui).toEqual({
      panelShownByDefault: false,
      saveReminder: true,
      inheritedErrorsExpanded: true,
      checklistRetentionDays: 30,
    });
    expect(settings.customDocuments).toEqual([]);
    expect(settings.customChecklistSteps).toEqual([]);
    expect(settings.customRules).toEqual([
      {
        id: '970-achtung-dublette',
        title: 'Achtung Dublette!',
        tag: '970',
        pattern: 'Dublette',
        flags: 'i',
        match: 'must-not-match',
        severity: 'error',
        message: 'Achtung Dublette!',
        appliesTo: ['bib', 'holdings'],
      },
      {
        id: '997-don-t-touch',
        title: "Don't touch!",
        tag: '997',
        ind1: '3',
        ind2: '3',
        pattern: 'TEMP',
        match: 'must-not-match',
        severity: 'warning',
        message: "Don't touch!",
        appliesTo: ['holdings'],
      },
      {
        id: '6xx-subject-headings-end-with-a-period',
        title: 'Subject headings end with a period.',
        tag: '6XX',
        pattern: '\\.$',
        match: 'must-match',
        severity: 'info',
        message: 'Subject headings end with a period.',
        appliesTo: ['bib'],
      },
    ]);
    // The migrated file exports as v2 and imports again unchanged.
    expect(importSettings(exportSettings(settings))).toEqual({ ok: true, settings, fromVersion: 2 });
  });

  it('reports malformed JSON', () => {
    const errors = errorsOf('{"format": "alma-cataloger-companion-settings", ');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^The file is not valid JSON \(.+\)\. Export the settings again/);
  });

  it.each([
    ['[1,2]', /it contains a list, not a settings object/],
    ['"text"', /it contains "text", not a settings object/],
    ['{"name": "some other app"}', /it has no "format" field/],
    ['{"format": "other-tool-config", "version": 1, "settings": {}}', /its format is "other-tool-config"/],
  ])('recognises a foreign file: %s', (json, expected) => {
    expect(errorsOf(json)[0]).toMatch(expected);
  });

  it.each([
    [3, /settings version 3, made by a newer release.*Update the extension/],
    [0, /settings version 0, which no release used/],
    ['2', /file\.version: expected a whole version number, got "2"/],
    [1.5, /file\.version: expected a whole version number/],
  ])('rejects version %o', (version, expected) => {
    const file = JSON.parse(exportSettings(sampleSettings()));
    file.version = version;
    expect(errorsOf(JSON.stringify(file))[0]).toMatch(expected);
  });

  it('rejects a file whose version disagrees with its settings', () => {
    const file = JSON.parse(v1File);
    file.version = 2;
    expect(errorsOf(JSON.stringify(file))[0]).toMatch(/the file says version 2 but its settings say number 1/);
  });

  it('rejects unknown keys in the file and in the settings, naming each', () => {
    const file = JSON.parse(exportSettings(sampleSettings()));
    file.comment = 'hi';
    expect(errorsOf(JSON.stringify(file))).toEqual(['file.comment: unknown field in a settings file; remove it.']);
    delete file.comment;
    file.settings.ui.theme = 'dark';
    file.settings.profile.colour = 'blue';
    expect(errorsOf(JSON.stringify(file))).toEqual([
      'settings.profile.colour: unknown setting (this version does not use it; remove it)',
      'settings.ui.theme: unknown setting (this version does not use it; remove it)',
    ]);
  });

  it('rejects wrong types with paths', () => {
    const file = JSON.parse(exportSettings(sampleSettings()));
    file.settings.allowLocalTags = 'true';
    file.settings.customRules[0].appliesTo = 'bib';
    expect(errorsOf(JSON.stringify(file))).toEqual([
      'settings.allowLocalTags: expected true or false, got "true"',
      'settings.customRules[0].appliesTo: expected a list, got "bib"',
    ]);
  });

  it('rejects bad regular expressions in custom rules and profile patterns', () => {
    const file = JSON.parse(exportSettings(sampleSettings()));
    file.settings.customRules[0].pattern = 'te(mp';
    file.settings.profile.barcodePattern = '[0-9';
    const errors = errorsOf(JSON.stringify(file));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^settings\.profile\.barcodePattern: \/\[0-9\/ is not a valid regular expression/);
    expect(errors[1]).toMatch(/^settings\.customRules\[0\]\.pattern: \/te\(mp\/ is not a valid regular expression/);
  });

  it('rejects a bad regular expression in a version 1 lAma rule before migrating', () => {
    const file = JSON.parse(v1File);
    file.settings.customRules[0].re = '/Dub(lette/i';
    expect(errorsOf(JSON.stringify(file))).toEqual([
      expect.stringMatching(/^settings\.customRules\[0\]\.re: \/Dub\(lette\/i is not a valid regular expression/),
    ]);
  });

  it('rejects a missing settings object', () => {
    expect(errorsOf(JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 2 }))).toEqual([
      'file.settings: is missing; the file has no settings to import.',
    ]);
  });

  it('caps very long error lists', () => {
    const file = JSON.parse(exportSettings(sampleSettings()));
    for (let i = 0; i < 80; i++) file.settings.rules.enabled[`rule-${i}`] = 'no';
    const errors = errorsOf(JSON.stringify(file));
    expect(errors).toHaveLength(51);
    expect(errors[50]).toBe('…and 30 more problems');
  });
});
