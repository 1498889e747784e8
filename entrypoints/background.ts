import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Database owner and message handlers are added by lib/messaging (see architecture).
});
