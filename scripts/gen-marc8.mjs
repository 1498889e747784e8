// Generates lib/marc/generated/marc8.json from LC's MARC-8 code tables (third_party/marc8/codetables.xml).
// Run: npm run gen:marc8. Deterministic; the output is committed.
//
// Output: { sets: { F: { name, map, combining } } } keyed by the set's final escape character F (LC's ISOcode
// as a character). `map` is one string of "MARC=UCS" pairs in hex separated by ";" (smaller than an object, and
// parsed once at load); codes are given in the set's usual register as the table lists them (ANSEL E0-FE,
// Hebrew 21-7D); `combining` lists the MARC codes of combining marks. Entries with an empty <ucs> (ANSEL EC
// and FB, the second halves of double diacritics) map to nothing: the first half already maps to the
// double-width combining mark.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const xml = readFileSync(join(root, 'third_party/marc8/codetables.xml'), 'utf8');

const sets = {};
const setPattern = /<characterSet name="([^"]+)"[^>]*ISOcode="([0-9A-F]{2})">([\s\S]*?)<\/characterSet>/g;
for (const [, name, isoCode, body] of xml.matchAll(setPattern)) {
  const final = String.fromCharCode(Number.parseInt(isoCode, 16));
  const pairs = [];
  const combining = [];
  for (const [, code] of body.matchAll(/<code>([\s\S]*?)<\/code>/g)) {
    const marc = /<marc>([0-9A-F]+)<\/marc>/.exec(code)?.[1];
    const ucs = /<ucs>([0-9A-F]*)<\/ucs>/.exec(code)?.[1] ?? '';
    if (!marc) continue;
    pairs.push(`${marc}=${ucs}`);
    if (/<isCombining>true<\/isCombining>/.test(code)) combining.push(marc);
  }
  pairs.sort();
  sets[final] = { name, map: pairs.join(';'), combining: combining.sort().join(';') };
}
const out = join(root, 'lib/marc/generated/marc8.json');
writeFileSync(out, `${JSON.stringify({ source: 'LC MARC-8 code tables (third_party/marc8)', sets }, null, 2)}\n`);
const count = Object.values(sets).reduce((sum, set) => sum + set.map.split(';').length, 0);
console.log(`Wrote ${out}: ${Object.keys(sets).length} sets, ${count} mappings`);
