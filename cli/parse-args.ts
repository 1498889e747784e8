/**
 * Command-line arguments of `alma-companion`. Kept free of I/O so the parser is testable alone.
 */
import { RULE_LANGUAGES, type RuleLanguage } from '../lib/rules/messages';

export type OutputFormat = 'text' | 'jsonl' | 'csv' | 'html';
export type RuleSetName = 'all' | 'oclc';
export type InputFormatName = 'iso2709' | 'marcxml' | 'mrk';

/** What `lint` and `fix` share: where the records come from and which rules run. */
export interface RunOptions {
  /** `--profile`; null: the settings file's rule set, else 'all'. */
  ruleSet: RuleSetName | null;
  /** `--settings FILE`: a settings file exported from the options page. */
  settingsFile: string | null;
  /** `--input-format`: overrides sniffing (needed for standard input that sniffing cannot tell). */
  inputFormat: InputFormatName | null;
  /** Files to read; `-` is standard input. */
  files: string[];
}

export interface LintCommand extends RunOptions {
  command: 'lint';
  format: OutputFormat;
  /** `-o FILE`: the report goes there instead of standard output. */
  output: string | null;
  /** `--good FILE` / `--bad FILE`: records without / with errors, byte for byte as read. */
  good: string | null;
  bad: string | null;
  /** `--strict`: warnings count as errors (for --bad and the exit status). */
  strict: boolean;
  /** Show a progress line on stderr (only ever honoured when stderr is a terminal). */
  progress: boolean;
  /** Worker threads for ISO 2709 files; 'auto' = one per CPU core. */
  jobs: number | 'auto';
  /** `--lang`: the language of the rule messages; null: from the environment (LC_ALL, LC_MESSAGES, LANG). */
  language: RuleLanguage | null;
}

export interface FixCommand extends RunOptions {
  command: 'fix';
  /** `-o FILE`: where the fixed records go (required). */
  output: string;
  /** `--only RULE,...`: apply only these rules' fixes; null: every safe fix. */
  only: string[] | null;
}

export type ParsedArgs =
  | LintCommand
  | FixCommand
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'invalid'; message: string };

/**
 * Every option the parser accepts (long names), per command: --help documents each, and
 * tests/unit/cli/help-options.test.ts holds the two together. An option missing here is refused.
 */
export const COMMON_OPTIONS = ['--profile', '--settings', '--input-format', '--output', '--help', '--version'] as const;
export const LINT_OPTIONS = ['--format', '--lang', '--good', '--bad', '--strict', '--jobs', '--no-progress'] as const;
export const FIX_OPTIONS = ['--only'] as const;
/** One-letter aliases. */
export const SHORT_OPTIONS: Readonly<Record<string, string>> = {
  '-f': '--format',
  '-p': '--profile',
  '-j': '--jobs',
  '-o': '--output',
  '-h': '--help',
  '-V': '--version',
};
const ACCEPTED: Record<'lint' | 'fix', ReadonlySet<string>> = {
  lint: new Set<string>([...COMMON_OPTIONS, ...LINT_OPTIONS]),
  fix: new Set<string>([...COMMON_OPTIONS, ...FIX_OPTIONS]),
};

const FORMATS: readonly OutputFormat[] = ['text', 'jsonl', 'csv', 'html'];
const RULE_SETS: readonly RuleSetName[] = ['all', 'oclc'];
const INPUT_FORMATS: readonly InputFormatName[] = ['iso2709', 'marcxml', 'mrk'];

/** Splits `--name=value` and `--name value` alike; returns the value and how many arguments it used. */
function optionValue(args: readonly string[], i: number): { value: string | undefined; used: number } {
  const arg = args[i]!;
  const eq = arg.indexOf('=');
  if (arg.startsWith('--') && eq >= 0) return { value: arg.slice(eq + 1), used: 1 };
  return { value: args[i + 1], used: 2 };
}

const invalid = (message: string): ParsedArgs => ({ command: 'invalid', message });

function oneOf<T extends string>(option: string, allowed: readonly T[], value: string | undefined): T | string {
  if (allowed.includes(value as T)) return value as T;
  return `${option} must be one of ${allowed.join(', ')}, not "${value ?? ''}".`;
}

/** Takes an option's value; returns why it is not acceptable, or null. */
type Setter = (value: string | undefined) => string | null;

export function parseArgs(args: readonly string[]): ParsedArgs {
  if (args.length === 0) return { command: 'help' };
  if (args.includes('--help') || args.includes('-h') || args[0] === 'help') return { command: 'help' };
  if (args.includes('--version') || args.includes('-V') || args[0] === 'version') return { command: 'version' };
  const command = args[0];
  if (command !== 'lint' && command !== 'fix') {
    return invalid(
      `Unknown command "${command}". Use "alma-companion lint FILE..." or "alma-companion fix IN -o OUT" (see --help).`,
    );
  }
  const run: RunOptions = { ruleSet: null, settingsFile: null, inputFormat: null, files: [] };
  const lint: Omit<LintCommand, keyof RunOptions | 'command'> = {
    format: 'text',
    output: null,
    good: null,
    bad: null,
    strict: false,
    progress: true,
    jobs: 1,
    language: null,
  };
  let output: string | null = null;
  let only: string[] | null = null;

  const valued: Record<string, Setter> = {
    '--profile': (value) => {
      const chosen = oneOf('--profile', RULE_SETS, value);
      if (!RULE_SETS.includes(chosen as RuleSetName)) return chosen;
      run.ruleSet = chosen as RuleSetName;
      return null;
    },
    '--settings': (value) => {
      if (!value) return '--settings needs the path of a settings file exported from the options page.';
      run.settingsFile = value;
      return null;
    },
    '--input-format': (value) => {
      const chosen = oneOf('--input-format', INPUT_FORMATS, value);
      if (!INPUT_FORMATS.includes(chosen as InputFormatName)) return chosen;
      run.inputFormat = chosen as InputFormatName;
      return null;
    },
    '--output': (value) => {
      if (!value) return '-o/--output needs a file name.';
      output = value;
      return null;
    },
  };
  const lintValued: Record<string, Setter> = {
    '--format': (value) => {
      const chosen = oneOf('--format', FORMATS, value);
      if (!FORMATS.includes(chosen as OutputFormat)) return chosen;
      lint.format = chosen as OutputFormat;
      return null;
    },
    '--lang': (value) => {
      const chosen = oneOf('--lang', RULE_LANGUAGES, value);
      if (!RULE_LANGUAGES.includes(chosen as RuleLanguage)) return chosen;
      lint.language = chosen as RuleLanguage;
      return null;
    },
    '--good': (value) => {
      if (!value) return '--good needs a file name.';
      lint.good = value;
      return null;
    },
    '--bad': (value) => {
      if (!value) return '--bad needs a file name.';
      lint.bad = value;
      return null;
    },
    '--jobs': (value) => {
      const count = Number(value);
      if (value !== 'auto' && !(Number.isInteger(count) && count >= 1 && count <= 64)) {
        return `--jobs must be a whole number from 1 to 64 or "auto", not "${value ?? ''}".`;
      }
      lint.jobs = value === 'auto' ? 'auto' : count;
      return null;
    },
  };
  const fixValued: Record<string, Setter> = {
    '--only': (value) => {
      const ids = (value ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id.length > 0);
      if (ids.length === 0) return '--only needs rule ids separated by commas, e.g. --only subfield-whitespace,isbn.';
      only = ids;
      return null;
    },
  };

  let onlyFiles = false;
  for (let i = 1; i < args.length; ) {
    const arg = args[i]!;
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      run.files.push(arg);
      i++;
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      i++;
      continue;
    }
    const given = arg.startsWith('--') ? arg.split('=', 1)[0]! : arg;
    const name = SHORT_OPTIONS[given] ?? given;
    if (!ACCEPTED[command].has(name)) return invalid(`Unknown option "${arg}" for ${command} (see --help).`);
    if (command === 'lint' && name === '--no-progress') {
      lint.progress = false;
      i++;
      continue;
    }
    if (command === 'lint' && name === '--strict') {
      lint.strict = true;
      i++;
      continue;
    }
    const setter = valued[name] ?? (command === 'lint' ? lintValued[name] : fixValued[name]);
    if (!setter) return invalid(`Unknown option "${arg}" for ${command} (see --help).`);
    const { value, used } = optionValue(args, i);
    const problem = setter(value);
    if (problem !== null) return invalid(problem);
    i += used;
  }
  if (command === 'fix') {
    if (run.files.length !== 1) {
      return invalid('fix takes one input file. Usage: alma-companion fix [options] IN -o OUT');
    }
    if (output === null) return invalid('fix needs -o OUT: the file the fixed records are written to.');
    return { command: 'fix', ...run, output, only };
  }
  if (run.files.length === 0) return invalid('No input file given. Usage: alma-companion lint [options] FILE...');
  if (run.files.filter((file) => file === '-').length > 1)
    return invalid('Standard input ("-") can be read only once.');
  return { command: 'lint', ...run, ...lint, output };
}
