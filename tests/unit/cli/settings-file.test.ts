// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDefaultSettings, exportSettings } from '../../../lib/settings';
import type { Settings } from '../../../lib/settings';
import { fixture, runCli, tempFile } from './cli-harness';

const CHABON = fixture('marc4j-chabon.mrc');

function settingsFile(name: string, change: (settings: Settings) => void): string {
  const settings = createDefaultSettings();
  change(settings);
  return tempFile(name, exportSettings(settings));
}

describe('alma-companion lint --settings FILE (a settings file exported from the options page)', () => {
  it('runs the custom rules it defines, with their severity and message', async () => {
    const plain = await runCli(['lint', '--format', 'jsonl', CHABON]);
    const path = settingsFile('custom-rule.json', (settings) => {
      settings.customRules.push({
        id: 'no-summerland',
        title: 'No Summerland',
        tag: '245',
        subfield: 'a',
        pattern: 'Summerland',
        flags: 'i',
        match: 'must-not-match',
        severity: 'error',
        message: 'Local test: this title is not wanted.',
        appliesTo: ['bib'],
      });
    });
    const custom = await runCli(['lint', '--format', 'jsonl', '--settings', path, CHABON]);
    const added = custom.lines.filter((line) => line.ruleId === 'custom/no-summerland');
    expect(plain.lines.some((line) => line.ruleId === 'custom/no-summerland')).toBe(false);
    expect(added.length).toBeGreaterThan(0);
    expect(added[0]).toMatchObject({ severity: 'error', tag: '245', code: 'a' });
    expect(added[0]!.message).toContain('this title is not wanted');
    expect(plain.status).toBe(0);
    expect(custom.status).toBe(1);
  });

  it('applies severity overrides and rule switches', async () => {
    const plain = await runCli(['lint', '--format', 'jsonl', CHABON]);
    const ruleId = plain.lines[0]!.ruleId as string;
    const original = plain.lines[0]!.severity;
    const severity = original === 'error' ? 'warning' : 'error';
    const raised = await runCli([
      'lint',
      '--format',
      'jsonl',
      '--settings',
      settingsFile('severity.json', (settings) => {
        settings.rules.severity[ruleId] = severity;
      }),
      CHABON,
    ]);
    expect(raised.lines.filter((line) => line.ruleId === ruleId).map((line) => line.severity)).toEqual(
      plain.lines.filter((line) => line.ruleId === ruleId).map(() => severity),
    );
    const off = await runCli([
      'lint',
      '--format',
      'jsonl',
      '--settings',
      settingsFile('disabled.json', (settings) => {
        settings.rules.enabled[ruleId] = false;
      }),
      CHABON,
    ]);
    expect(off.lines.some((line) => line.ruleId === ruleId)).toBe(false);
    expect(off.lines.length).toBe(plain.lines.filter((line) => line.ruleId !== ruleId).length);
  });

  it('takes the rule set from the settings unless --profile says otherwise', async () => {
    const oclc = settingsFile('oclc.json', (settings) => {
      settings.rules.ruleSet = 'oclc';
    });
    const many = fixture('marc4j-pride-and-prejudice-with-many-errors.mrc');
    const fromSettings = await runCli(['lint', '--format', 'jsonl', '--settings', oclc, many]);
    const fromFlag = await runCli(['lint', '--format', 'jsonl', '--profile', 'oclc', many]);
    const overridden = await runCli(['lint', '--format', 'jsonl', '--settings', oclc, '--profile', 'all', many]);
    const all = await runCli(['lint', '--format', 'jsonl', many]);
    expect(fromSettings.stdout).toBe(fromFlag.stdout);
    expect(overridden.stdout).toBe(all.stdout);
    expect(fromSettings.lines.length).toBeLessThan(all.lines.length);
  });

  it('refuses a file the options page would refuse, with the same reasons, and lints nothing', async () => {
    const notSettings = tempFile('not-settings.json', JSON.stringify({ hello: 'world' }));
    const refused = await runCli(['lint', '--settings', notSettings, CHABON]);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('not-settings.json: This is not an Alma Cataloger Companion settings file');
    const badSeverity = tempFile(
      'bad-severity.json',
      exportSettings(createDefaultSettings()).replace('"severity": {}', '"severity": { "x": "fatal" }'),
    );
    const invalid = await runCli(['lint', '--settings', badSeverity, CHABON]);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toMatch(/severity/);
    const missing = await runCli(['lint', '--settings', 'no-such-settings.json', CHABON]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-such-settings.json: no such file');
  });
});
