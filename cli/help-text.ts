import packageJson from '../package.json';

export const CLI_VERSION: string = packageJson.version;

export const HELP_TEXT = `alma-companion ${CLI_VERSION} - MARC 21 linter (the rules of Alma Cataloger Companion)

Usage:
  alma-companion lint [--format text|jsonl] [--profile all|oclc] FILE...
  alma-companion --help | --version

Input formats (by extension and content):
  .mrc .marc .usmarc .iso  ISO 2709 (binary MARC)
  .xml                     MARCXML (collection or single record)
  .mrk                     MarcEdit mnemonic text

Options:
  -f, --format text|jsonl  text (default): findings grouped per record with its 001.
                           jsonl: one JSON object per finding:
                           {"file","record","tag","occurrence","code","ruleId","severity","message"}
                           (record and occurrence are 0-based; tag/occurrence/code are null when not applicable)
  -p, --profile all|oclc   rule set: all rules (default) or the OCLC export checks alone.
                           Structural (reading) problems are reported with both.
  -j, --jobs N|auto        lint ISO 2709 files on N worker threads (auto: one per CPU core; default 1).
                           Same output, in the same order; files under 512 KiB are linted on one thread.
      --no-progress        never show the progress line (it is only shown on a terminal, for large files)
  -h, --help               this text
  -V, --version            the version

Holdings records (leader/06 u, v, x or y) are checked with the holdings rules, everything else as bibliographic.

Exit status:
  0  no error-severity finding (warnings and info do not fail)
  1  at least one error-severity finding
  2  unusable input: missing/unreadable file, unknown format, no readable record, or bad arguments
`;
