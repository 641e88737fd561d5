// Registers the detector as the content script of the automatic hosts (all frames, once the
// document is idle). Registered scripts persist; this makes sure they match this version.
import { browser } from 'wxt/browser';
import { AUTO_HOST_PATTERNS } from '../shared/hosts';

export const DETECTOR_ID = 'xxgk-detector';
export const DETECTOR_FILE = 'detector.js';

export async function registerDetector(): Promise<void> {
  const script = {
    id: DETECTOR_ID,
    matches: [...AUTO_HOST_PATTERNS],
    js: [DETECTOR_FILE],
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [DETECTOR_ID] });
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
