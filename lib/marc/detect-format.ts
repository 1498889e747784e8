/**
 * Guesses a MARC file's format from its first bytes, falling back on its name. Content wins over the
 * extension because files are often misnamed (.dat, .txt, .marc for anything).
 */
export type MarcFormat = 'iso2709' | 'marcxml' | 'mrk' | 'unknown';

const ISO2709_EXTENSIONS = ['.mrc', '.marc', '.usmarc', '.iso', '.iso2709', '.dat', '.bin', '.out'];
const XML_EXTENSIONS = ['.xml', '.marcxml'];
const MRK_EXTENSIONS = ['.mrk', '.mrk8', '.mrk8.txt'];

const decoder = new TextDecoder('utf-8');

function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}

/** Five digits (record length), then at 12-16 five digits (base address): an ISO 2709 leader. */
function looksLikeIso2709(bytes: Uint8Array, at: number): boolean {
  for (let i = 0; i < 5; i++) if (!isDigit(bytes[at + i])) return false;
  if (bytes.length < at + 17) return bytes.indexOf(0x1e) !== -1 || bytes.indexOf(0x1d) !== -1 || bytes.length < at + 12;
  for (let i = 12; i < 17; i++) if (!isDigit(bytes[at + i])) return false;
  return true;
}

function byExtension(fileName: string): MarcFormat {
  const name = fileName.toLowerCase();
  if (XML_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'marcxml';
  if (MRK_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'mrk';
  if (ISO2709_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'iso2709';
  return 'unknown';
}

export function detectFormat(fileName: string, firstBytes: Uint8Array): MarcFormat {
  let at = 0;
  if (firstBytes[0] === 0xef && firstBytes[1] === 0xbb && firstBytes[2] === 0xbf) at = 3; // UTF-8 BOM
  while (
    at < firstBytes.length &&
    (firstBytes[at] === 0x20 || firstBytes[at] === 0x0a || firstBytes[at] === 0x0d || firstBytes[at] === 0x09)
  )
    at++;
  if (at < firstBytes.length) {
    if (firstBytes[at] === 0x3c /* < */) {
      const head = decoder.decode(firstBytes.subarray(at, Math.min(firstBytes.length, at + 4096)));
      // MARCXML, or XML that embeds it (OAI-PMH, SRU); any other XML is still best read as XML.
      return /<([A-Za-z_][\w.-]*:)?(collection|record)\b|MARC21\/slim/.test(head) || head.startsWith('<?xml')
        ? 'marcxml'
        : 'unknown';
    }
    if (
      firstBytes[at] === 0x3d /* = */ &&
      /^=(LDR|\d{3}|[A-Z]{3})\s/.test(decoder.decode(firstBytes.subarray(at, at + 8)))
    )
      return 'mrk';
    if (looksLikeIso2709(firstBytes, at)) return 'iso2709';
  }
  return byExtension(fileName);
}
