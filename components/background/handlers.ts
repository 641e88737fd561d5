// The background's answers: inject the auditor where the detector saw a candidate and could not
// import it itself, record what
// each frame found, tell the popup which frames hold a report, audit a tab on demand.
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { PopupToBackgroundSchema, ToBackgroundSchema } from '../shared/protocol';
import { onCommand } from './commands';
import { forgetTab, framesOf, recordFrame } from './frames';
import { registerDetector } from './registration';
import { AUDITOR_FILE } from '../auditor/files';
import { keepAndFindPrevious } from './library';

async function inject(tabId: number, frameIds?: number[]): Promise<void> {
  await browser.scripting.executeScript({
    target: frameIds ? { tabId, frameIds } : { tabId, allFrames: true },
    files: [AUDITOR_FILE],
  });
}

/** Messages from our own pages and content scripts only; anything malformed is ignored. */
export function onMessage(raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const fromPage = ToBackgroundSchema.safeParse(raw);
  if (fromPage.success && sender.tab?.id !== undefined) {
    const tabId = sender.tab.id;
    const frameId = sender.frameId ?? 0;
    const msg = fromPage.data;
    if (msg.type === 'candidate') {
      inject(tabId, [frameId]).catch(() => {});
      return false;
    }
    if (msg.type === 'library-audited') {
      keepAndFindPrevious(msg.record).then((previous) => sendResponse({ previous }), () => sendResponse({ previous: null }));
      return true;
    }
    recordFrame(tabId, { frameId, isReport: msg.isReport, title: msg.title, summary: msg.summary, errorsOpen: msg.errorsOpen })
      .catch(() => {});
    return false;
  }
  const fromPopup = PopupToBackgroundSchema.safeParse(raw);
  if (!fromPopup.success) return false;
  const msg = fromPopup.data;
  if (msg.type === 'tab-frames') {
    framesOf(msg.tabId).then((frames) => sendResponse({ frames }), () => sendResponse({ frames: [] }));
    return true;
  }
  inject(msg.tabId).then(
    () => sendResponse({ ok: true }),
    (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
  return true;
}

export function listen(): void {
  // Registered on install and update, and checked at every start of the browser.
  browser.runtime.onInstalled.addListener(() => void registerDetector().catch(() => {}));
  browser.runtime.onStartup.addListener(() => void registerDetector().catch(() => {}));
  browser.runtime.onMessage.addListener(onMessage);
  browser.commands.onCommand.addListener(onCommand);
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A new page in the tab: what the old one found no longer holds.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) void forgetTab(tabId);
  });
}
