import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://*.alma.exlibrisgroup.com/*', 'https://*.alma.exlibrisgroup.com.cn/*'],
  allFrames: true,
  cssInjectionMode: 'ui',
  main() {
    // Feature runner is wired in by the foundation issue.
  },
});
