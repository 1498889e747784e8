/**
 * `alma-companion` command line: lint MARC files with the same readers and rules as the extension.
 * Bundled by scripts/build-cli.mjs into dist/cli.mjs; bin/alma-companion.mjs calls `runFromProcess`.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { errorText } from '../lib/error-text';
import { processIo, type CliIo, type TextSink } from './cli-io';
import { CSV_HEADER, csvFormatter } from './csv-format';
import { runFix } from './fix-file';
import { CLI_VERSION, HELP_TEXT } from './help-text';
import { HtmlReport } from './html-report';
import { loadSettingsFile, runOptionsFor, type LintConfig, type RunOptions as EngineOptions } from './lint-config';
import { fileSize, lintFile, STDIN, type FileOutcome } from './lint-file';
import type { LintedRecord } from './lint-record';
import { openFileSink, type FileSink } from './output-sink';
import { jsonlFormatter, textFormatterFor, type RecordFormatter } from './output-format';
import { textWords } from './text-words';
import { parseArgs, type LintCommand, type RunOptions } from './parse-args';
import { createProgress } from './progress';
import { RecordBytes } from './record-bytes';
import type { InputFormat } from './record-source';
import { writeUnicodeIso2709 } from './unicode-record';
import { localizedMessage, ruleLanguageOf, type RuleLanguage } from '../lib/rules/messages';

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNUSABLE_INPUT = 2;

function summaryLine(outcomes: readonly FileOutcome[], language: RuleLanguage): string {
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
  return textWords(language).summary({ records, files: outcomes.length, ...counts, recordsWithErrors: withErrors });
}

/** `--settings` and `--profile` → engine options; null (after saying why on stderr) when the settings are unusable. */
export async function engineOptionsFor(
  command: RunOptions,
  io: CliIo,
): Promise<{ config: LintConfig; engine: EngineOptions } | null> {
  const config: LintConfig = { ruleSet: command.ruleSet, settings: null };
  if (command.settingsFile !== null) {
    const loaded = await loadSettingsFile(command.settingsFile);
    if (!loaded.ok) {
      await io.stderr.write(
        `alma-companion: the settings file cannot be used:\n${loaded.errors.map((error) => `  ${error}\n`).join('')}`,
      );
      return null;
    }
    config.settings = loaded.settings;
  }
  const engine = runOptionsFor(config);
  for (const error of engine.customRuleErrors) await io.stderr.write(`alma-companion: custom rule skipped: ${error}\n`);
  return { config, engine };
}

/** The text format speaks the run's language (cli/text-words.ts); JSON Lines and CSV are for scripts. */
const FORMATTERS: Record<'text' | 'jsonl' | 'csv', (language: RuleLanguage) => RecordFormatter> = {
  text: textFormatterFor,
  jsonl: () => jsonlFormatter,
  csv: () => csvFormatter,
};

/** Whether a record goes to --bad: an error, or with --strict a warning too. */
function isBad(record: LintedRecord, strict: boolean): boolean {
  for (const finding of record.findings) {
    if (finding.severity === 'error' || (strict && finding.severity === 'warning')) return true;
  }
  return false;
}

/** POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG; "C" or nothing is English. */
export function languageOfEnvironment(env: Readonly<Record<string, string | undefined>>): RuleLanguage {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return ruleLanguageOf(locale);
}

/** Rule messages in `language` for every output format (the English text stays where a message has no id). */
function localizeFindings(records: readonly LintedRecord[], language: RuleLanguage): void {
  for (const record of records) {
    for (const finding of record.findings) finding.message = localizedMessage(finding, language);
  }
}

async function runLint(command: LintCommand, io: CliIo): Promise<number> {
  const options = await engineOptionsFor(command, io);
  if (options === null) return EXIT_UNUSABLE_INPUT;
  const now = io.now ?? (() => Date.now());
  const outcomes: FileOutcome[] = [];
  const jobs = command.jobs === 'auto' ? availableParallelism() : command.jobs;
  const files: FileSink[] = [];
  const open = async (path: string) => {
    const sink = await openFileSink(path);
    files.push(sink);
    return sink;
  };
  const language = command.language ?? languageOfEnvironment(io.env ?? {});
  const html = command.format === 'html' ? new HtmlReport(language) : null;
  /** Records of MARCXML or .mrk input that could be put in neither --good nor --bad. */
  let unsplit = 0;
  try {
    const out: TextSink = command.output === null ? io.stdout : await open(command.output);
    const good = command.good === null ? null : await open(command.good);
    const bad = command.bad === null ? null : await open(command.bad);
    const splitting = good !== null || bad !== null;
    const formatter = command.format === 'html' ? null : FORMATTERS[command.format](language);
    if (command.format === 'csv') await out.write(CSV_HEADER);
    for (const file of command.files) {
      const size = file === STDIN ? 0 : await fileSize(file);
      const progress = createProgress(io.stderr, io.stderrIsTTY && command.progress, file, size, now);
      // ISO 2709 input: each record's bytes are copied as read. MARCXML and .mrk input: the record as read is
      // written as ISO 2709 (the split files are always ISO 2709, ready to load).
      let bytes: RecordBytes<FileSink | null> | null = null;
      const route = async (piece: { bytes: Uint8Array; target: FileSink | null } | null) => {
        if (piece !== null && piece.target !== null) await piece.target.writeBytes(piece.bytes);
      };
      const routeParsed = async (record: LintedRecord, target: FileSink | null) => {
        if (target === null) return;
        const where = `${file === STDIN ? 'standard input' : file}, record ${record.index + 1}`;
        if (!record.record) {
          unsplit++;
          await io.stderr.write(`alma-companion: ${where} could not be read, so it is in neither --good nor --bad.\n`);
          return;
        }
        try {
          await target.writeBytes(writeUnicodeIso2709(record.record));
        } catch (error) {
          unsplit++;
          await io.stderr.write(`alma-companion: ${where} cannot be written as ISO 2709: ${errorText(error)}\n`);
        }
      };
      let headerWritten = false;
      let seen = 0;
      const outcome = await lintFile(file, {
        validate: options.engine.validate,
        config: options.config,
        inputFormat: command.inputFormat,
        stdin: io.stdin,
        chunkSize: io.chunkSize,
        jobs,
        ...(splitting
          ? {
              onFormat: (format: InputFormat) => {
                if (format === 'iso2709') bytes = new RecordBytes<FileSink | null>();
              },
              onChunk: (chunk: Uint8Array) => bytes?.addChunk(chunk),
              keepRecords: true,
            }
          : {}),
        onRecords: async (records, bytesRead) => {
          seen += records.length;
          if (language !== 'en') localizeFindings(records, language);
          progress.update(bytesRead, seen);
          if (splitting) {
            for (const record of records) {
              const target = isBad(record, command.strict) ? bad : good;
              if (bytes !== null) await route(bytes.next(record.offset, target));
              else await routeParsed(record, target);
              record.record = undefined;
            }
          }
          if (html !== null) {
            html.add(file, records);
            return;
          }
          let text = formatter!.records(file, records);
          if (text.length === 0) return;
          if (!headerWritten) {
            text = formatter!.fileHeader(file) + text;
            headerWritten = true;
          }
          await out.write(text);
        },
      });
      if (bytes !== null) await route((bytes as RecordBytes<FileSink | null>).finish());
      progress.done();
      outcomes.push(outcome);
      if (outcome.unusable !== null) await io.stderr.write(`alma-companion: ${outcome.unusable}\n`);
    }
    if (html !== null) await html.finish(out, outcomes);
    if (command.format === 'text') await out.write(summaryLine(outcomes, language));
    for (const sink of files.splice(0)) await sink.close();
  } catch (error) {
    html?.dispose();
    await Promise.allSettled(files.map((sink) => sink.close()));
    await io.stderr.write(`alma-companion: ${errorText(error)}\n`);
    return EXIT_UNUSABLE_INPUT;
  }
  if (unsplit > 0 || outcomes.some((outcome) => outcome.unusable !== null)) return EXIT_UNUSABLE_INPUT;
  const failing = (outcome: FileOutcome) => outcome.counts.error > 0 || (command.strict && outcome.counts.warning > 0);
  return outcomes.some(failing) ? EXIT_ERRORS_FOUND : EXIT_OK;
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
    case 'fix': {
      const options = await engineOptionsFor(parsed, io);
      if (options === null) return EXIT_UNUSABLE_INPUT;
      return runFix(parsed, options.engine.validate, io);
    }
  }
}

/**
 * A lint run keeps ~15 MB alive (rules, definitions, one batch of records) and turns everything else over
 * per batch, yet V8 lets the old generation grow to several times what survived its last full collection
 * before collecting again, so peak memory crept up with the file's size (128 MiB on 1x the bench's load
 * corpus, 163 MiB on 3x). Growing it by half at most keeps the peak flat; the extra full collections of a
 * 15 MB heap cost no measurable CPU (BENCHMARKS.md, 2026-12-07). V8 reads this flag at each collection, so
 * setting it here, before any record is read, is enough; `node --heap-growing-percent=N` still overrides it.
 */
const HEAP_GROWING_FLAG = '--heap-growing-percent=50';

/** Entry point for bin/alma-companion.mjs: real argv, real streams, exit status on the process. */
export async function runFromProcess(): Promise<void> {
  if (!process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent'))) setFlagsFromString(HEAP_GROWING_FLAG);
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
