/**
 * Builds, in memory, a file shaped like marc4j's test/resources/bad_hathi_records.mrc (5 HathiTrust
 * records, the 4th an oversize serial with thousands of 974 item fields). That file is not in this
 * repository; this generator reproduces the damage it shows, as marc4j's MarcStreamWriter writes an
 * oversize record: leader/00-04 and leader/12-16 are 99999, and every directory entry whose starting
 * position would need six digits holds 99999 instead (lengths stay real). Deterministic.
 */
import { writeIso2709 } from '../../../lib/marc/iso2709';
import type { DataField, Field, MarcRecord } from '../../../lib/marc/types';

const FIELD_TERMINATOR = 0x1e;
const RECORD_TERMINATOR = 0x1d;

function data(tag: string, ind: string, ...pairs: string[]): DataField {
  const subfields = [];
  for (let i = 0; i < pairs.length; i += 2) subfields.push({ code: pairs[i]!, value: pairs[i + 1]! });
  return { tag, ind1: ind[0]!, ind2: ind[1]!, subfields };
}

/** A small, valid HathiTrust-style monograph (after record 1 of the marc4j file). */
function monograph(id: string, title: string): MarcRecord {
  return {
    leader: '00000nam a2200000 a 4500',
    fields: [
      { tag: '001', value: id },
      { tag: '003', value: 'MiAaHDL' },
      { tag: '005', value: '20130211000000.0' },
      { tag: '008', value: '960321s1912    gw       b    000 0 lat d' },
      data('035', '  ', 'a', `(MiU)${id}`),
      data('040', '  ', 'a', 'MiU', 'c', 'MiU'),
      data('100', '1 ', 'a', 'Richter, Karl.'),
      data('245', '10', 'a', `${title} /`, 'c', 'scripsit Carolus Richter.'),
      data('260', '  ', 'a', 'Gryphiae :', 'b', 'Typis Aemilii Hartmann,', 'c', '1912.'),
      data('300', '  ', 'a', '81 p. ;', 'c', '24 cm.'),
      data('538', '  ', 'a', 'Mode of access: Internet.'),
      data('974', '  ', 'b', 'MIU', 'c', 'MIU', 'd', '20161105', 's', 'google', 'u', `mdp.39015038422765`, 'y', '1912'),
    ],
  };
}

/** The oversize serial: `items` 974 fields make the data area far longer than 99,999 bytes. */
function oversizeSerialFields(items: number): Field[] {
  const fields: Field[] = [
    { tag: '001', value: '003035931' },
    { tag: '003', value: 'MiAaHDL' },
    { tag: '005', value: '20130211000000.0' },
    { tag: '008', value: '960328c19929999mduar        f0    0eng  ' },
    data('022', '  ', 'a', '0276-6078'),
    data('035', '  ', 'a', '(MiU)003035931'),
    data('040', '  ', 'a', 'DLC', 'c', 'DLC', 'd', 'EYM'),
    data('110', '2 ', 'a', 'College on Problems of Drug Dependence (U.S.).', 'b', 'Scientific Meeting.'),
    data('245', '10', 'a', 'Problems of drug dependence :', 'b', 'proceedings of the ... Annual Scientific Meeting.'),
    data('260', '  ', 'a', 'Rockville, MD :', 'b', 'U.S. Dept. of Health and Human Services,', 'c', '1993-'),
    data('300', '  ', 'a', 'v. :', 'b', 'ill. ;', 'c', '23 cm.'),
    data('310', '  ', 'a', 'Annual'),
    data('538', '  ', 'a', 'Mode of access: Internet.'),
  ];
  for (let i = 0; i < items; i++) {
    const volume = String(1 + (i % 400));
    fields.push(
      data(
        '974',
        '  ',
        'b',
        'MIU',
        'c',
        'MIU',
        'd',
        '20140612',
        's',
        'google',
        'u',
        `mdp.390150${String(33718076 + i)}`,
      ),
    );
    (fields[fields.length - 1] as DataField).subfields.push({ code: 'z', value: `no.${volume}` });
  }
  return fields;
}

/** ISO 2709 bytes of an oversize record written the way marc4j writes one (99999 placeholders). */
export function oversizeRecordBytes(items = 12000): Uint8Array {
  const fields = oversizeSerialFields(items);
  const encoder = new TextEncoder();
  const bodies = fields.map((field) => {
    if ('value' in field) return encoder.encode(field.value);
    let text = field.ind1 + field.ind2;
    for (const { code, value } of field.subfields) text += `\u001f${code}${value}`;
    return encoder.encode(text);
  });
  const directoryLength = fields.length * 12 + 1;
  const dataLength = bodies.reduce((sum, body) => sum + body.length + 1, 0);
  const out = new Uint8Array(24 + directoryLength + dataLength + 1);
  const leader = '99999cas a2299999 a 4500';
  for (let i = 0; i < 24; i++) out[i] = leader.charCodeAt(i);
  const digits = (at: number, width: number, value: number) => {
    const text = String(Math.min(value, 10 ** width - 1)).padStart(width, '0');
    for (let i = 0; i < width; i++) out[at + i] = text.charCodeAt(i);
  };
  let entry = 24;
  let position = 0;
  let at = 24 + directoryLength;
  fields.forEach((field, i) => {
    const body = bodies[i]!;
    for (let c = 0; c < 3; c++) out[entry + c] = field.tag.charCodeAt(c);
    digits(entry + 3, 4, body.length + 1);
    digits(entry + 7, 5, position);
    entry += 12;
    out.set(body, at);
    at += body.length;
    out[at++] = FIELD_TERMINATOR;
    position += body.length + 1;
  });
  out[entry] = FIELD_TERMINATOR;
  out[at] = RECORD_TERMINATOR;
  return out;
}

/** Five records: three monographs, the oversize serial, one more monograph. */
export function oversizeHathiLikeFile(items = 12000): Uint8Array {
  const parts = [
    writeIso2709(monograph('003034057', 'De legum Platonicarum libris I, II, III')),
    writeIso2709(monograph('003034058', 'De legum Platonicarum libris IV, V')),
    writeIso2709(monograph('003051545', 'The young men of America')),
    oversizeRecordBytes(items),
    writeIso2709(monograph('003051546', 'The young women of America')),
  ];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
