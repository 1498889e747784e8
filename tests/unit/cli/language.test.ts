import { describe, expect, it } from 'vitest';
import { portableFinding } from '../../../cli/batch-linter';
import { languageOfEnvironment } from '../../../cli/main';
import { parseArgs } from '../../../cli/parse-args';
import { fixture, runCli } from './cli-harness';

/** `lint` says rule messages in German or English: `--lang`, else the locale of the environment. */
const FILE = fixture('marc4j-pride-and-prejudice-with-many-errors.mrc');
const isbnMessages = (lines: Array<Record<string, unknown>>): string[] =>
  lines.filter((line) => line.ruleId === 'isbn').map((line) => String(line.message));

describe('lint --lang', () => {
  it('parses en and de, refuses others, and leaves the default to the environment', () => {
    expect(parseArgs(['lint', '--lang', 'de', 'a.mrc'])).toMatchObject({ command: 'lint', language: 'de' });
    expect(parseArgs(['lint', '--lang=en', 'a.mrc'])).toMatchObject({ language: 'en' });
    expect(parseArgs(['lint', 'a.mrc'])).toMatchObject({ language: null });
    expect(parseArgs(['lint', '--lang', 'fr', 'a.mrc'])).toEqual({
      command: 'invalid',
      message: '--lang must be one of en, de, not "fr".',
    });
  });

  it('takes the language from LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(languageOfEnvironment({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(languageOfEnvironment({ LC_ALL: 'C', LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(languageOfEnvironment({ LC_MESSAGES: 'de_AT', LANG: 'en_US.UTF-8' })).toBe('de');
    expect(languageOfEnvironment({})).toBe('en');
  });

  it('writes the ISBN findings of a file in German with --lang de or LANG=de, in English otherwise', async () => {
    const english = isbnMessages((await runCli(['lint', '--format', 'jsonl', FILE])).lines);
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((message) => message.startsWith('Field 020'))).toBe(true);

    const german = isbnMessages((await runCli(['lint', '--format', 'jsonl', '--lang', 'de', FILE])).lines);
    expect(german).toHaveLength(english.length);
    expect(german.every((message) => message.startsWith('Feld 020 (Vorkommen'))).toBe(true);

    const fromLang = await runCli(['lint', '--format', 'jsonl', FILE], { env: { LANG: 'de_DE.UTF-8' } });
    expect(isbnMessages(fromLang.lines)).toEqual(german);
    const overridden = await runCli(['lint', '--format', 'jsonl', '--lang', 'en', FILE], { env: { LANG: 'de_DE' } });
    expect(isbnMessages(overridden.lines)).toEqual(english);
  });

  it('keeps message ids and parameters on the findings that cross to worker threads', () => {
    const finding = {
      ruleId: 'isbn',
      severity: 'warning' as const,
      message: 'x',
      messageId: 'isbn.bad-check',
      params: { number: '1' },
    };
    expect(portableFinding(finding)).toMatchObject({ messageId: 'isbn.bad-check', params: { number: '1' } });
  });
});
