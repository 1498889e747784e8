import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../lib/marc/detect-format';
import { fixtureBytes, ISO2709_FIXTURES, MARCXML_FIXTURES } from './fixture-files';

const encoder = new TextEncoder();

describe('detectFormat', () => {
  it.each(ISO2709_FIXTURES)('%s is ISO 2709, whatever its name', (name) => {
    const head = fixtureBytes(name).subarray(0, 4096);
    expect(detectFormat(name, head)).toBe('iso2709');
    expect(detectFormat('records.txt', head)).toBe('iso2709');
  });

  it.each(MARCXML_FIXTURES)('%s is MARCXML, whatever its name', (name) => {
    const head = fixtureBytes(name).subarray(0, 4096);
    expect(detectFormat(name, head)).toBe('marcxml');
    expect(detectFormat('records.dat', head)).toBe('marcxml');
  });

  it('recognises .mrk text, with or without a byte order mark', () => {
    expect(detectFormat('x.txt', encoder.encode('=LDR  00000nam a2200000 a 4500\n=001  1\n'))).toBe('mrk');
    expect(detectFormat('x.txt', encoder.encode('\ufeff=001  1\n'))).toBe('mrk');
  });

  it('recognises XML that is not a MARC collection by its declaration, and rejects other markup', () => {
    expect(detectFormat('x', encoder.encode('<?xml version="1.0"?>\n<OAI-PMH>'))).toBe('marcxml');
    expect(detectFormat('x', encoder.encode('<marc:collection xmlns:marc="x">'))).toBe('marcxml');
    expect(detectFormat('x.mrc', encoder.encode('<html><body>'))).toBe('unknown');
  });

  it('falls back on the file name when the content says nothing', () => {
    expect(detectFormat('damaged.mrc', encoder.encode('xx!!garbage'))).toBe('iso2709');
    expect(detectFormat('notes.mrk', encoder.encode('# only a comment'))).toBe('mrk');
    expect(detectFormat('empty.XML', new Uint8Array(0))).toBe('marcxml');
    expect(detectFormat('picture.png', encoder.encode('\u0089PNG'))).toBe('unknown');
  });
});
