// The keyboard commands in WXT's fakeBrowser: the active tab's report frame gets step-finding.
import type * as Commands from '../../../components/background/commands';
import type * as Frames from '../../../components/background/frames';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// wxt/browser picks up the global API when it is first imported.
(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;
let commands: typeof Commands;
let frames: typeof Frames;
beforeAll(async () => {
  commands = await import('../../../components/background/commands');
  frames = await import('../../../components/background/frames');
});

// fakeBrowser has no tabs.sendMessage: record what would be sent.
const sent = vi.fn(async () => ({ ok: true }));
beforeEach(() => {
  fakeBrowser.reset();
  sent.mockClear();
  (fakeBrowser.tabs as unknown as { sendMessage: typeof sent }).sendMessage = sent;
});

async function activeTab(): Promise<number> {
  await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ url: 'https://www.huzhu.gov.cn/nb.html', active: true });
  return tab.id!;
}

const summary = { error: 1, warning: 0, info: 0 };

describe('the step commands', () => {
  it('send step-finding to the frame that holds the report', async () => {
    const tabId = await activeTab();
    await frames.recordFrame(tabId, { frameId: 0, isReport: false, title: null, summary, errorsOpen: 0 });
    await frames.recordFrame(tabId, { frameId: 3, isReport: true, title: '年报', summary, errorsOpen: 1 });
    await expect(commands.stepActiveTab(1)).resolves.toBe(true);
    expect(sent).toHaveBeenLastCalledWith(tabId, { type: 'step-finding', delta: 1 }, { frameId: 3 });
    await expect(commands.stepActiveTab(-1)).resolves.toBe(true);
    expect(sent).toHaveBeenLastCalledWith(tabId, { type: 'step-finding', delta: -1 }, { frameId: 3 });
    expect(commands.STEP_COMMANDS).toEqual({ 'next-finding': 1, 'previous-finding': -1 });
  });

  it('do nothing on a tab without a report', async () => {
    await activeTab();
    await expect(commands.stepActiveTab(1)).resolves.toBe(false);
    commands.onCommand('unknown-command');
    expect(sent).not.toHaveBeenCalled();
  });
});
