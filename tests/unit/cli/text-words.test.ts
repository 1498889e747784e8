// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeLocation, textFormatterFor } from '../../../cli/output-format';
import { textWords } from '../../../cli/text-words';
import type { LintedRecord } from '../../../cli/lint-record';
import { fixture, runCli } from './cli-harness';

/** `lint --format text` in the run's language: headings, severities, places, policy label and summary line. */
const FILE = fixture('marc4j-pride-and-prejudice-with-many-errors.mrc');
const numbers = (line: string): string[] => line.match(/\d[\d.,]*/g)!.map((n) => n.replace(/[.,]/g, ''));

describe('text output words', () => {
  it('writes the report in German with --lang de, with the same counts as the English one', async () => {
    const english = await runCli(['lint', FILE]);
    const german = await runCli(['lint', '--lang', 'de', FILE]);
    expect(german.status).toBe(english.status);
    expect(german.stdout).toMatch(/^ {2}Datensatz 1 \(001 \S+; Index 0\):$/m);
    expect(german.stdout).not.toMatch(/^ {2}Record /m);
    expect(german.stdout).toMatch(/^ {4}(Fehler |Warnung|Hinweis) \S/m);
    expect(german.stdout).not.toMatch(/^ {4}(error|warning|info) /m);
    const summary = (run: { stdout: string }) => run.stdout.trimEnd().split('\n').at(-1)!;
    expect(summary(german)).toMatch(
      /^[\d.]+ Datensätze in 1 Datei: [\d.]+ Fehler, [\d.]+ Warnung(en)?, [\d.]+ Hinweise? \([\d.]+ Datens(atz|ätze) mit Fehlern\)\.$/,
    );
    expect(numbers(summary(german))).toEqual(numbers(summary(english)));
    expect(summary(english)).toMatch(/^[\d,]+ records in 1 file: /);
    // As many finding lines in both: the words change, not what is reported.
    expect(german.stdout.split('\n').length).toBe(english.stdout.split('\n').length);
  });

  it('says a holdings record, a missing 001, a whole-record place and a policy in German', () => {
    const records: LintedRecord[] = [
      {
        index: 4,
        offset: 0,
        controlNumber: null,
        kind: 'holdings',
        findings: [
          { ruleId: 'r', severity: 'info', message: 'Nachricht', policy: 'oclc' },
          { ruleId: 's', severity: 'warning', message: 'M', tag: '100', occurrence: 0, indicator: 1 },
        ],
      },
    ];
    expect(textFormatterFor('de').records('f.mrc', records)).toBe(
      '  Datensatz 5 (kein 001, Bestandsdatensatz; Index 4):\n' +
        '    Hinweis Datensatz: Nachricht [r; Praxis: oclc]\n' +
        '    Warnung 100[1] ind1: M [s]\n',
    );
    expect(textFormatterFor('en').records('f.mrc', records)).toBe(
      '  Record 5 (no 001, holdings; index 4):\n' +
        '    info    record: Nachricht [r; policy: oclc]\n' +
        '    warning 100[1] ind1: M [s]\n',
    );
    expect(describeLocation({ ruleId: 'r', severity: 'info', message: 'm' }, textWords('de'))).toBe('Datensatz');
  });

  it('counts in the singular and with German digit groups', () => {
    const one = { records: 1, files: 1, error: 1, warning: 1, info: 1, recordsWithErrors: 1 };
    expect(textWords('de').summary(one)).toBe(
      '1 Datensatz in 1 Datei: 1 Fehler, 1 Warnung, 1 Hinweis (1 Datensatz mit Fehlern).\n',
    );
    expect(textWords('en').summary(one)).toBe(
      '1 record in 1 file: 1 error, 1 warning, 1 info (1 record with errors).\n',
    );
    expect(textWords('de').summary({ ...one, records: 43210, files: 2 })).toMatch(/^43\.210 Datensätze in 2 Dateien:/);
  });
});
