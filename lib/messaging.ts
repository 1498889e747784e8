import { browser, type Browser } from 'wxt/browser';

/**
 * Every request the content script, popup or options page can send to the background, with its reply.
 * The background owns long-lived state (the database, later); content scripts reach it only through these.
 * Add a message by adding an entry here and a handler in entrypoints/background.ts: the compiler then
 * checks both ends.
 */
export interface BackgroundProtocol {
  /** Liveness and version check; the popup shows the version. */
  ping: { request: Record<string, never>; response: { version: string } };
}

export type MessageType = keyof BackgroundProtocol;
export type RequestOf<T extends MessageType> = BackgroundProtocol[T]['request'];
export type ResponseOf<T extends MessageType> = BackgroundProtocol[T]['response'];

interface Envelope<T extends MessageType = MessageType> {
  /** Marks our messages apart from any other extension traffic. */
  channel: typeof CHANNEL;
  type: T;
  payload: RequestOf<T>;
}

/** Replies carry success or a readable error, because a thrown error does not cross the message boundary. */
type Reply<T extends MessageType> = { ok: true; value: ResponseOf<T> } | { ok: false; error: string };

export type BackgroundHandlers = {
  [T in MessageType]: (
    payload: RequestOf<T>,
    sender: Browser.runtime.MessageSender,
  ) => ResponseOf<T> | Promise<ResponseOf<T>>;
};

const CHANNEL = 'alma-companion/v1';

/** Sends a request to the background and resolves with its reply; rejects with the handler's error. */
export async function sendToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { channel: CHANNEL, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
  if (!reply) throw new Error(`The background did not answer "${type}" (is the extension reloading?)`);
  if (!reply.ok) throw new Error(`The background failed "${type}": ${reply.error}`);
  return reply.value;
}

/** Installs the background's handlers; returns a function that removes them. */
export function handleBackgroundMessages(handlers: BackgroundHandlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply<MessageType>> | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined; // not ours: let others answer
    const handler = handlers[message.type] as (payload: unknown, sender: Browser.runtime.MessageSender) => unknown;
    return (async (): Promise<Reply<MessageType>> => {
      try {
        return { ok: true, value: (await handler(message.payload, sender)) as ResponseOf<MessageType> };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Partial<Envelope>).channel === CHANNEL &&
    typeof (message as Partial<Envelope>).type === 'string'
  );
}
