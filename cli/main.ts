/**
 * `alma-companion` command line: lint MARC files with the same readers and rules as the extension.
 * Bundled by scripts/build-cli.mjs into dist/cli.mjs; bin/alma-companion.mjs calls `runFromProcess`.
 */
import { availableParallelism } from 'node:os';
import { processIo, type CliIo } from './cli-io';
import { fileSize, lintFile, type FileOutcome } from './lint-file';
import { jsonlFormatter, textFormatter, type RecordFormatter } from './output-format';
import { parseArgs, type LintCommand } from './parse-args';
import { createProgress } from './progress';
import { CLI_VERSION, HELP_TEXT } from './help-text';

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNUSABLE_INPUT = 2;

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
}

function summaryLine(outcomes: readonly FileOutcome[]): string {
  let records = 0;
  let withErrors = 0;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const outcome of outcomes) {
    records += outcome.records;
    withErrors += outcome.recordsWithErrors;
    counts.error += outcome.counts.error;
    counts.warning += outcome.counts.warning;
    counts.info += outcome.counts.info;
  }
  return (
    `${plural(records, 'record')} in ${plural(outcomes.length, 'file')}: ` +
    `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info.toLocaleString('en-US')} info` +
    ` (${plural(withErrors, 'record')} with errors).\n`
  );
}

async function runLint(command: LintCommand, io: CliIo): Promise<number> {
  const formatter: RecordFormatter = command.format === 'jsonl' ? jsonlFormatter : textFormatter;
  const now = io.now ?? (() => Date.now());
  const outcomes: FileOutcome[] = [];
  const jobs = command.jobs === 'auto' ? availableParallelism() : command.jobs;
  for (const file of command.files) {
    const progress = createProgress(io.stderr, io.stderrIsTTY && command.progress, file, await fileSize(file), now);
    let headerWritten = false;
    let seen = 0;
    const outcome = await lintFile(file, {
      ruleSet: command.ruleSet,
      chunkSize: io.chunkSize,
      jobs,
      onRecords: async (records, bytesRead) => {
        seen += records.length;
        progress.update(bytesRead, seen);
        let text = formatter.records(file, records);
        if (text.length === 0) return;
        if (!headerWritten) {
          text = formatter.fileHeader(file) + text;
          headerWritten = true;
        }
        await io.stdout.write(text);
      },
    });
    progress.done();
    outcomes.push(outcome);
    if (outcome.unusable !== null) await io.stderr.write(`alma-companion: ${outcome.unusable}\n`);
  }
  if (command.format === 'text') await io.stdout.write(summaryLine(outcomes));
  if (outcomes.some((outcome) => outcome.unusable !== null)) return EXIT_UNUSABLE_INPUT;
  return outcomes.some((outcome) => outcome.counts.error > 0) ? EXIT_ERRORS_FOUND : EXIT_OK;
}

/** Runs the CLI with the given arguments (without `node` and the script name); resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.command) {
    case 'help':
      await io.stdout.write(HELP_TEXT);
      return EXIT_OK;
    case 'version':
      await io.stdout.write(`${CLI_VERSION}\n`);
      return EXIT_OK;
    case 'invalid':
      await io.stderr.write(`alma-companion: ${parsed.message}\n`);
      return EXIT_UNUSABLE_INPUT;
    case 'lint':
      return runLint(parsed, io);
  }
}

/** Entry point for bin/alma-companion.mjs: real argv, real streams, exit status on the process. */
export async function runFromProcess(): Promise<void> {
  // `alma-companion lint x.mrc | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2));
}

// Worker threads (--jobs) load this same bundle; lint-file imports parallel-lint, whose worker entry then runs.
export { lintFile } from './lint-file';
export { lintReadResult } from './lint-record';
