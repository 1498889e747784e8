import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleBackgroundMessages } from '../lib/messaging';

/** Owns long-lived state (the database arrives with later issues); answers typed messages from lib/messaging. */
export default defineBackground(() => {
  handleBackgroundMessages({
    ping: () => ({ version: browser.runtime.getManifest().version }),
  });
});
