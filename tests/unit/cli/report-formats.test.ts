// @vitest-environment node
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../cli/csv-format';
import { escapeHtml } from '../../../cli/html-report';
import { writeIso2709 } from '../../../lib/marc/iso2709';
import { cleanBibRecord, fixture, ISO2709_FIXTURES, runCli, tempFile } from './cli-harness';

const MANY_ERRORS = fixture('marc4j-pride-and-prejudice-with-many-errors.mrc');

describe('--format csv', () => {
  it('writes one row per finding that a CSV parser reads back to the jsonl findings', async () => {
    const csv = await runCli(['lint', '--format', 'csv', MANY_ERRORS]);
    const jsonl = await runCli(['lint', '--format', 'jsonl', MANY_ERRORS]);
    expect(csv.stdout.startsWith('\ufeff')).toBe(true);
    expect(csv.stdout).toContain('\r\n');
    const rows = parse(csv.stdout, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];
    expect(rows.length).toBe(jsonl.lines.length);
    rows.forEach((row, i) => {
      const line = jsonl.lines[i]!;
      expect(row.file).toBe(MANY_ERRORS);
      expect(Number(row.record)).toBe((line.record as number) + 1);
      expect(row['001']).toBe(line.controlNumber ?? '');
      expect(row.tag).toBe(line.tag ?? '');
      expect(row.occurrence).toBe(line.occurrence === null ? '' : String((line.occurrence as number) + 1));
      expect(row.subfield).toBe(line.code ?? '');
      expect(row.rule).toBe(line.ruleId);
      expect(row.severity).toBe(line.severity);
      // Messages starting with a formula character get an apostrophe; everything else is verbatim.
      expect(row.message).toBe(/^[=+\-@]/.test(line.message as string) ? `'${line.message}` : line.message);
    });
    expect(csv.status).toBe(jsonl.status);
  });

  it('quotes per RFC 4180 and defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "x"\nnext')).toBe('"say ""x""\nnext"');
    for (const start of ['=', '+', '-', '@']) expect(csvCell(`${start}HYPERLINK("x")`)).toMatch(/^"?'/);
    const cell = (parse(`${csvCell('=1+1, "quoted"')}\r\n`) as string[][])[0]?.[0];
    expect(cell).toBe(`'=1+1, "quoted"`);
  });

  it('keeps a hostile 001 from becoming a formula', async () => {
    const record = cleanBibRecord('=cmd|calc');
    record.fields.push({ tag: '245', ind1: '9', ind2: '0', subfields: [{ code: 'a', value: 'x' }] });
    const path = tempFile('formula.mrc', writeIso2709(record));
    const run = await runCli(['lint', '--format', 'csv', path]);
    const rows = parse(run.stdout, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row['001']).toBe("'=cmd|calc");
  });
});

/** Parses the report as XML (it is written in XHTML syntax); throws on anything not well-formed. */
function parseXhtml(html: string): {
  text: string;
  elements: Map<string, number>;
  hrefs: string[];
  ids: Map<string, string>;
} {
  const parser = new SaxesParser({ xmlns: true });
  const elements = new Map<string, number>();
  const hrefs: string[] = [];
  const ids = new Map<string, string>();
  let text = '';
  let openId: string | null = null;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    elements.set(tag.local, (elements.get(tag.local) ?? 0) + 1);
    const href = tag.attributes.href;
    if (href) hrefs.push(typeof href === 'string' ? href : href.value);
    const id = tag.attributes.id;
    openId = id ? (typeof id === 'string' ? id : id.value) : null;
  });
  parser.on('text', (chunk) => {
    text += chunk;
    if (openId !== null) ids.set(openId, (ids.get(openId) ?? '') + chunk);
  });
  parser.on('closetag', () => {
    openId = null;
  });
  parser.write(html.replace(/^<!DOCTYPE html>\n/, '')).close();
  return { text, elements, hrefs, ids };
}

describe('--format html', () => {
  it('is one well-formed, script-free file with the summary counts of the run', async () => {
    const files = ISO2709_FIXTURES.slice(0, 6);
    const html = await runCli(['lint', '--format', 'html', ...files]);
    const jsonl = await runCli(['lint', '--format', 'jsonl', ...files]);
    expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    const parsed = parseXhtml(html.stdout);
    expect(parsed.elements.has('script')).toBe(false);
    expect(html.stdout).not.toMatch(/<link|src=/);
    const text = (await runCli(['lint', ...files])).stdout;
    const records = Number(/([\d,]+) records? in/.exec(text)![1]!.replace(/,/g, ''));
    const withErrors = new Set(
      jsonl.lines.filter((line) => line.severity === 'error').map((line) => `${line.file}#${line.record}`),
    ).size;
    expect(parsed.ids.get('records-checked')).toBe(records.toLocaleString('en-US'));
    expect(parsed.ids.get('records-with-errors')).toBe(withErrors.toLocaleString('en-US'));
    const withFindings = new Set(jsonl.lines.map((line) => `${line.file}#${line.record}`)).size;
    expect(parsed.elements.get('article')).toBe(withFindings);
    expect(parsed.elements.get('li')! - files.length).toBe(jsonl.lines.length);
    expect(parsed.hrefs.length).toBeGreaterThan(0);
    for (const href of parsed.hrefs) expect(href).toMatch(/^https?:\/\//);
  });

  it('escapes record data: markup in a title is shown, never rendered', async () => {
    const record = cleanBibRecord('<b>id</b>');
    const title = record.fields.find((field) => field.tag === '245')!;
    if ('subfields' in title) title.subfields[0]!.value = '<script>alert(1)</script> & "more" /';
    record.fields.push({ tag: '245', ind1: '9', ind2: '0', subfields: [{ code: 'a', value: '<img src=x>' }] });
    const path = tempFile('markup.mrc', writeIso2709(record));
    const html = await runCli(['lint', '--format', 'html', path]);
    const parsed = parseXhtml(html.stdout);
    expect(parsed.elements.has('script')).toBe(false);
    expect(parsed.elements.has('img')).toBe(false);
    expect(parsed.elements.has('b')).toBe(false);
    expect(parsed.text).toContain('<script>alert(1)</script> & "more"');
    expect(parsed.text).toContain('001 <b>id</b>');
    expect(escapeHtml('a\u001bb<')).toBe('a\\x1bb&lt;');
  });

  it('speaks German with --lang de: the same report with German words, counts and rule messages', async () => {
    const files = [MANY_ERRORS, MANY_ERRORS, MANY_ERRORS]; // 1,149 records: a count with digit grouping
    const english = parseXhtml((await runCli(['lint', '--format', 'html', ...files])).stdout);
    const german = await runCli(['lint', '--format', 'html', '--lang', 'de', ...files]);
    const parsed = parseXhtml(german.stdout);
    expect(german.stdout).toContain('<html lang="de"');
    expect(parsed.ids.get('summary')).toBe('Zusammenfassung');
    expect(parsed.ids.get('per-rule')).toBe('Befunde nach Regel');
    expect(parsed.text).toContain('Geprüfte Datensätze');
    expect(parsed.text).not.toMatch(/Records checked|Findings per|No findings/);
    // The same counts, grouped the German way (1.234), and the same records and findings.
    const records = Number(english.ids.get('records-checked')!.replace(/,/g, ''));
    expect(records).toBeGreaterThan(999);
    expect(parsed.ids.get('records-checked')).toBe(records.toLocaleString('de-DE'));
    expect(parsed.elements.get('article')).toBe(english.elements.get('article'));
    expect(parsed.elements.get('li')).toBe(english.elements.get('li'));
    expect(parsed.text).toMatch(/Datensatz 1 · /);
    expect(parsed.text).toMatch(/\bFehler\b/);
    // Rule messages come in German too (the text report's translation, not a second one).
    const text = (await runCli(['lint', '--lang', 'de', MANY_ERRORS])).stdout;
    const message = /^ {4}Fehler +.+?: (.+) \[[^\]]+\]$/m.exec(text)![1]!;
    expect(message).toMatch(/Unterfeld|Feld|Position/);
    expect(parsed.text).toContain(message);
  });

  it('writes to -o FILE instead of standard output', async () => {
    const out = tempFile('report.html', '');
    const run = await runCli(['lint', '--format', 'html', '-o', out, MANY_ERRORS]);
    expect(run.stdout).toBe('');
    expect(() => parseXhtml(readFileSync(out, 'utf8'))).not.toThrow();
  });
});
