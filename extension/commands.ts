import { browser } from 'wxt/browser';
import { errorText } from '../lib/error-text';
import {
  isShortcutAction,
  SHORTCUT_ACTIONS,
  type ShortcutAction,
  type ShortcutBinding,
} from '../content/live/shortcuts';

/**
 * The keyboard commands' path (content/live/shortcuts.ts): the background hears browser.commands.onCommand
 * and sends the command to every frame of the tab; the content script of the frame with a panel acts on it.
 * Content scripts cannot read browser.commands, so they ask the background for the bindings in force.
 */
const CHANNEL = 'alma-companion-command/v1';

type CommandMessage =
  | { channel: typeof CHANNEL; kind: 'run'; action: ShortcutAction }
  | { channel: typeof CHANNEL; kind: 'bindings' };

function isCommandMessage(message: unknown): message is CommandMessage {
  return typeof message === 'object' && message !== null && (message as { channel?: unknown }).channel === CHANNEL;
}

/** Chrome's and Firefox's wording when no frame of the tab listens (not an Alma page). */
const NO_RECEIVER = /receiving end does not exist|message port closed|could not establish connection|no listeners/i;

/** The part of the extension API the background side uses (the real `browser`, or a stand-in in tests). */
export interface CommandsApi {
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
  tabs: {
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    query(query: { active: true; lastFocusedWindow: true }): Promise<Array<{ id?: number }>>;
  };
}

const defaultApi = (): CommandsApi => browser as unknown as CommandsApi;

/**
 * What browser.commands.onCommand calls: sends a panel command to every frame of `tab` (the tab the
 * browser names, else the active one). A tab without the companion is not an error.
 */
export async function forwardCommand(
  command: string,
  tab: { id?: number } | undefined,
  api: CommandsApi = defaultApi(),
): Promise<void> {
  if (!isShortcutAction(command)) return;
  const tabId = tab?.id ?? (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const message: CommandMessage = { channel: CHANNEL, kind: 'run', action: command };
  try {
    await api.tabs.sendMessage(tabId, message);
  } catch (error) {
    if (!NO_RECEIVER.test(errorText(error))) throw error;
  }
}

/** The bindings in force, in the panel's order. */
export async function shortcutBindings(api: CommandsApi = defaultApi()): Promise<ShortcutBinding[]> {
  const commands = await api.commands.getAll();
  // getAll() follows no particular order (Chrome sorts by name): show them as the panel lists them.
  return SHORTCUT_ACTIONS.flatMap((action) => {
    const command = commands.find((candidate) => candidate.name === action);
    return command ? [{ action, keys: command.shortcut ?? '' }] : [];
  });
}

/** Background: answers the content scripts' question for the bindings. Returns the function that stops. */
export function answerShortcutBindings(api: CommandsApi = defaultApi()): () => void {
  const listener = (message: unknown): Promise<ShortcutBinding[]> | undefined =>
    isCommandMessage(message) && message.kind === 'bindings' ? shortcutBindings(api) : undefined;
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Content script: the bindings in force, or null when the background cannot say (the footer then says nothing). */
export async function requestShortcutBindings(): Promise<ShortcutBinding[] | null> {
  try {
    const reply = await browser.runtime.sendMessage({ channel: CHANNEL, kind: 'bindings' } satisfies CommandMessage);
    return Array.isArray(reply) ? (reply as ShortcutBinding[]) : null;
  } catch {
    return null;
  }
}

/** Content script: calls `onCommand` for each command the background forwards to this frame, until `signal` aborts. */
export function listenForCommands(onCommand: (action: ShortcutAction) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (message: unknown): undefined => {
    // No reply (undefined): every frame hears the command, none answers.
    if (isCommandMessage(message) && message.kind === 'run' && isShortcutAction(message.action))
      onCommand(message.action);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
