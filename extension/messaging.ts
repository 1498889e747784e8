import { browser, type Browser } from 'wxt/browser';
import type { MarcRecord } from '../lib/marc/types';
import type { HoldingsAction, Reminder } from '../lib/oclc/reminder';
import type { NewWorklistEntry, WorklistEntry, WorklistStatus } from '../lib/oclc/worklist';
import type { PageContext } from '../lib/procedures/context';
import type { PageSummary } from '../lib/page-summary';
import type { PageOutline } from '../lib/page-outline';
import type { ItemMemoryKey, ItemRecord } from '../lib/page-model';
import type { ValidationJob, ValidationResult } from '../lib/validation/jobs';
import type { RuleLanguage } from '../lib/rules/messages/language';
import { errorText } from '../lib/error-text';

/**
 * Every request the content script, popup or options page can send to the background, with its reply.
 * The background owns long-lived state (the database, the memory of earlier pages); content scripts reach it
 * only through these.
 * Add a message by adding an entry here and a handler in entrypoints/background.ts: the compiler then
 * checks both ends.
 */
export interface BackgroundProtocol {
  /** Liveness and version check; the popup shows the version. */
  ping: { request: Record<string, never>; response: { version: string } };

  // ── Validation (background/validation-handler.ts): the MARC 21 engine runs once, in the background ──
  /**
   * Validates one record or item with the background's settings; `revision` names the settings the page
   * knows (the background reads them again when it holds another revision) and the reply names those used.
   */
  /**
   * `onDemand`: the cataloger asked for this record, checked without the worker's time budget. `language`: the
   * interface's, in which the background words the findings (the catalogs are not in the content script).
   */
  validate: {
    request: { job: ValidationJob; revision: string; onDemand?: boolean; language?: RuleLanguage };
    response: ValidationResult & { revision: string };
  };

  // ── Database (background/database-service.ts): checklist progress and the OCLC worklist ──────────
  /** Whether the database opens; `problem` says why not, in words for the cataloger. */
  'database/status': { request: Record<string, never>; response: { available: boolean; problem?: string } };
  /** Ticked steps per procedure for one record (progress older than the retention setting is gone). */
  'checklist/get-progress': {
    request: { recordId: string; procedureIds: string[] };
    response: { checked: Record<string, string[]> };
  };
  'checklist/set-progress': {
    request: { recordId: string; procedureId: string; checkedSteps: string[] };
    response: { updatedAt: number };
  };
  /** Adds a worklist entry: merged with a pending duplicate, or cancelling a pending opposite action. */
  'worklist/add': {
    request: NewWorklistEntry;
    response: { outcome: 'added' | 'merged' | 'cancelled'; entry: WorklistEntry };
  };
  'worklist/list': { request: { status?: WorklistStatus }; response: { entries: WorklistEntry[] } };
  'worklist/update': {
    request: { id: string; status: WorklistStatus; note?: string };
    response: { entry: WorklistEntry };
  };
  /** Deletes done and removed entries for good. */
  'worklist/clear-finished': { request: Record<string, never>; response: { deleted: number } };
  /** Opens the worklist page in a new tab (content scripts cannot link to extension pages). */
  'worklist/open': { request: Record<string, never>; response: { opened: true } };

  // ── Record memory (background/page-memory-service.ts): earlier pages per tab, bibs and items seen in ──
  // ── any tab of the browser session (storage.session) ─────────────────────────────────────────────
  /** Records the page a frame shows; replies with the OCLC holdings reminders the tab should show. */
  'page/observe': { request: { context: PageContext }; response: { reminders: Reminder[] } };
  /** The tab's reminders, without recording a page. */
  'page/reminders': { request: Record<string, never>; response: { reminders: Reminder[] } };
  /** The bib a Metadata Editor grid shows, remembered for the item and list pages of every tab. */
  /** The bib's MARC as last seen in the Metadata Editor (any tab), for pages that show only its MMS ID. */
  'page/recall-bib': { request: { mmsId: string }; response: { record: MarcRecord | null } };
  /**
   * The fields one page of the item editor shows (only those on the page), merged into what is remembered of
   * the item; replies with the union. The item editor's tabs (General, Notes) are separate pages.
   */
  'page/remember-item': {
    request: { key: ItemMemoryKey; fields: Partial<ItemRecord> };
    response: { fields: Partial<ItemRecord> };
  };
  'page/recall-item': { request: { key: ItemMemoryKey }; response: { fields: Partial<ItemRecord> | null } };
  /** Forgets the item's remembered fields (sent when an unsaved item is saved). */
  'page/forget-item': { request: { key: ItemMemoryKey }; response: Record<string, never> };
  'page/dismiss-reminder': { request: { mmsId: string; action: HoldingsAction }; response: { reminders: Reminder[] } };
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

/**
 * Installs the background's handlers; returns a function that removes them. Messages without a handler
 * are left to other listeners (tests install a few); entrypoints/background.ts types its handlers as the
 * full BackgroundHandlers, so a message added here without a handler there fails to compile.
 */
export function handleBackgroundMessages(handlers: Partial<BackgroundHandlers>): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
  ): Promise<Reply<MessageType>> | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined; // not ours: let others answer
    const handler = handlers[message.type] as (payload: unknown, sender: Browser.runtime.MessageSender) => unknown;
    return (async (): Promise<Reply<MessageType>> => {
      try {
        return { ok: true, value: (await handler(message.payload, sender)) as ResponseOf<MessageType> };
      } catch (error) {
        return { ok: false, error: errorText(error) };
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

/**
 * Requests an extension page (the popup) sends to the content scripts of one tab, with their replies.
 * Every frame of the tab hears the request; only frames that can answer do (e.g. the frame holding the
 * record), and the first answer wins. Add a request here and a handler in a content/features feature.
 */
export interface TabProtocol {
  /** What the page holds: page kind, records, finding counts, applicable checklists (the popup's "This page"). */
  'page-summary': { request: Record<string, never>; response: PageSummary };
  /** The element outline of the tab's frames, without text or values (docs/page-outline.md); the top frame answers. */
  'page-outline': { request: Record<string, never>; response: PageOutline };
}

export type TabMessageType = keyof TabProtocol;
export type TabRequestOf<T extends TabMessageType> = TabProtocol[T]['request'];
export type TabResponseOf<T extends TabMessageType> = TabProtocol[T]['response'];

const TAB_CHANNEL = 'alma-companion-tab/v1';

interface TabEnvelope<T extends TabMessageType = TabMessageType> {
  channel: typeof TAB_CHANNEL;
  type: T;
  payload: TabRequestOf<T>;
}

type TabReply<T extends TabMessageType> = { ok: true; value: TabResponseOf<T> } | { ok: false; error: string };

/** Chrome's and Firefox's wording when no frame of the tab listens or none answered. */
const NO_RECEIVER = /receiving end does not exist|message port closed|could not establish connection|no listeners/i;

/**
 * Sends a request to the content scripts of a tab. Resolves with null when no frame answers (not an Alma
 * page, the content script is not injected, or the page is still loading); rejects with the handler's error.
 */
export async function sendToTab<T extends TabMessageType>(
  tabId: number,
  type: T,
  payload: TabRequestOf<T>,
): Promise<TabResponseOf<T> | null> {
  const envelope: TabEnvelope<T> = { channel: TAB_CHANNEL, type, payload };
  let reply: TabReply<T> | undefined;
  try {
    reply = (await browser.tabs.sendMessage(tabId, envelope)) as TabReply<T> | undefined;
  } catch (error) {
    if (NO_RECEIVER.test(errorText(error))) return null;
    throw error;
  }
  if (!reply) return null;
  if (!reply.ok) throw new Error(`The page could not answer "${type}": ${reply.error}`);
  return reply.value;
}

export type TabHandler<T extends TabMessageType> = (
  payload: TabRequestOf<T>,
) => TabResponseOf<T> | Promise<TabResponseOf<T>>;

/**
 * Answers one kind of tab request in this frame until `signal` aborts (the feature's run ends).
 * Not answering is decided synchronously, so frames without a handler leave the reply to the others.
 */
export function handleTabMessage<T extends TabMessageType>(type: T, handler: TabHandler<T>, signal: AbortSignal): void {
  const listener = (message: unknown): Promise<TabReply<T>> | undefined => {
    if (!isTabEnvelope(message) || message.type !== type) return undefined;
    return (async (): Promise<TabReply<T>> => {
      try {
        return { ok: true, value: await handler(message.payload as TabRequestOf<T>) };
      } catch (error) {
        return { ok: false, error: errorText(error) };
      }
    })();
  };
  if (signal.aborted) return;
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

function isTabEnvelope(message: unknown): message is TabEnvelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Partial<TabEnvelope>).channel === TAB_CHANNEL &&
    typeof (message as Partial<TabEnvelope>).type === 'string'
  );
}
