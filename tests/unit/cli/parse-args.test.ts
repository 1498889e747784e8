// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../cli/parse-args';

describe('parseArgs', () => {
  it('reads options in both --name value and --name=value forms, in any position', () => {
    expect(parseArgs(['lint', '--format', 'jsonl', 'a.mrc', '--profile=oclc', 'b.xml'])).toEqual({
      command: 'lint',
      format: 'jsonl',
      ruleSet: 'oclc',
      settingsFile: null,
      inputFormat: null,
      output: null,
      good: null,
      bad: null,
      strict: false,
      progress: true,
      jobs: 1,
      language: null,
      files: ['a.mrc', 'b.xml'],
    });
    expect(parseArgs(['lint', '-f', 'text', '-p', 'all', '--no-progress', '-j', '2', 'a.mrk'])).toEqual({
      command: 'lint',
      format: 'text',
      ruleSet: 'all',
      settingsFile: null,
      inputFormat: null,
      output: null,
      good: null,
      bad: null,
      strict: false,
      progress: false,
      jobs: 2,
      language: null,
      files: ['a.mrk'],
    });
    expect(
      parseArgs([
        'lint',
        '--settings=s.json',
        '-f',
        'csv',
        '-o',
        'r.csv',
        '--good',
        'g.mrc',
        '--bad=b.mrc',
        '--strict',
        '-',
      ]),
    ).toMatchObject({
      settingsFile: 's.json',
      format: 'csv',
      output: 'r.csv',
      good: 'g.mrc',
      bad: 'b.mrc',
      strict: true,
      files: ['-'],
    });
    expect(parseArgs(['fix', 'in.mrc', '-o', 'out.mrc', '--only', 'a, b', '--input-format', 'iso2709'])).toEqual({
      command: 'fix',
      ruleSet: null,
      settingsFile: null,
      inputFormat: 'iso2709',
      files: ['in.mrc'],
      output: 'out.mrc',
      only: ['a', 'b'],
    });
    expect(parseArgs(['lint', '--jobs=auto', 'a.mrc'])).toMatchObject({ jobs: 'auto' });
  });

  it('treats everything after -- as a file name', () => {
    expect(parseArgs(['lint', '--', '--odd-name.mrc'])).toMatchObject({ command: 'lint', files: ['--odd-name.mrc'] });
  });

  it('shows help without arguments or with -h, and the version with -V', () => {
    expect(parseArgs([])).toEqual({ command: 'help' });
    expect(parseArgs(['lint', 'a.mrc', '-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['-V'])).toEqual({ command: 'version' });
  });

  it('rejects unknown values, options and commands with a message naming them', () => {
    const cases: Array<[string[], RegExp]> = [
      [['lint', '--format', 'pdf', 'a.mrc'], /--format .*"pdf"/],
      [['lint', '--input-format', 'json', 'a.mrc'], /--input-format .*"json"/],
      [['lint', '-', '-'], /only once/],
      [['fix', 'a.mrc'], /-o OUT/],
      [['fix', 'a.mrc', 'b.mrc', '-o', 'c.mrc'], /one input file/],
      [['fix', 'a.mrc', '-o', 'c.mrc', '--format', 'csv'], /"--format"/],
      [['fix', 'a.mrc', '-o', 'c.mrc', '--only', ','], /--only/],
      [['lint', '--profile'], /--profile .*""/],
      [['lint', '--verbose', 'a.mrc'], /"--verbose"/],
      [['validate', 'a.mrc'], /"validate"/],
      [['lint', '--format', 'text'], /No input file/],
      [['lint', '--jobs', '0', 'a.mrc'], /--jobs .*"0"/],
      [['lint', '--jobs=1.5', 'a.mrc'], /--jobs .*"1.5"/],
    ];
    for (const [args, message] of cases) {
      const parsed = parseArgs(args);
      expect(parsed.command).toBe('invalid');
      if (parsed.command === 'invalid') expect(parsed.message).toMatch(message);
    }
  });
});
