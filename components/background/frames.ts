// Which frames of which tabs hold an audited report, kept in session storage so a restarted
// service worker still knows; and the toolbar badge showing the tab's open error count.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { FrameStateSchema } from '../shared/protocol';
import type { FrameState } from '../shared/protocol';

const TabRecord = z.object({ frames: z.array(FrameStateSchema.extend({ errorsOpen: z.number().int() })) });
type TabRecord = z.infer<typeof TabRecord>;

const key = (tabId: number) => `tab:${tabId}`;

async function load(tabId: number): Promise<TabRecord> {
  const got = await browser.storage.session.get(key(tabId));
  const parsed = TabRecord.safeParse(got[key(tabId)]);
  return parsed.success ? parsed.data : { frames: [] };
}

export async function recordFrame(tabId: number, frame: FrameState & { errorsOpen: number }): Promise<void> {
  const rec = await load(tabId);
  rec.frames = [...rec.frames.filter((f) => f.frameId !== frame.frameId), frame].sort((a, b) => a.frameId - b.frameId);
  await browser.storage.session.set({ [key(tabId)]: rec });
  await showBadge(tabId, rec);
}

export async function framesOf(tabId: number): Promise<FrameState[]> {
  return (await load(tabId)).frames.map(({ errorsOpen: _, ...f }) => f);
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
}

async function showBadge(tabId: number, rec: TabRecord): Promise<void> {
  const reports = rec.frames.filter((f) => f.isReport);
  const errors = reports.reduce((n, f) => n + f.errorsOpen, 0);
  const text = reports.length === 0 ? '' : errors > 0 ? String(Math.min(errors, 999)) : '✓';
  await browser.action.setBadgeText({ tabId, text }).catch(() => {});
  await browser.action.setBadgeBackgroundColor({ tabId, color: errors > 0 ? '#c5221f' : '#188038' }).catch(() => {});
}
