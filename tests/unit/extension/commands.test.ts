import { describe, expect, it, vi } from 'vitest';
import { forwardCommand, shortcutBindings, type CommandsApi } from '../../../extension/commands';

function fakeApi(overrides: Partial<CommandsApi['tabs']> = {}): CommandsApi & { sent: Array<[number, unknown]> } {
  const sent: Array<[number, unknown]> = [];
  return {
    sent,
    commands: {
      getAll: async () => [
        { name: 'previous-finding' },
        { name: '_execute_action', shortcut: '' },
        { name: 'next-finding', shortcut: '' },
        { name: 'toggle-panel', shortcut: 'Ctrl+Shift+F' },
      ],
    },
    tabs: {
      sendMessage: async (tabId, message) => {
        sent.push([tabId, message]);
      },
      query: vi.fn(async () => [{ id: 7 }]),
      ...overrides,
    },
  };
}

describe('forwardCommand', () => {
  it('sends the panel command to the tab the browser names (every frame: no frameId)', async () => {
    const api = fakeApi();
    await forwardCommand('next-finding', { id: 3 }, api);
    expect(api.sent).toEqual([[3, { channel: 'alma-companion-command/v1', kind: 'run', action: 'next-finding' }]]);
    expect(api.tabs.query).not.toHaveBeenCalled();
  });

  it('falls back to the active tab, ignores unknown commands and tabs without the companion', async () => {
    const api = fakeApi({
      sendMessage: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    await expect(forwardCommand('toggle-panel', undefined, api)).resolves.toBeUndefined();
    expect(api.tabs.query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    const quiet = fakeApi();
    await forwardCommand('reload-everything', { id: 1 }, quiet);
    expect(quiet.sent).toEqual([]);
  });

  it('lets other failures through', async () => {
    const api = fakeApi({
      sendMessage: async () => {
        throw new Error('Tabs cannot be edited right now');
      },
    });
    await expect(forwardCommand('toggle-panel', { id: 1 }, api)).rejects.toThrow('cannot be edited');
  });
});

describe('shortcutBindings', () => {
  it('lists the panel commands in the panel order with the keys in force, unbound ones as empty', async () => {
    expect(await shortcutBindings(fakeApi())).toEqual([
      { action: 'toggle-panel', keys: 'Ctrl+Shift+F' },
      { action: 'next-finding', keys: '' },
      { action: 'previous-finding', keys: '' },
    ]);
  });
});
