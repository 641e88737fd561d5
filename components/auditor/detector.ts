// The always-loaded part: a cheap look at the page (title, headings, a few tables' fixed phrases).
// On a page that is not a report it does nothing else: no listener, no message. Only when it may be
// a report is the auditor (engine and marks) loaded into this frame: imported
// straight into this isolated world from the extension (no round trip through the background,
// which may be asleep), or, where the import is refused, injected by the background.
import { pageApi as browser } from '../shared/page-api';
import { mayBeReport } from '../../lib/parse/detect';
import { htmlSample } from '../../lib/sources/html/sample';
import { isPing } from '../shared/page-guards';
import type { ToBackground } from '../shared/protocol';
import { metrics, tracked } from '../shared/metrics';
import { AUDITOR_FLAG } from './flag';
import { AUDITOR_FILE } from './files';

/** Pages that load their report by script get another look while they change, for this long. */
const WATCH_MS = 10_000;
const LOOK_GAP_MS = 1_000;

/**
 * Answers the popup's ping while the auditor loads (then the auditor answers). Only on a candidate:
 * binding a listener costs about 0.6 ms, and a page that is not a report should cost next to
 * nothing; there the popup reads the detector's metrics through scripting instead.
 */
function listen(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id || (globalThis as Record<string, unknown>)[AUDITOR_FLAG]) return false;
    if (isPing(raw)) sendResponse({ role: 'detector', candidate: true });
    return false;
  });
}

/** Loads the auditor into this frame: by import, else through the background. */
function loadAuditor(): void {
  const m = metrics();
  m.loadStart = performance.now();
  const viaBackground = () => {
    m.auditorLoad = 'background';
    const msg: ToBackground = { type: 'candidate' };
    void browser.runtime.sendMessage(msg).catch(() => {});
  };
  try {
    m.auditorLoad = 'import';
    import(/* @vite-ignore */ browser.runtime.getURL(AUDITOR_FILE)).catch(viaBackground);
  } catch {
    viaBackground();
  }
}

export function startDetector(): void {
  const m = metrics();
  m.detectorStart = performance.now();
  const look = () => tracked(() => {
    if (m.candidate || !mayBeReport(htmlSample(document))) return false;
    m.candidate = true;
    listen();
    loadAuditor();
    return true;
  });
  const found = look();
  m.detectorMs = performance.now() - m.detectorStart;
  if (found) return;
  // Not a report yet: the portal may still be loading it by script. Look again when the page
  // changes, at most once a second, for a while; then stop for good.
  const root = document.body ?? document.documentElement;
  let pending: ReturnType<typeof setTimeout> | null = null;
  const observer = new MutationObserver(() => {
    pending ??= setTimeout(() => {
      pending = null;
      if (look()) observer.disconnect();
    }, LOOK_GAP_MS);
  });
  observer.observe(root, { childList: true, subtree: true });
  setTimeout(() => {
    observer.disconnect();
    if (pending) clearTimeout(pending);
  }, WATCH_MS);
}
