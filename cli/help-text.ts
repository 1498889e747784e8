import packageJson from '../package.json';

export const CLI_VERSION: string = packageJson.version;

export const HELP_TEXT = `alma-companion ${CLI_VERSION} - MARC 21 linter (the rules of Alma Cataloger Companion)

Usage:
  alma-companion lint [options] FILE...          check records; FILE "-" is standard input
  alma-companion fix [options] IN -o OUT         apply the rules' safe fixes, write the records to OUT
  alma-companion --help | --version

Input formats (sniffed from the content, then the extension):
  .mrc .marc .usmarc .iso  ISO 2709 (binary MARC)
  .xml                     MARCXML (collection or single record)
  .mrk                     MarcEdit mnemonic text

Options for lint and fix:
      --settings FILE      a settings file exported from the options page ("Export settings"): its rule
                           switches, severities, custom rules, local-tag choice and institution profile are
                           applied as in the extension. Checked like the options page's import; a file that
                           does not pass is refused with the reasons (exit status 2).
  -p, --profile all|oclc   rule set: all rules, or the OCLC export checks alone (default: the settings
                           file's rule set, else all). Structural (reading) problems are reported with both.
      --input-format iso2709|marcxml|mrk
                           the input's format, instead of sniffing it (useful for standard input)
  -o, --output FILE        lint: write the report to FILE instead of standard output.
                           fix: the file the records are written to (required; .xml: MARCXML, else ISO 2709)

Options for lint:
  -f, --format text|jsonl|csv|html
                           text (default): findings grouped per record with its 001, then a summary line.
                           jsonl: one JSON object per finding: {"file","record","controlNumber","offset",
                             "tag","occurrence","code","indicator","position","ruleId","severity",["policy",]
                             "message"}; record/occurrence 0-based, offset = the record's byte offset
                             (characters for MARCXML/MarcEdit), position = [start, end) in a fixed field.
                           csv: one row per finding (file, record, 001, tag, occurrence, subfield, position,
                             rule, severity, policy, message, source); UTF-8 with BOM, RFC 4180, 1-based
                             record and occurrence; cells starting with = + - @ are prefixed with '.
                           html: one self-contained report (summary counts, bar charts per severity and per
                             rule, each record with findings with its 001 and 245 $a, links to the rule pages).
      --lang en|de         language of the rule messages, the text and the HTML report (default: from LC_ALL,
                           LC_MESSAGES or LANG, e.g. LANG=de_DE.UTF-8 gives German; English otherwise)
      --good FILE          also write the records without errors to FILE (ISO 2709)
      --bad FILE           also write the records with errors to FILE (ISO 2709). Together the two files
                           hold every input record once: ISO 2709 input is copied byte for byte as read;
                           MARCXML and .mrk records are written as ISO 2709 (UTF-8), and one that cannot be
                           read or written is named on standard error (exit status 2)
      --strict             warnings count as errors: for --good/--bad and for the exit status
  -j, --jobs N|auto        lint ISO 2709 files on N worker threads (auto: one per CPU core; default 1).
                           Same output, in the same order; files under 512 KiB, standard input and
                           --good/--bad are linted on one thread.
      --no-progress        never show the progress line (it is only shown on a terminal, for large files)

Options for fix:
      --only RULE,...      apply only these rules' fixes (rule ids as shown by lint)
  fix applies only the fixes marked safe (certain from the record: blanks, empty subfields, ISBN/ISSN/OCLC
  number form, ...; never a guess such as 040 $b eng), prints one line per change on standard output (record,
  001, rule, before -> after) and a count on standard error. Records without a fix are written byte for byte
  as read (ISO 2709 in and out).

  -h, --help               this text
  -V, --version            the version

Holdings records (leader/06 u, v, x or y) are checked with the holdings rules, everything else as bibliographic.
Output to a pipe that closes early (| head) ends quietly.

Exit status:
  0  no error-severity finding (warnings and info do not fail, unless --strict); fix: written
  1  at least one error-severity finding (with --strict: or warning)
  2  unusable input: missing/unreadable file, unknown format, no readable record, unusable settings file,
     or bad arguments
`;
