import { useState } from 'preact/hooks';
import type { VNode } from 'preact';
import { createDefaultSettings, validateSettings, type Settings } from '../../../../lib/settings';
import type { SettingsUpdate } from '../../../../components/options/RulesSection';

/**
 * Holds settings the way the options App does: a change is applied to the current settings, validated
 * with the real schema, and refused whole when invalid. `saved` records what was stored.
 */
export function createStore(initial: Settings = createDefaultSettings()) {
  const store = { settings: initial, saved: [] as Settings[] };
  let rerender: ((settings: Settings) => void) | undefined;
  const onUpdate: SettingsUpdate = async (change) => {
    const next = change(store.settings);
    const errors = validateSettings(next);
    if (errors.length > 0) return errors;
    store.settings = next;
    store.saved.push(next);
    rerender?.(next);
    return [];
  };
  function Harness({ render }: { render: (settings: Settings, onUpdate: SettingsUpdate) => VNode }) {
    const [settings, setSettings] = useState(store.settings);
    rerender = setSettings;
    return render(settings, onUpdate);
  }
  return { store, onUpdate, Harness };
}

/** Lets pending promises (async callbacks) settle, then flushes Preact's updates. */
export async function settle(): Promise<void> {
  const { act } = await import('preact/test-utils');
  for (let i = 0; i < 3; i++)
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
}
