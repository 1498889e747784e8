/**
 * Files the CLI writes (`-o`, `--good`, `--bad`, `fix -o`): Node write streams behind the same
 * back-pressure-aware sink as standard output, and closed (flushed) before the exit status is given.
 */
import { createWriteStream } from 'node:fs';
import { errorText } from '../lib/error-text';
import type { TextSink } from './cli-io';

export interface FileSink extends TextSink {
  writeBytes(bytes: Uint8Array): void | Promise<void>;
  close(): Promise<void>;
}

/** Opens `path` for writing; rejects with a sentence naming the file when it cannot be created. */
export async function openFileSink(path: string): Promise<FileSink> {
  const stream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error) => reject(new Error(`${path}: cannot be written (${errorText(error)}).`)));
  });
  let failure: Error | null = null;
  stream.on('error', (error) => {
    failure = error;
  });
  const write = (data: string | Uint8Array): void | Promise<void> => {
    if (failure) throw failure;
    if (data.length === 0 || stream.write(data)) return;
    return new Promise<void>((resolve) => stream.once('drain', resolve));
  };
  return {
    write,
    writeBytes: write,
    close: () =>
      new Promise<void>((resolve, reject) => {
        stream.end((error?: Error | null) => (error || failure ? reject(error ?? failure) : resolve()));
      }),
  };
}
