/**
 * MarcEdit / LC MARCMaker character mnemonics in .mrk text: `{dollar}` for `$`, `{bsol}` for `\`,
 * `{esc}`, and the MARC-8 extended Latin characters and diacritics (`{acute}e`, `{pound}`…), mapped
 * to Unicode. Sources: LC MARCMaker/MARCBreaker documentation and the MARC-8 to Unicode mapping in
 * "MARC 21 Specifications for Record Structure, Character Sets, and Exchange Media".
 *
 * `{U+XXXX}` is our own extension (not MarcEdit's) so that control characters such as line breaks,
 * which a line-based format cannot hold, survive writing and reading back.
 */

/** Spacing characters and structural escapes. */
const CHARACTERS = new Map<string, string>(
  Object.entries({
    dollar: '$',
    bsol: '\\',
    lcub: '{',
    rcub: '}',
    esc: '\u001b',
    joiner: '\u200d',
    nonjoin: '\u200c',
    Lstrok: '\u0141',
    Ostrok: '\u00d8',
    Dstrok: '\u0110',
    THORN: '\u00de',
    AElig: '\u00c6',
    OElig: '\u0152',
    softsign: '\u02b9',
    middot: '\u00b7',
    flat: '\u266d',
    reg: '\u00ae',
    plusmn: '\u00b1',
    Ohorn: '\u01a0',
    Uhorn: '\u01af',
    mlrhring: '\u02bc',
    mllhring: '\u02bb',
    lstrok: '\u0142',
    ostrok: '\u00f8',
    dstrok: '\u0111',
    thorn: '\u00fe',
    aelig: '\u00e6',
    oelig: '\u0153',
    hardsign: '\u02ba',
    inodot: '\u0131',
    pound: '\u00a3',
    eth: '\u00f0',
    ohorn: '\u01a1',
    uhorn: '\u01b0',
    deg: '\u00b0',
    scriptl: '\u2113',
    phono: '\u2117',
    copy: '\u00a9',
    sharp: '\u266f',
    iquest: '\u00bf',
    iexcl: '\u00a1',
    szlig: '\u00df',
    euro: '\u20ac',
  }),
);

/**
 * Combining diacritics. MARC-8 puts a diacritic before its base letter and Unicode after, so a
 * mnemonic diacritic is moved after the character that follows it (`{acute}e` → e + U+0301).
 */
const DIACRITICS = new Map<string, string>(
  Object.entries({
    hooka: '\u0309',
    grave: '\u0300',
    acute: '\u0301',
    circ: '\u0302',
    tilde: '\u0303',
    macr: '\u0304',
    breve: '\u0306',
    dot: '\u0307',
    uml: '\u0308',
    caron: '\u030c',
    ring: '\u030a',
    llig: '\ufe20',
    rlig: '\ufe21',
    rcommaa: '\u0315',
    dblac: '\u030b',
    candra: '\u0310',
    cedil: '\u0327',
    rogonek: '\u0328',
    dotb: '\u0323',
    dbldotb: '\u0324',
    ringb: '\u0325',
    dblunder: '\u0333',
    under: '\u0332',
    commab: '\u0326',
    rcedil: '\u031c',
    breveb: '\u032e',
    ldbltil: '\ufe22',
    rdbltil: '\ufe23',
    commaa: '\u0313',
  }),
);

const HEX_MNEMONIC = /^U\+([0-9A-Fa-f]{4,6})$/;

function codePointMnemonic(name: string): string | undefined {
  const match = HEX_MNEMONIC.exec(name);
  if (!match) return undefined;
  const codePoint = parseInt(match[1]!, 16);
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : undefined;
}

/**
 * Replaces mnemonics in `text`; undefined ones are kept as they are and passed to `onUnknown`.
 * Fast path: text without `{` is returned as is.
 */
export function decodeMnemonics(text: string, onUnknown?: (mnemonic: string) => void): string {
  if (text.indexOf('{') === -1) return text;
  let out = '';
  let pendingDiacritics = '';
  let at = 0;
  while (at < text.length) {
    let open = text.indexOf('{', at);
    const close = open === -1 ? -1 : text.indexOf('}', open + 1);
    if (close !== -1) open = text.lastIndexOf('{', close); // "{a{dollar}": only "{dollar}" is a mnemonic
    const chunkEnd = open === -1 || close === -1 ? text.length : open;
    if (chunkEnd > at) {
      // Diacritics waiting for a base character attach after its first code point.
      const first = pendingDiacritics ? String.fromCodePoint(text.codePointAt(at)!) : '';
      out += first + pendingDiacritics + text.slice(at + first.length, chunkEnd);
      pendingDiacritics = '';
    }
    if (chunkEnd === text.length) break;
    const name = text.slice(open + 1, close);
    const diacritic = DIACRITICS.get(name);
    if (diacritic !== undefined) {
      pendingDiacritics += diacritic;
    } else {
      const character = CHARACTERS.get(name) ?? codePointMnemonic(name);
      if (character === undefined) onUnknown?.(`{${name}}`);
      const literal = character ?? `{${name}}`;
      const base = pendingDiacritics ? String.fromCodePoint(literal.codePointAt(0)!) : '';
      out += base + pendingDiacritics + literal.slice(base.length);
      pendingDiacritics = '';
    }
    at = close + 1;
  }
  return out + pendingDiacritics;
}

/** Characters that must be escaped in .mrk text: the delimiter, escapes' own braces, and controls. */
const NEEDS_ESCAPE = /[$\\{}\u0000-\u001f\u007f]/;

/** Escapes `text` for a .mrk line; blanks stay blanks (callers turn them into `\` where needed). */
export function encodeMnemonics(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  let out = '';
  for (const character of text) {
    switch (character) {
      case '$':
        out += '{dollar}';
        break;
      case '\\':
        out += '{bsol}';
        break;
      case '{':
        out += '{lcub}';
        break;
      case '}':
        out += '{rcub}';
        break;
      case '\u001b':
        out += '{esc}';
        break;
      default: {
        const code = character.charCodeAt(0);
        out += code < 0x20 || code === 0x7f ? `{U+${code.toString(16).toUpperCase().padStart(4, '0')}}` : character;
      }
    }
  }
  return out;
}
