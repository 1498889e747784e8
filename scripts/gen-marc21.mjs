#!/usr/bin/env node
/**
 * Generates the compact MARC 21 definitions the validator ships with:
 *   lib/marc21/generated/marc21.json    fields, indicators, subfields, leader/006/007/008 positions (bib + holdings)
 *   lib/marc21/generated/codelists.json LC code lists (languages, countries, geographic areas, sources)
 *
 * Inputs (all in the repository, so a fresh clone can regenerate):
 *   third_party/marc-schema/marc21_{bibliographic,holdings}_schema.json  Avram schemas (timathom/marc-schema,
 * Apache-2.0)
 *   third_party/marc-schema/overlay/*.json                                our additions and corrections (see NOTICE.md)
 *   third_party/lc-codelists-2026/codelists.json                          LC code lists, 2026 state (see its README)
 *
 * Descriptions and code labels are dropped: only short names for messages are kept, to keep the bundle small.
 * Run: npm run gen:marc21
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'third_party/marc-schema');
// MARC21_OUT_DIR lets the tests regenerate into a scratch directory and compare with the committed files.
const outDir = process.env.MARC21_OUT_DIR ?? join(root, 'lib/marc21/generated');

const readJson = (path) => JSON.parse(readFileSync(join(sourceDir, path), 'utf8'));

const bibSchema = readJson('marc21_bibliographic_schema.json').fields;
const holdingsSchema = readJson('marc21_holdings_schema.json').fields;
const obsolete = readJson('overlay/bib-obsolete.json');
const holdingsControl = readJson('overlay/holdings-control-fields.json');
const patches = readJson('overlay/patches.json');
const codelistSource = JSON.parse(readFileSync(join(root, 'third_party/lc-codelists-2026/codelists.json'), 'utf8'));

const warnings = [];
const MATERIAL_KEYS = { BK: '008b', CF: '008c', MP: '008p', MU: '008m', CR: '008s', VM: '008v', MX: '008x' };
const SUBFIELD_CODES = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Expands an Avram subfield key ("a", "a-z", "0-5", holdings' "a-$z") into single codes. */
function expandSubfieldKey(key) {
  const range = /^([a-z0-9])-\$?([a-z0-9])$/.exec(key);
  if (!range) {
    if (key.length === 1) return [key];
    warnings.push(`unexpected subfield key ${key}`);
    return [];
  }
  const from = SUBFIELD_CODES.indexOf(range[1]);
  const to = SUBFIELD_CODES.indexOf(range[2]);
  return SUBFIELD_CODES.slice(from, to + 1).split('');
}

/** Expands indicator codes ("0", " ", "1-9", "0-9") into a string of allowed characters; null when any value goes. */
function indicatorChars(indicator) {
  if (!indicator) return ' ';
  const keys = Object.keys(indicator.codes ?? {});
  if (keys.length === 0) return null;
  let chars = '';
  for (const key of keys) {
    const range = /^(\d)-(\d)$/.exec(key);
    if (range) for (let d = Number(range[1]); d <= Number(range[2]); d++) chars += String(d);
    else if (key.length === 1) chars += key;
    else warnings.push(`unexpected indicator code ${JSON.stringify(key)}`);
  }
  return [...new Set(chars)].sort().join('');
}

const sortChars = (chars) => [...new Set(chars)].sort().join('');
const minus = (chars, allowed) =>
  sortChars([...(chars ?? '')].filter((c) => allowed === null || !allowed.includes(c)).join(''));

/** Holdings fields whose scrape came back empty, written from the LC pages (overlay/patches.json). */
function patchedHoldingsField(tag, entry) {
  const patch = patches.holdings.fields[tag];
  if (!patch || tag === 'note') return undefined;
  return {
    n: entry.label,
    r: entry.repeatable ? 1 : 0,
    i: [sortChars(patch.ind1), sortChars(patch.ind2)],
    s: { n: sortChars(patch.nonRepeatable), r: sortChars(patch.repeatable) },
  };
}

function compactDataField(tag, entry, format) {
  if (format === 'holdings') {
    const patched = patchedHoldingsField(tag, entry);
    if (patched) return patched;
  }
  const field = { n: entry.label, r: entry.repeatable ? 1 : 0 };
  const i1 = indicatorChars(entry.indicator1);
  const i2 = indicatorChars(entry.indicator2);
  field.i = [i1, i2];
  const nonRepeatable = new Set();
  const repeatable = new Set();
  // Explicit single codes win over ranges (886 defines $a NR and $a-z R).
  const keys = Object.keys(entry.subfields ?? {}).sort((a, b) => a.length - b.length);
  for (const key of keys) {
    for (const code of expandSubfieldKey(key)) {
      if (nonRepeatable.has(code) || repeatable.has(code)) continue;
      (entry.subfields[key].repeatable ? repeatable : nonRepeatable).add(code);
    }
  }
  field.s = { n: sortChars([...nonRepeatable].join('')), r: sortChars([...repeatable].join('')) };
  if (format === 'bib') applyObsoleteMarks(tag, field);
  return field;
}

function applyObsoleteMarks(tag, field) {
  const obsoleteIndicators = obsolete.indicators[tag];
  if (obsoleteIndicators) {
    const oi = [minus(obsoleteIndicators[0], field.i[0]), minus(obsoleteIndicators[1], field.i[1])];
    if (oi[0] || oi[1]) field.oi = oi;
  }
  const obsoleteCodes = minus(obsolete.subfields[tag], field.s.n + field.s.r);
  if (obsoleteCodes) field.s.o = obsoleteCodes;
}

/** Turns one Avram fixed-field position into [start, end, name, spec]. */
function compactPosition(start, end, label, codes, isLeader) {
  const length = end - start + 1;
  const name = label.replace(/\s*\(006\/[^)]*\)\s*$/, '');
  let chars = '';
  const values = [];
  let kind;
  for (const key of Object.keys(codes ?? {})) {
    if (/^\[.*\]$/.test(key))
      kind = 'free'; // "[number]", "[aaa]": patched where it matters
    else if (/^\d+-\d+$/.test(key)) {
      const [from, to] = key.split('-');
      if (length === 1) for (let d = Number(from); d <= Number(to); d++) chars += String(d);
      else kind = 'digits';
    } else {
      const value = key.replace(/#/g, ' ');
      if (value.length === 1) chars += value;
      else if (value.length === length) values.push(value);
      else warnings.push(`position ${start}-${end} ${label}: code ${JSON.stringify(key)} does not fit`);
    }
  }
  const undefinedPosition = /^Undefined/.test(name);
  if (undefinedPosition && !isLeader) chars += ' |'; // LC: undefined 00X positions hold a blank or the fill character
  if (!chars && values.length === 0 && !kind) kind = 'free';
  const spec = {};
  if (chars) spec.c = sortChars(chars);
  if (values.length) spec.v = values;
  if (kind) spec.k = kind;
  return [start, end, name, spec];
}

function applyPositionPatch(position, patch) {
  if (!patch) return position;
  const spec = {};
  if (patch.chars) spec.c = sortChars(patch.chars);
  if (patch.values) spec.v = patch.values;
  if (patch.kind) spec.k = patch.kind;
  return [position[0], position[1], position[2], spec];
}

function markObsoletePositions(positions, obsoleteByKey) {
  if (!obsoleteByKey) return positions;
  for (const position of positions) {
    const key = `${position[0]}-${position[1]}`;
    const codes = obsoleteByKey[key];
    if (!codes) continue;
    const spec = position[3];
    const extra = minus(codes, spec.c ?? '');
    if (extra) spec.oc = extra;
    delete obsoleteByKey[key];
  }
  for (const key of Object.keys(obsoleteByKey)) warnings.push(`obsolete overlay position ${key} matched nothing`);
  return positions;
}

function avramPositions(entry, isLeader, patchByKey, obsoleteByKey) {
  const positions = Object.values(entry.positions).map((p) => {
    const compact = compactPosition(p.start, p.end, p.label, p.codes, isLeader);
    return applyPositionPatch(compact, patchByKey?.[`${p.start}-${p.end}`]);
  });
  return markObsoletePositions(positions, obsoleteByKey ? { ...obsoleteByKey } : undefined);
}

function buildBib() {
  const fields = {};
  for (const [tag, entry] of Object.entries(bibSchema)) {
    if (!/^\d{3}$/.test(tag)) continue; // LDR, 007x, 008x are fixed-field layouts, handled below
    if (tag.startsWith('00')) fields[tag] = { n: entry.label, r: entry.repeatable ? 1 : 0, c: 1 };
    else fields[tag] = compactDataField(tag, entry, 'bib');
  }
  fields['007'] = { n: 'Physical Description Fixed Field', r: 1, c: 1 };
  fields['008'] = { n: 'Fixed-Length Data Elements', r: 0, c: 1 };
  for (const tag of patches.bib.embeddedHoldingsFields.tags) {
    fields[tag] = compactDataField(tag, holdingsSchema[tag], 'holdings');
  }
  for (const [tag, field] of Object.entries(patches.bib.oclcFields)) {
    if (tag === 'note') continue;
    fields[tag] = { n: field.name, r: field.repeatable ? 1 : 0, x: 1 };
  }
  for (const [tag, name] of Object.entries(obsolete.fields)) {
    if (fields[tag]) fields[tag].o = 1;
    else fields[tag] = tag.startsWith('00') ? { n: name, r: 1, c: 1, o: 1 } : { n: name, r: 1, o: 1, x: 1 };
  }
  for (const [tag, patch] of Object.entries(patches.bib.subfields)) {
    if (tag === 'note') continue;
    const known = fields[tag].s.n + fields[tag].s.r;
    fields[tag].s.n = sortChars(fields[tag].s.n + minus(patch.nr ?? '', known));
    fields[tag].s.r = sortChars(fields[tag].s.r + minus(patch.r ?? '', known));
  }
  for (const [tag, patch] of Object.entries(patches.bib.indicators)) {
    if (patch.ind1) fields[tag].i[0] = sortChars(patch.ind1);
    if (patch.ind2) fields[tag].i[1] = sortChars(patch.ind2);
  }

  const leader = {
    length: 24,
    positions: avramPositions(bibSchema.LDR, true, patches.bib.positions.LDR, obsolete.positions.LDR),
  };
  const all008 = avramPositions(bibSchema['008a'], false, patches.bib.positions['008a'], obsolete.positions['008a']);
  // 008/18-34 is a placeholder in "All materials"; the material-type layouts define those positions.
  const field008 = { length: 40, all: all008.filter((p) => !(p[0] === 18 && p[1] === 34)) };
  for (const [type, key] of Object.entries(MATERIAL_KEYS)) {
    field008[type] = avramPositions(bibSchema[key], false, undefined, obsolete.positions[key]);
  }
  const field007 = {};
  for (const [key, entry] of Object.entries(bibSchema)) {
    if (!/^007[a-z]$/.test(key)) continue;
    const category = key.charAt(3);
    const positions = avramPositions(entry, false, undefined, obsolete.positions[key]);
    const fullLength = Math.max(...positions.map((p) => p[1])) + 1;
    field007[category] = {
      name: entry.label,
      lengths: patches.bib.lengths007[category] ?? [fullLength, fullLength],
      positions,
    };
  }
  const forms006 = {};
  for (const [type, chars] of Object.entries(patches.bib.form006)) if (type !== 'note') forms006[type] = chars;
  return { fields, leader, '008': field008, '006': { length: 18, forms: forms006 }, '007': field007 };
}

function buildHoldings() {
  const fields = {};
  for (const [tag, entry] of Object.entries(holdingsSchema)) {
    if (!/^\d{3}$/.test(tag)) continue;
    if (tag.startsWith('00')) fields[tag] = { n: entry.label, r: entry.repeatable ? 1 : 0, c: 1 };
    else fields[tag] = compactDataField(tag, entry, 'holdings');
  }
  for (const [tag, field] of Object.entries(holdingsControl.fields)) {
    fields[tag] = { n: field.name, r: field.repeatable ? 1 : 0, c: 1 };
  }
  const leader = { length: 24, positions: avramPositions(holdingsSchema.LDR, true, patches.holdings.positions.LDR) };
  const positions008 = holdingsControl['008'].positions.map((p) => {
    const spec = {};
    if (p.chars) spec.c = sortChars(p.chars);
    if (p.values) spec.v = p.values;
    if (p.kind) spec.k = p.kind;
    return [p.start, p.end, p.name, spec];
  });
  return { fields, leader, '008': { length: holdingsControl['008'].length, positions: positions008 } };
}

/**
 * The code lists the rules use, each with the date of its source (the "as of DATE" of a message).
 * Obsolete codes stay apart from current ones; terms (labels) are kept only where a rule compares them.
 */
function buildCodelists(source) {
  const out = {
    source: 'Generated by scripts/gen-marc21.mjs from third_party/lc-codelists-2026. Do not edit by hand.',
  };
  const dates = {};
  const add = (name, from, { labels = false, dateFrom = [from] } = {}) => {
    const list = source.lists[from];
    if (!list) throw new Error(`code list ${from} missing`);
    out[name] = [...list.current].sort();
    out[`${name}-obsolete`] = [...(list.obsolete ?? [])].sort();
    if (labels)
      out[`${name}-terms`] = Object.fromEntries(Object.entries(list.labels).sort(([a], [b]) => (a < b ? -1 : 1)));
    dates[name] = dateFrom
      .map((input) => source.sources[input].date)
      .sort()
      .at(-1);
  };
  add('languages', 'languages');
  add('countries', 'countries');
  add('geographic-areas', 'geographic-areas');
  add('subject-sources', 'subject-sources');
  // 655 $2 takes codes of both LC lists (Genre/Form and Subject), as MARC::Lint and Stanford check it.
  add('genre-sources', 'genre-sources-655', { dateFrom: ['genre-sources', 'subject-sources'] });
  add('relators', 'relators', { labels: true });
  add('rda-content-types', 'rda-content-types', { labels: true });
  add('rda-media-types', 'rda-media-types', { labels: true });
  add('rda-carrier-types', 'rda-carrier-types', { labels: true });
  out.dates = dates;
  return out;
}

const definitions = {
  source:
    'Generated by scripts/gen-marc21.mjs from third_party/marc-schema (Avram schemas by timathom/marc-schema, Apache-2.0, ' +
    'with the corrections and additions listed in third_party/marc-schema/NOTICE.md). Do not edit by hand.',
  bib: buildBib(),
  holdings: buildHoldings(),
};

mkdirSync(outDir, { recursive: true });
const definitionsText = JSON.stringify(definitions);
const codelistsText = JSON.stringify(buildCodelists(codelistSource));
writeFileSync(join(outDir, 'marc21.json'), `${definitionsText}\n`);
writeFileSync(join(outDir, 'codelists.json'), codelistsText);

const kb = (text) => (text.length / 1024).toFixed(1);
const gzKb = (text) => (gzipSync(text, { level: 9 }).length / 1024).toFixed(1);
console.log(`marc21.json    ${kb(definitionsText)} KB, ${gzKb(definitionsText)} KB gzipped`);
console.log(`codelists.json ${kb(codelistsText)} KB, ${gzKb(codelistsText)} KB gzipped`);
console.log(
  `bib fields ${Object.keys(definitions.bib.fields).length}, holdings fields ${Object.keys(definitions.holdings.fields).length}`,
);
for (const warning of warnings) console.warn(`warning: ${warning}`);
