/**
 * `--format html`: one self-contained file for a cataloging manager (no scripts, no remote assets): a summary
 * (records checked, with errors, with warnings; findings per severity and per rule as CSS bar charts), then
 * every record with findings, with its 001 and 245 $a, each finding linked to its MARC 21 or procedure page.
 * Record data is untrusted: every piece of it is escaped, and only http(s) sources become links.
 * The file is also well-formed XML (XHTML syntax), so any XML parser can check it. It speaks the run's language
 * (cli/html-words.ts); the rule messages come localized from the CLI.
 *
 * The summary comes first but is only known at the end, so the record list is spooled to a temporary file
 * while linting and copied in after the summary: memory stays flat whatever the number of records.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEVERITIES, type Finding, type Severity } from '../lib/rules/types';
import type { TextSink } from './cli-io';
import type { FileOutcome } from './lint-file';
import type { LintedRecord } from './lint-record';
import { describeLocation, policyOf } from './output-format';
import type { RuleLanguage } from '../lib/rules/messages';
import { htmlWords, type HtmlWords } from './html-words';
import { textWords, type TextWords } from './text-words';

/** Reading problems have no rule page of their own: they point at the record structure specification. */
const STRUCTURE_SOURCE = 'https://www.loc.gov/marc/specifications/specrecstruc.html';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Also drops the control characters XML 1.0 forbids (damaged records quote them), shown as \xNN. */
const UNSAFE = /[&<>"']|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

export function escapeHtml(text: string): string {
  return text.replace(UNSAFE, (char) => ESCAPES[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function sourceLink(finding: Finding): string | null {
  const source = finding.source ?? (finding.ruleId.startsWith('structure/') ? STRUCTURE_SOURCE : undefined);
  return source !== undefined && /^https?:\/\//i.test(source) ? source : null;
}

const STYLE = `
:root { color-scheme: light dark; --bar: #2b6cb0; --error: #b42318; --warning: #8a5a00; --info: #475467; }
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
.counts { display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; }
.counts div { border: 1px solid; border-radius: .4rem; padding: .5rem 1rem; min-width: 10rem; }
.counts dt { font-size: .85rem; } .counts dd { font-size: 1.5rem; font-weight: 600; margin: 0; }
table.bars { border-collapse: collapse; width: 100%; }
table.bars th { text-align: left; font-weight: normal; padding: .15rem .75rem .15rem 0; white-space: nowrap; width: 1%; }
table.bars td { padding: .15rem 0; }
.bar { display: inline-block; height: .9rem; background: var(--bar); vertical-align: middle; margin-right: .4rem;
  forced-color-adjust: none; min-width: 1px; }
@media (forced-colors: active) { .bar { background: CanvasText; } }
.sev { font-weight: 600; } .sev-error { color: var(--error); } .sev-warning { color: var(--warning); }
.sev-info { color: var(--info); }
@media (prefers-color-scheme: dark) { :root { --bar: #63b3ed; --error: #ff8a80; --warning: #f6c453; --info: #cbd5e1; } }
ul.findings { margin: 0; padding-left: 1.25rem; } .title { margin: 0; font-style: italic; }
code { font-size: .9em; }
`;

interface RuleTally {
  count: number;
  severity: Severity;
  source: string | null;
}

function barRows(rows: ReadonlyArray<{ label: string; count: number; link: string | null }>, locale: string): string {
  const max = Math.max(1, ...rows.map((row) => row.count));
  let html = '';
  for (const row of rows) {
    const label = row.link ? `<a href="${escapeHtml(row.link)}">${escapeHtml(row.label)}</a>` : escapeHtml(row.label);
    const width = ((row.count / max) * 100).toFixed(1);
    html += `<tr><th scope="row">${label}</th><td><span class="bar" style="width: ${width}%"></span>${row.count.toLocaleString(locale)}</td></tr>\n`;
  }
  return html;
}

export class HtmlReport {
  private readonly dir = mkdtempSync(join(tmpdir(), 'alma-companion-report-'));
  private readonly spool: number;
  private readonly rules = new Map<string, RuleTally>();
  private readonly severities: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  private listed = 0;
  private readonly words: HtmlWords;
  private readonly placeWords: TextWords;

  constructor(language: RuleLanguage = 'en') {
    this.words = htmlWords(language);
    this.placeWords = textWords(language);
    this.spool = openSync(join(this.dir, 'records.html'), 'w+');
  }

  /** Adds a batch of linted records (only those with findings are listed). */
  add(file: string, records: readonly LintedRecord[]): void {
    const words = this.words;
    let html = '';
    for (const record of records) {
      if (record.findings.length === 0) continue;
      this.listed++;
      const id = record.controlNumber === null ? words.noControlNumber : `001 ${record.controlNumber}`;
      html += `<article><h3>${escapeHtml(file)} · ${words.record(record.index + 1)} · ${escapeHtml(id)}</h3>\n`;
      if (record.title) html += `<p class="title">245 $a: ${escapeHtml(record.title)}</p>\n`;
      html += '<ul class="findings">\n';
      for (const finding of record.findings) {
        this.severities[finding.severity]++;
        const link = sourceLink(finding);
        let tally = this.rules.get(finding.ruleId);
        if (!tally) {
          tally = { count: 0, severity: finding.severity, source: link };
          this.rules.set(finding.ruleId, tally);
        }
        tally.count++;
        const rule = link
          ? `<a href="${escapeHtml(link)}"><code>${escapeHtml(finding.ruleId)}</code></a>`
          : `<code>${escapeHtml(finding.ruleId)}</code>`;
        const policy = policyOf(finding);
        html +=
          `<li><span class="sev sev-${finding.severity}">${words.severity[finding.severity]}</span> ` +
          `<strong>${escapeHtml(describeLocation(finding, this.placeWords))}</strong>: ${escapeHtml(finding.message)} ${rule}` +
          `${policy === undefined ? '' : ` (${this.placeWords.policy}: ${escapeHtml(policy)})`}</li>\n`;
      }
      html += '</ul></article>\n';
    }
    if (html.length > 0) writeSync(this.spool, html);
  }

  /** Writes the whole report to `sink` (head, summary, the spooled record list) and removes the spool. */
  async finish(sink: TextSink, outcomes: readonly FileOutcome[]): Promise<void> {
    try {
      await sink.write(this.head(outcomes));
      const buffer = Buffer.alloc(256 * 1024);
      const decoder = new TextDecoder();
      for (let position = 0; ; ) {
        const read = readSync(this.spool, buffer, 0, buffer.length, position);
        if (read === 0) break;
        position += read;
        await sink.write(decoder.decode(buffer.subarray(0, read), { stream: true }));
      }
      await sink.write(
        `${decoder.decode()}${this.listed === 0 ? `<p>${this.words.noFindings}</p>\n` : ''}</section>\n</main>\n</body>\n</html>\n`,
      );
    } finally {
      this.dispose();
    }
  }

  dispose(): void {
    try {
      closeSync(this.spool);
    } catch {
      // already closed
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private head(outcomes: readonly FileOutcome[]): string {
    let records = 0;
    let withErrors = 0;
    let withWarnings = 0;
    for (const outcome of outcomes) {
      records += outcome.records;
      withErrors += outcome.recordsWithErrors;
      withWarnings += outcome.recordsWithWarnings;
    }
    const files = outcomes.map(
      (outcome) =>
        `<li><code>${escapeHtml(outcome.file)}</code>${outcome.unusable ? `: ${escapeHtml(outcome.unusable)}` : ''}</li>`,
    );
    const words = this.words;
    const count = (n: number) => n.toLocaleString(words.locale);
    const bySeverity = barRows(
      SEVERITIES.map((severity) => ({ label: words.severity[severity], count: this.severities[severity], link: null })),
      words.locale,
    );
    const byRule = barRows(
      [...this.rules.entries()]
        .sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b))
        .map(([ruleId, tally]) => ({
          label: `${ruleId} (${words.severity[tally.severity]})`,
          count: tally.count,
          link: tally.source,
        })),
      words.locale,
    );
    return `<!DOCTYPE html>
<html lang="${words.lang}" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${words.title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${words.title}</h1>
<ul>${files.join('')}</ul>
<section aria-labelledby="summary">
<h2 id="summary">${words.summary}</h2>
<dl class="counts">
<div><dt>${words.recordsChecked}</dt><dd id="records-checked">${count(records)}</dd></div>
<div><dt>${words.recordsWithErrors}</dt><dd id="records-with-errors">${count(withErrors)}</dd></div>
<div><dt>${words.recordsWithWarnings}</dt><dd id="records-with-warnings">${count(withWarnings)}</dd></div>
</dl>
<h3 id="per-severity">${words.perSeverity}</h3>
<table class="bars" aria-labelledby="per-severity"><tbody>
${bySeverity}</tbody></table>
<h3 id="per-rule">${words.perRule}</h3>
${byRule.length > 0 ? `<table class="bars" aria-labelledby="per-rule"><tbody>\n${byRule}</tbody></table>` : `<p>${words.noFindings}</p>`}
</section>
<section aria-labelledby="records">
<h2 id="records">${words.recordsWithFindings(count(this.listed))}</h2>
`;
  }
}
