/**
 * Streams one file through the matching incremental reader: the file is read in fixed-size chunks
 * (fs streams), so memory stays flat whatever the file size. Text formats are decoded incrementally
 * (a UTF-8 sequence split across chunks is kept by TextDecoder's stream mode).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ReadResult } from '../lib/marc/types';
import { detectFormat } from '../lib/marc/detect-format';
import { Iso2709Stream } from '../lib/marc/iso2709';
import { MarcXmlStream } from '../lib/marc/marcxml';
import { MrkStream } from '../lib/marc/mrk';

export type InputFormat = 'iso2709' | 'marcxml' | 'mrk';

/** 64 KiB: large enough that per-chunk overhead is negligible, small enough to keep memory flat. */
export const DEFAULT_CHUNK_SIZE = 64 * 1024;

/** How many leading bytes format detection looks at. */
const SNIFF_BYTES = 4096;

interface ChunkReader {
  push(chunk: Uint8Array): ReadResult[];
  end(): ReadResult[];
}

/** Adapts a text reader (pushing strings) to bytes, decoding UTF-8 across chunk boundaries. */
function textReader(reader: { push(chunk: string): ReadResult[]; end(): ReadResult[] }): ChunkReader {
  const decoder = new TextDecoder('utf-8');
  return {
    push: (chunk) => reader.push(decoder.decode(chunk, { stream: true })),
    end: () => {
      const rest = decoder.decode();
      const last = rest.length > 0 ? reader.push(rest) : [];
      return last.concat(reader.end());
    },
  };
}

function readerFor(format: InputFormat): ChunkReader {
  switch (format) {
    case 'iso2709':
      return new Iso2709Stream();
    case 'marcxml':
      return textReader(new MarcXmlStream());
    case 'mrk':
      return textReader(new MrkStream());
  }
}

/** Reads the first bytes of the file and asks lib/marc which format it is; null when unknown. */
export async function sniffFormat(path: string): Promise<InputFormat | null> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const format = detectFormat(basename(path), buffer.subarray(0, bytesRead));
    return format === 'iso2709' || format === 'marcxml' || format === 'mrk' ? format : null;
  } finally {
    await handle.close();
  }
}

/**
 * Yields the records of a file in batches (one batch per chunk read), and the bytes read so far
 * so callers can show progress. Batches keep the per-record async overhead out of the hot path.
 */
export async function* readRecordBatches(
  path: string,
  format: InputFormat,
  chunkSize: number = DEFAULT_CHUNK_SIZE,
): AsyncGenerator<{ results: ReadResult[]; bytesRead: number }> {
  const reader = readerFor(format);
  let bytesRead = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: chunkSize })) {
    const bytes = chunk as Buffer;
    bytesRead += bytes.length;
    const results = reader.push(bytes);
    if (results.length > 0) yield { results, bytesRead };
  }
  const rest = reader.end();
  if (rest.length > 0) yield { results: rest, bytesRead };
}
