import { defineContentScript } from 'wxt/utils/define-content-script';
import { recognisePage } from '../../content/alma';
import { almaPageSignature, isAlmaBusy } from '../../content/dom/alma-page-state';
import { runFeatures } from '../../content/feature-manager';
import { features } from '../../content/features';
import { wireBrowserI18n } from '../../extension/i18n';

/**
 * Runs in every frame of an Alma page: the Metadata Editor is three documents deep
 * (page → yardsNgWrapper → yards_iframe), and each frame recognises itself.
 * The test build adds http://localhost to `matches` (see wxt.config.ts); the release build never does.
 */
export default defineContentScript({
  matches: ['https://*.alma.exlibrisgroup.com/*', 'https://*.alma.exlibrisgroup.com.cn/*'],
  allFrames: true,
  // Panels carry their stylesheet inline (content/dom/companion-css.ts): nothing to inject or fetch.
  cssInjectionMode: 'manual',
  main(ctx) {
    wireBrowserI18n();
    runFeatures(ctx, features, {
      doc: document,
      recognise: (doc) =>
        recognisePage(doc, {
          url: location.href,
          title: doc.title,
          frameId: frameIdOf(window),
          isTopFrame: window === window.top,
        }),
      isBusy: isAlmaBusy,
      signature: (doc) => almaPageSignature(doc, location.href),
    });
  },
});

/** Id of the iframe element holding this frame, when the parent is same-origin (Alma's frames are). */
function frameIdOf(view: Window): string | null {
  try {
    return view.frameElement?.id || null;
  } catch {
    return null;
  }
}
