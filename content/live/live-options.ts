import { loadSettings, watchSettings } from '../../extension/storage';
import { liveOptionsFrom, type LiveOptions } from './live-options-from';

export type { LiveOptions };

/**
 * The current options, and `onChange` with new ones whenever the options page (or another tab) changes
 * the settings: a rule switched off disappears from open editors without a reload.
 */
export async function watchLiveOptions(
  signal: AbortSignal,
  onChange: (options: LiveOptions) => void,
): Promise<LiveOptions> {
  const stop = watchSettings((settings) => {
    if (!signal.aborted) onChange(liveOptionsFrom(settings));
  });
  signal.addEventListener('abort', stop, { once: true });
  return liveOptionsFrom(await loadSettings());
}
