/**
 * `alma-companion fix IN -o OUT [--only RULE,...]`: applies the safe fixes the rules offer (Finding.fix with
 * `safe: true`, applied by lib/rules/apply-edit.ts as the extension's Fix button does) to every record, and
 * writes the result. Fixes not marked safe (guesses such as 040 $b eng) are never applied: they need a person.
 * One fix at a time, re-checking the record after each (a fix can change what another rule sees, and two fixes
 * of one field must not overwrite each other), until no rule offers a fix. Records without a fix are written
 * byte for byte as read when both files are ISO 2709; OUT ending in .xml gets MARCXML.
 */
import { applyEdit } from '../lib/rules/apply-edit';
import { validateRecord, type ValidateOptions } from '../lib/rules/engine';
import { builtInRules } from '../lib/rules/registry';
import type { Edit, Finding } from '../lib/rules/types';
import { writeIso2709 } from '../lib/marc/iso2709';
import { isControlField, type Field, type MarcRecord } from '../lib/marc/types';
import { errorText } from '../lib/error-text';
import type { CliIo } from './cli-io';
import { fileSize, STDIN } from './lint-file';
import { MARCXML_FOOTER, MARCXML_HEADER, marcXmlRecord } from './marcxml-writer';
import { openFileSink, type FileSink } from './output-sink';
import type { FixCommand } from './parse-args';
import { RecordBytes } from './record-bytes';
import { readRecordBatches, sniffFormat, standardInputSource, type InputFormat } from './record-source';
import { recordKindOf } from './record-kind';
import { writeUnicodeIso2709 } from './unicode-record';

/** A record needing more fixes than this is being fixed in a circle; the rest is left to the cataloger. */
const MAX_FIXES_PER_RECORD = 50;

export interface Change {
  ruleId: string;
  before: string;
  after: string;
}

type RecordEdit = Exclude<Edit, { type: 'set-item-field' }>;

function recordEdit(finding: Finding, only: ReadonlySet<string> | null): RecordEdit | null {
  const fix = finding.fix;
  if (!fix || fix.type === 'set-item-field' || !fix.safe) return null;
  if (only !== null && !only.has(finding.ruleId)) return null;
  return fix;
}

/** A field as MarcEdit shows it (`=245  10$aTitle`), with control characters shown as \xNN. */
function fieldLine(field: Field | undefined): string {
  if (field === undefined) return '(none)';
  const body = isControlField(field)
    ? field.value
    : `${field.ind1 === ' ' ? '\\' : field.ind1}${field.ind2 === ' ' ? '\\' : field.ind2}${field.subfields.map((s) => `$${s.code}${s.value}`).join('')}`;
  return `=${field.tag}  ${body}`.replace(
    /[\u0000-\u001f\u007f]/g,
    (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

function describeChange(before: MarcRecord, after: MarcRecord, edit: RecordEdit): { before: string; after: string } {
  if (edit.type === 'set-leader') return { before: `=LDR  ${before.leader}`, after: `=LDR  ${after.leader}` };
  return { before: fieldLine(before.fields[edit.fieldIndex]), after: fieldLine(after.fields[edit.fieldIndex]) };
}

/** Applies every offered fix to one record; returns the fixed record and the changes (none: the same object). */
export function fixRecord(
  record: MarcRecord,
  options: ValidateOptions,
  only: ReadonlySet<string> | null,
): { record: MarcRecord; changes: Change[] } {
  const kind = recordKindOf(record);
  const changes: Change[] = [];
  const refused = new Set<string>();
  let current = record;
  for (let round = 0; round < MAX_FIXES_PER_RECORD; round++) {
    let applied = false;
    for (const finding of validateRecord(current, kind, options)) {
      const edit = recordEdit(finding, only);
      if (edit === null) continue;
      let next: MarcRecord;
      try {
        next = applyEdit(current, edit);
      } catch {
        continue;
      }
      const change = describeChange(current, next, edit);
      const key = `${finding.ruleId}\u0000${change.before}\u0000${change.after}`;
      if (change.before === change.after || refused.has(key)) continue;
      refused.add(key);
      changes.push({ ruleId: finding.ruleId, ...change });
      current = next;
      applied = true;
      break;
    }
    if (!applied) break;
  }
  return { record: current, changes };
}

export async function runFix(command: FixCommand, validate: ValidateOptions, io: CliIo): Promise<number> {
  const input = command.files[0]!;
  const name = input === STDIN ? 'standard input' : input;
  const known = new Set(builtInRules.map((rule) => rule.id));
  const unknown = (command.only ?? []).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    await io.stderr.write(
      `alma-companion: --only names no rule: ${unknown.join(', ')} (rule ids are in the text and jsonl output).\n`,
    );
    return 2;
  }
  const only = command.only === null ? null : new Set(command.only);
  let format: InputFormat | null;
  let chunks: string | AsyncIterable<Uint8Array> = input;
  try {
    if (input === STDIN) {
      if (!io.stdin) throw new Error('standard input is not available.');
      const source = await standardInputSource(io.stdin, command.inputFormat);
      format = source.format;
      chunks = source.chunks;
    } else {
      if ((await fileSize(input)) === 0) await sniffFormat(input); // throws ENOENT with the file's name
      format = command.inputFormat ?? (await sniffFormat(input));
    }
  } catch (error) {
    await io.stderr.write(`alma-companion: ${name}: cannot be read (${errorText(error)}).\n`);
    return 2;
  }
  if (format === null) {
    await io.stderr.write(`alma-companion: ${name}: unknown format; say which with --input-format.\n`);
    return 2;
  }
  const asXml = /\.xml$/i.test(command.output);
  // Unchanged records keep their bytes only when bytes can be copied: ISO 2709 in and out.
  const copier = format === 'iso2709' && !asXml ? new RecordBytes<Uint8Array | null>() : null;
  let out: FileSink;
  try {
    out = await openFileSink(command.output);
  } catch (error) {
    await io.stderr.write(`alma-companion: ${errorText(error)}\n`);
    return 2;
  }
  let records = 0;
  let fixed = 0;
  let changeCount = 0;
  let lost = 0;
  const emit = async (piece: { bytes: Uint8Array; target: Uint8Array | null } | null) => {
    if (piece !== null) await out.writeBytes(piece.target ?? piece.bytes);
  };
  try {
    if (asXml) await out.write(MARCXML_HEADER);
    const onChunk = copier === null ? undefined : (chunk: Uint8Array) => copier.addChunk(chunk);
    for await (const { results } of readRecordBatches(chunks, format, undefined, onChunk)) {
      for (const result of results) {
        records++;
        const original = result.record;
        let replacement: MarcRecord | null = null;
        if (original !== null) {
          const { record, changes } = fixRecord(original, validate, only);
          if (changes.length > 0) {
            replacement = record;
            fixed++;
            changeCount += changes.length;
            const id = original.fields.find((field) => field.tag === '001' && isControlField(field));
            const label = id && isControlField(id) ? `001 ${id.value.trim()}` : 'no 001';
            let lines = '';
            for (const change of changes) {
              lines += `Record ${result.index + 1} (${label}) [${change.ruleId}]: ${change.before}  ->  ${change.after}\n`;
            }
            await io.stdout.write(lines);
          }
        }
        if (copier !== null) {
          let bytes: Uint8Array | null = null;
          if (replacement !== null) {
            try {
              bytes = writeIso2709(replacement);
            } catch (error) {
              await io.stderr.write(`alma-companion: record ${result.index + 1} kept as read: ${errorText(error)}\n`);
            }
          }
          await emit(copier.next(result.offset, bytes));
        } else if (original === null) {
          lost++;
          await io.stderr.write(
            `alma-companion: record ${result.index + 1} could not be read, so it is not in ${command.output}.\n`,
          );
        } else if (asXml) {
          await out.write(marcXmlRecord(replacement ?? original));
        } else {
          await out.writeBytes(writeUnicodeIso2709(replacement ?? original));
        }
      }
    }
    if (copier !== null) await emit(copier.finish());
    if (asXml) await out.write(MARCXML_FOOTER);
    await out.close();
  } catch (error) {
    await out.close().catch(() => undefined);
    await io.stderr.write(`alma-companion: ${name}: fixing stopped after ${records} records: ${errorText(error)}\n`);
    return 2;
  }
  await io.stderr.write(
    `${records.toLocaleString('en-US')} records read, ${fixed.toLocaleString('en-US')} fixed (${changeCount.toLocaleString('en-US')} changes), written to ${command.output}${lost > 0 ? `; ${lost} unreadable records left out` : ''}.\n`,
  );
  return lost > 0 ? 2 : 0;
}
