// The keyboard commands (manifest `commands`): next/previous finding on the active tab's report,
// in page order. The page's auditor does the stepping (step-finding); the background only knows
// which frame holds the report.
import { browser } from 'wxt/browser';
import type { ToPage } from '../shared/protocol';
import { framesOf } from './frames';

export const STEP_COMMANDS: Readonly<Record<string, 1 | -1>> = { 'next-finding': 1, 'previous-finding': -1 };

/** Sends step-finding to the active tab's report frame; false when there is none to send it to. */
export async function stepActiveTab(delta: 1 | -1): Promise<boolean> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return false;
  const report = (await framesOf(tab.id)).find((f) => f.isReport);
  if (!report) return false;
  const message: ToPage = { type: 'step-finding', delta };
  await browser.tabs.sendMessage(tab.id, message, { frameId: report.frameId });
  return true;
}

export function onCommand(name: string): void {
  const delta = STEP_COMMANDS[name];
  // A tab that went away meanwhile is nothing to report: the shortcut simply does nothing.
  if (delta) void stepActiveTab(delta).catch(() => {});
}
