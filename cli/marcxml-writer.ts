/** MARCXML output for `fix -o OUT.xml`: a collection in the MARC 21 slim namespace, one record at a time. */
import { isControlField, type MarcRecord } from '../lib/marc/types';

export const MARCXML_HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">\n';
export const MARCXML_FOOTER = '</collection>\n';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** XML 1.0 cannot hold most control characters at all; they are dropped rather than written as invalid XML. */
function xmlText(text: string): string {
  return text.replace(/[&<>"]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (char) => ESCAPES[char] ?? '');
}

export function marcXmlRecord(record: MarcRecord): string {
  let xml = `  <record>\n    <leader>${xmlText(record.leader)}</leader>\n`;
  for (const field of record.fields) {
    if (isControlField(field)) {
      xml += `    <controlfield tag="${xmlText(field.tag)}">${xmlText(field.value)}</controlfield>\n`;
      continue;
    }
    xml += `    <datafield tag="${xmlText(field.tag)}" ind1="${xmlText(field.ind1)}" ind2="${xmlText(field.ind2)}">\n`;
    for (const subfield of field.subfields) {
      xml += `      <subfield code="${xmlText(subfield.code)}">${xmlText(subfield.value)}</subfield>\n`;
    }
    xml += '    </datafield>\n';
  }
  return `${xml}  </record>\n`;
}
