// The extension API as seen from scripts that run inside web pages. `chrome` is defined in the
// content scripts' own world, so no element of the page can stand in for it; `globalThis.browser`
// is not defined there, and a page can make it resolve to one of its elements (an element with
// id="browser" is a named property of window), which WXT's `browser` would then pick up.
import type { WxtBrowser } from 'wxt/browser';

export const pageApi: WxtBrowser = (globalThis as unknown as { chrome: WxtBrowser }).chrome;
