/** Issue 15: every reader's cost grows linearly with pathological input, and streams read what whole reads read. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Iso2709Stream, readIso2709, writeIso2709 } from '../../../lib/marc/iso2709';
import { MAX_RECORD_SPAN } from '../../../lib/marc/iso2709-framing';
import { MAX_XML_DEPTH, readMarcXml } from '../../../lib/marc/marcxml';
import { readMrk } from '../../../lib/marc/mrk';
import { parseAlmaSubfields } from '../../../lib/marc/alma-text';
import type { ReadResult } from '../../../lib/marc/types';
import { LINEAR_RATIO_LIMIT, doublingRatio, memoryDoublingRatio } from '../growth';

const LEADER = '00000nam a2200000 a 4500';
const readAll = <T>(results: Iterable<T>): T[] => [...results];

function garbageBehindFalseLeader(bytes: number): Uint8Array {
  const out = new Uint8Array(24 + bytes);
  out.set(new TextEncoder().encode('99999nam a2200025 a 4500'));
  for (let i = 0; i < bytes; i++) out[24 + i] = 0x30 + (i % 10); // digits: look like a directory
  return out;
}

describe('readers stay linear on pathological input', () => {
  it('.mrk: one line of megabytes (text, braces)', () => {
    for (const filler of ['x', '{']) {
      const ratio = doublingRatio(
        (n) => `=LDR  ${LEADER}\n=245  10$a${filler.repeat(n)}\n`,
        (text) => readAll(readMrk(text)),
        2_000_000,
      );
      expect(ratio, filler).toBeLessThan(LINEAR_RATIO_LIMIT);
    }
  });

  it('.mrk and Alma $$ text: thousands of empty subfields', () => {
    const mrk = doublingRatio(
      (n) => `=LDR  ${LEADER}\n=245  10$aTitle${'$a'.repeat(n)}\n`,
      (text) => readAll(readMrk(text)),
      20_000,
    );
    expect(mrk).toBeLessThan(LINEAR_RATIO_LIMIT);
    const alma = doublingRatio(
      (n) => `$$a Title ${'$$a '.repeat(n)}`,
      (text) => parseAlmaSubfields(text, '245'),
      20_000,
    );
    expect(alma).toBeLessThan(LINEAR_RATIO_LIMIT);
    // The records read hold n subfields: memory about doubles with them.
    const mrkMemory = memoryDoublingRatio(
      (n) => `=LDR  ${LEADER}\n=245  10$aTitle${'$a'.repeat(n)}\n`,
      (text) => readAll(readMrk(text)),
      20_000,
    );
    expect(mrkMemory).toBeGreaterThan(1.5); // it measured something: the records are kept
    expect(mrkMemory).toBeLessThan(LINEAR_RATIO_LIMIT);
    const almaMemory = memoryDoublingRatio(
      (n) => `$$a Title ${'$$a '.repeat(n)}`,
      (text) => parseAlmaSubfields(text, '245'),
      20_000,
    );
    expect(almaMemory).toBeGreaterThan(1.5);
    expect(almaMemory).toBeLessThan(LINEAR_RATIO_LIMIT);
  });

  it('MARCXML: deep nesting stops with xml-too-deep past MAX_XML_DEPTH, in linear time', () => {
    const nested = (n: number) =>
      `<collection xmlns="http://www.loc.gov/MARC21/slim"><record><leader>${LEADER}</leader>${'<datafield tag="245" ind1="1" ind2="0">'.repeat(n)}${'</datafield>'.repeat(n)}</record></collection>`;
    const results = readAll(readMarcXml(nested(MAX_XML_DEPTH * 2)));
    expect(results.flatMap((r) => r.problems.map((p) => p.code))).toContain('xml-too-deep');
    const shallow = readAll(readMarcXml(nested(MAX_XML_DEPTH - 10)));
    expect(shallow.flatMap((r) => r.problems.map((p) => p.code))).not.toContain('xml-too-deep');
    expect(doublingRatio(nested, (text) => readAll(readMarcXml(text)), 20_000)).toBeLessThan(LINEAR_RATIO_LIMIT);
  });

  it('ISO 2709: a leader claiming 99,999 bytes over megabytes of garbage', () => {
    const results = readAll(readIso2709(garbageBehindFalseLeader(3 * MAX_RECORD_SPAN)));
    expect(results.length).toBeGreaterThanOrEqual(3); // cut every MAX_RECORD_SPAN, not one 3 MB record
    const ratio = doublingRatio(
      garbageBehindFalseLeader,
      (bytes) => readAll(readIso2709(bytes)),
      4 * MAX_RECORD_SPAN,
      3,
    );
    expect(ratio).toBeLessThan(LINEAR_RATIO_LIMIT);
  });
});

function streamed(bytes: Uint8Array, chunkSizes: number[]): ReadResult[] {
  const stream = new Iso2709Stream();
  const results: ReadResult[] = [];
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = chunkSizes[i % chunkSizes.length]!;
    results.push(...stream.push(bytes.slice(at, at + size)));
    at += size;
  }
  results.push(...stream.end());
  return results;
}

describe('ISO 2709: streaming and whole-file reading give identical records', () => {
  const record = writeIso2709({
    leader: LEADER,
    fields: [
      { tag: '001', value: '123' },
      { tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: 'A title' }] },
    ],
  });
  it('on mutated files, whatever the chunking (seeded)', () => {
    const file = fc
      .array(
        fc.oneof(
          fc.constant(record),
          fc.uint8Array({ minLength: 1, maxLength: 300 }),
          fc.constant(new TextEncoder().encode('99999nam a2200025 a 4500')),
          fc.constant(Uint8Array.of(0x1d)),
          fc.integer({ min: 1, max: 3 }).map((k) => garbageBehindFalseLeader(k * 200_000)),
        ),
        { maxLength: 12 },
      )
      .map((parts) => {
        const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
        let at = 0;
        for (const part of parts) {
          out.set(part, at);
          at += part.length;
        }
        return out;
      });
    fc.assert(
      fc.property(
        file,
        fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 4 }),
        (bytes, sizes) => {
          expect(streamed(bytes, sizes)).toEqual(readAll(readIso2709(bytes)));
        },
      ),
      { seed: 15, numRuns: 150 },
    );
  });
});
