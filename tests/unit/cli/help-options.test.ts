import { describe, expect, it } from 'vitest';
import { HELP_TEXT } from '../../../cli/help-text';
import { COMMON_OPTIONS, FIX_OPTIONS, LINT_OPTIONS, parseArgs, SHORT_OPTIONS } from '../../../cli/parse-args';

/** A value each valued option accepts (the rest are flags or take any file name). */
const SAMPLE_VALUES: Record<string, string> = {
  '--profile': 'oclc',
  '--format': 'jsonl',
  '--lang': 'de',
  '--jobs': '2',
  '--input-format': 'mrk',
  '--only': 'isbn',
};
const FLAGS = new Set(['--strict', '--no-progress', '--help', '--version']);

function argsFor(command: 'lint' | 'fix', option: string): string[] {
  const value = FLAGS.has(option) ? [] : [SAMPLE_VALUES[option] ?? 'some-file.txt'];
  const output = command === 'fix' && option !== '--output' ? ['-o', 'out.mrc'] : [];
  return [command, option, ...value, ...output, 'in.mrc'];
}

describe('--help and the options parser', () => {
  const all = [...COMMON_OPTIONS, ...LINT_OPTIONS, ...FIX_OPTIONS];

  it('documents every option the parser accepts, with its one-letter alias', () => {
    for (const option of all) expect(HELP_TEXT, option).toMatch(new RegExp(`(^|[\\s,|])${option}(?![\\w-])`, 'm'));
    for (const [alias, option] of Object.entries(SHORT_OPTIONS)) expect(HELP_TEXT).toContain(`${alias}, ${option}`);
  });

  it('documents no option the parser does not have', () => {
    const documented = new Set(HELP_TEXT.match(/(?<![\w-])--[a-z][a-z-]*/g));
    expect([...documented].sort()).toEqual([...new Set(all)].sort());
  });

  it('accepts every listed option for its command, and refuses the others', () => {
    for (const option of [...COMMON_OPTIONS, ...LINT_OPTIONS]) {
      expect(parseArgs(argsFor('lint', option)).command, `lint ${option}`).not.toBe('invalid');
    }
    for (const option of [...COMMON_OPTIONS, ...FIX_OPTIONS]) {
      expect(parseArgs(argsFor('fix', option)).command, `fix ${option}`).not.toBe('invalid');
    }
    for (const option of LINT_OPTIONS) {
      expect(parseArgs(argsFor('fix', option)), `fix ${option}`).toMatchObject({ command: 'invalid' });
    }
    expect(parseArgs(argsFor('lint', '--only'))).toMatchObject({ command: 'invalid' });
    expect(parseArgs(['lint', '--nonsense', 'in.mrc'])).toMatchObject({ command: 'invalid' });
  });
});
