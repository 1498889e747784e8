/**
 * Command-line arguments of `alma-companion`. Kept free of I/O so the parser is testable alone.
 */
export type OutputFormat = 'text' | 'jsonl';
export type RuleSetName = 'all' | 'oclc';

export interface LintCommand {
  command: 'lint';
  format: OutputFormat;
  ruleSet: RuleSetName;
  /** Show a progress line on stderr (only ever honoured when stderr is a terminal). */
  progress: boolean;
  /** Worker threads for ISO 2709 files; 'auto' = one per CPU core. */
  jobs: number | 'auto';
  files: string[];
}

export type ParsedArgs =
  | LintCommand
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'invalid'; message: string };

const FORMATS: readonly OutputFormat[] = ['text', 'jsonl'];
const RULE_SETS: readonly RuleSetName[] = ['all', 'oclc'];

/** Splits `--name=value` and `--name value` alike; returns the value and how many arguments it used. */
function optionValue(args: readonly string[], i: number): { value: string | undefined; used: number } {
  const arg = args[i]!;
  const eq = arg.indexOf('=');
  if (eq >= 0) return { value: arg.slice(eq + 1), used: 1 };
  return { value: args[i + 1], used: 2 };
}

export function parseArgs(args: readonly string[]): ParsedArgs {
  if (args.length === 0) return { command: 'help' };
  if (args.includes('--help') || args.includes('-h') || args[0] === 'help') return { command: 'help' };
  if (args.includes('--version') || args.includes('-V') || args[0] === 'version') return { command: 'version' };
  if (args[0] !== 'lint') {
    return {
      command: 'invalid',
      message: `Unknown command "${args[0]}". Use "alma-companion lint FILE..." (see --help).`,
    };
  }
  const parsed: LintCommand = { command: 'lint', format: 'text', ruleSet: 'all', progress: true, jobs: 1, files: [] };
  let onlyFiles = false;
  for (let i = 1; i < args.length; ) {
    const arg = args[i]!;
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      parsed.files.push(arg);
      i++;
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      i++;
      continue;
    }
    const name = arg.split('=', 1)[0];
    if (name === '--no-progress') {
      parsed.progress = false;
      i++;
      continue;
    }
    if (name === '--format' || name === '-f') {
      const { value, used } = optionValue(args, i);
      if (!FORMATS.includes(value as OutputFormat)) {
        return { command: 'invalid', message: `--format must be one of ${FORMATS.join(', ')}, not "${value ?? ''}".` };
      }
      parsed.format = value as OutputFormat;
      i += used;
      continue;
    }
    if (name === '--profile' || name === '-p') {
      const { value, used } = optionValue(args, i);
      if (!RULE_SETS.includes(value as RuleSetName)) {
        return {
          command: 'invalid',
          message: `--profile must be one of ${RULE_SETS.join(', ')}, not "${value ?? ''}".`,
        };
      }
      parsed.ruleSet = value as RuleSetName;
      i += used;
      continue;
    }
    if (name === '--jobs' || name === '-j') {
      const { value, used } = optionValue(args, i);
      const count = Number(value);
      if (value !== 'auto' && !(Number.isInteger(count) && count >= 1 && count <= 64)) {
        return {
          command: 'invalid',
          message: `--jobs must be a whole number from 1 to 64 or "auto", not "${value ?? ''}".`,
        };
      }
      parsed.jobs = value === 'auto' ? 'auto' : count;
      i += used;
      continue;
    }
    return { command: 'invalid', message: `Unknown option "${arg}" (see --help).` };
  }
  if (parsed.files.length === 0) {
    return { command: 'invalid', message: 'No input file given. Usage: alma-companion lint [options] FILE...' };
  }
  return parsed;
}
