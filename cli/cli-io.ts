/**
 * The CLI's connection to the outside world, injectable so tests run `main` in-process and capture output.
 */
export interface TextSink {
  /** May return a promise when the sink is full (back-pressure); the CLI awaits it before reading on. */
  write(text: string): void | Promise<void>;
}

export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  /** Standard input (the file `-`). */
  stdin?: AsyncIterable<Uint8Array>;
  /** Progress is only ever drawn on an interactive terminal. */
  stderrIsTTY: boolean;
  /** Bytes per read from disk (tests use tiny chunks to exercise record boundaries). */
  chunkSize?: number;
  now?: () => number;
  /** The environment (LC_ALL, LC_MESSAGES, LANG choose the language of rule messages); none: English. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Wraps a Node writable so a full buffer pauses the CLI instead of growing memory. */
export function streamSink(stream: NodeJS.WriteStream): TextSink {
  return {
    write(text) {
      if (text.length === 0 || stream.write(text)) return;
      return new Promise<void>((resolve) => stream.once('drain', resolve));
    },
  };
}

export function processIo(): CliIo {
  return {
    stdout: streamSink(process.stdout),
    stderr: streamSink(process.stderr),
    stdin: process.stdin,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
  };
}
