import { describe, expect, it } from 'vitest';
import { readIso2709, writeIso2709 } from '../../../lib/marc/iso2709';
import { readMrk, writeMrkFile } from '../../../lib/marc/mrk';
import { MarcXmlStream, PLACEHOLDER_LEADER, readMarcXml } from '../../../lib/marc/marcxml';
import { recordsEqual } from '../../../lib/marc/record-utils';
import type { DataField, ReadResult } from '../../../lib/marc/types';
import { fixtureBytes, fixtureText, MARCXML_FIXTURES } from './fixture-files';

function readAll(text: string): ReadResult[] {
  return [...readMarcXml(text)];
}

function codes(result: ReadResult): string[] {
  return result.problems.map((problem) => problem.code);
}

const LEADER = '00000nam a2200000 a 4500';

describe('readMarcXml on the fixtures', () => {
  it.each([
    ['traject-test_data.utf8.marc.xml', 'traject-test_data.utf8.mrc', 30],
    ['marc4j-chabon.xml', 'marc4j-chabon.mrc', 2],
  ])('%s has the same records, field by field, as %s', (xmlName, mrcName, count) => {
    const fromXml = readAll(fixtureText(xmlName));
    const fromMrc = [...readIso2709(fixtureBytes(mrcName))];
    expect(fromXml).toHaveLength(count);
    expect(fromMrc).toHaveLength(count);
    for (let i = 0; i < count; i++) {
      expect(fromXml[i]!.problems).toEqual([]);
      expect(fromXml[i]!.record).toEqual(fromMrc[i]!.record);
      expect(recordsEqual(fromXml[i]!.record!, fromMrc[i]!.record!, { exactLeader: true })).toBe(true);
    }
  });

  it('gives each record its character offset and index', () => {
    const text = fixtureText('marc4j-chabon.xml');
    const results = readAll(text);
    expect(results.map((result) => result.offset)).toEqual([
      text.indexOf('<record'),
      text.indexOf('<record', text.indexOf('<record') + 1),
    ]);
    expect(results.map((result) => result.index)).toEqual([0, 1]);
  });

  it('gives the same results when streamed in small chunks', () => {
    const text = fixtureText('traject-test_data.utf8.marc.xml');
    const stream = new MarcXmlStream();
    const results: ReadResult[] = [];
    for (let at = 0; at < text.length; at += 97) results.push(...stream.push(text.slice(at, at + 97)));
    results.push(...stream.end());
    expect(results).toEqual(readAll(text));
  });
});

describe('MARCXML fixtures round trip', () => {
  it.each(MARCXML_FIXTURES)('%s: read → ISO 2709 → read, and read → .mrk → read, give the same records', (name) => {
    const records = readAll(fixtureText(name)).map((result) => result.record!);
    for (const record of records) {
      const [again] = [...readIso2709(writeIso2709(record))];
      expect(again!.problems).toEqual([]);
      expect(recordsEqual(again!.record!, record, { exactLeader: true })).toBe(true);
    }
    expect([...readMrk(writeMrkFile(records))].map((result) => result.record)).toEqual(records);
  });
});

describe('readMarcXml structure handling', () => {
  it('reads a single record with a namespace prefix', () => {
    const [result] = readAll(
      `<?xml version="1.0"?><marc:record xmlns:marc="http://www.loc.gov/MARC21/slim"><marc:leader>${LEADER}</marc:leader>` +
        '<marc:controlfield tag="001">x1</marc:controlfield><marc:datafield tag="245" ind1="1" ind2="0"><marc:subfield code="a">T &amp; U</marc:subfield></marc:datafield></marc:record>',
    );
    expect(result!.problems).toEqual([]);
    expect(result!.record).toEqual({
      leader: LEADER,
      fields: [
        { tag: '001', value: 'x1' },
        { tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: 'T & U' }] },
      ],
    });
  });

  it('reads MARCXML embedded in another namespace (OAI-PMH) and ignores the wrapper', () => {
    const results = readAll(
      '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords><record><header><identifier>oai:1</identifier></header><metadata>' +
        `<record xmlns="http://www.loc.gov/MARC21/slim"><leader>${LEADER}</leader><controlfield tag="001">oai-1</controlfield></record>` +
        '</metadata></record></ListRecords></OAI-PMH>',
    );
    expect(results).toHaveLength(1);
    expect(results[0]!.record!.fields).toEqual([{ tag: '001', value: 'oai-1' }]);
    expect(results[0]!.problems).toEqual([]);
  });

  it('keeps whitespace inside values exactly', () => {
    const [result] = readAll(
      `<record><leader>${LEADER}</leader><controlfield tag="008">  x  </controlfield><datafield tag="500" ind1=" " ind2=" "><subfield code="a"> a  b </subfield></datafield></record>`,
    );
    expect(result!.record!.fields[0]).toEqual({ tag: '008', value: '  x  ' });
    expect((result!.record!.fields[1] as DataField).subfields[0]!.value).toBe(' a  b ');
  });

  it('reports a missing leader and uses a placeholder', () => {
    const [result] = readAll('<record><controlfield tag="001">x</controlfield></record>');
    expect(codes(result!)).toEqual(['missing-leader']);
    expect(result!.record!.leader).toBe(PLACEHOLDER_LEADER);
    expect(result!.problems[0]!.line).toBe(1);
  });

  it('reports leaders of the wrong length, missing tags, indicators and subfield codes', () => {
    const [result] = readAll(
      '<record><leader>short</leader><controlfield>x</controlfield><datafield tag="245" ind1="10"><subfield>no code</subfield></datafield></record>',
    );
    expect(codes(result!)).toEqual(['bad-leader', 'bad-tag', 'bad-indicators', 'bad-indicators', 'bad-subfield-code']);
    expect(result!.record!.leader).toBe('short'.padEnd(24, ' '));
    const field = result!.record!.fields[1] as DataField;
    expect(field).toEqual({ tag: '245', ind1: ' ', ind2: ' ', subfields: [{ code: '', value: 'no code' }] });
  });

  it('keeps the text of unknown markup inside a subfield and warns', () => {
    const [result] = readAll(
      `<record><leader>${LEADER}</leader><datafield tag="245" ind1="1" ind2="0"><subfield code="a">A <i>b</i> c</subfield></datafield><foo>bar</foo></record>`,
    );
    expect((result!.record!.fields[0] as DataField).subfields[0]!.value).toBe('A b c');
    expect(codes(result!)).toEqual(['unexpected-element', 'unexpected-element']);
    expect(result!.problems.every((problem) => problem.severity === 'warning')).toBe(true);
  });

  it('reports XML errors with their line and goes on to the next record', () => {
    const text = [
      '<collection>',
      `<record><leader>${LEADER}</leader>`,
      '<datafield tag="245" ind1="1" ind2="0"><subfield code="a">Bad &nbsp; entity</subfield></datafield></record>',
      `<record><leader>${LEADER}</leader><controlfield tag="001">next</controlfield></record>`,
      '</collection>',
    ].join('\n');
    const results = readAll(text);
    expect(results).toHaveLength(2);
    expect(codes(results[0]!)).toEqual(['xml-not-well-formed']);
    expect(results[0]!.problems[0]!.line).toBe(3);
    expect(results[1]!.problems).toEqual([]);
    expect(results[1]!.record!.fields).toEqual([{ tag: '001', value: 'next' }]);
  });

  it('keeps the fields of a record cut off by the end of the input', () => {
    const results = readAll(
      `<collection><record><leader>${LEADER}</leader><controlfield tag="001">kept</controlfield><datafield tag="245"`,
    );
    expect(results).toHaveLength(1);
    expect(results[0]!.record!.fields[0]).toEqual({ tag: '001', value: 'kept' });
    expect(codes(results[0]!)).toContain('truncated-input');
  });

  it('reports input that is not XML as a result without a record', () => {
    for (const text of ['not xml at all', '', '<a><b></a>']) {
      const results = readAll(text);
      expect(results).toHaveLength(1);
      expect(results[0]!.record).toBeNull();
      expect(codes(results[0]!)[0]).toBe('xml-not-well-formed');
    }
  });
});

describe('readMarcXml namespaces', () => {
  it('says so when records are in the wrong namespace instead of finding nothing silently', () => {
    const results = readAll(
      `<collection xmlns="http://example.org/not-marc"><record><leader>${LEADER}</leader></record></collection>`,
    );
    expect(results).toHaveLength(1);
    expect(results[0]!.record).toBeNull();
    expect(codes(results[0]!)).toEqual(['unexpected-element']);
    expect(results[0]!.problems[0]!.message).toContain('http://example.org/not-marc');
  });

  it('reads an empty collection as no records and no problems', () => {
    expect(readAll('<collection xmlns="http://www.loc.gov/MARC21/slim"/>')).toEqual([]);
  });
});
