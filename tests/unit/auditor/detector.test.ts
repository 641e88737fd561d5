// The detector in a page: stays quiet on a page that is not a report (not even a message listener);
// on one that may be, answers the popup's ping and loads
// the auditor by import, and falls back to asking the background when the import is refused.
// (The import itself succeeding is checked in Chromium: tests/e2e/hostile.test.ts, pages 4 and 9.)
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface Sent { type: string }
type Listener = (m: unknown, sender: { id: string }, reply: (r: unknown) => void) => boolean;

/** What the detector's listener answers to a ping from the extension itself. */
function ping(l: Listener): unknown {
  let answer: unknown = null;
  l({ type: 'ping' }, { id: 'ext' }, (r) => { answer = r; });
  return answer;
}

function stubPage(html: string) {
  const dom = new JSDOM(html, { url: 'https://www.example.gov.cn/a.html' });
  const sent: Sent[] = [];
  const urls: string[] = [];
  const listeners: Listener[] = [];
  vi.stubGlobal('document', dom.window.document);
  vi.stubGlobal('MutationObserver', dom.window.MutationObserver);
  vi.stubGlobal('chrome', {
    runtime: {
      id: 'ext',
      // Not a URL an import can load here: the import is refused, as a page could make it be.
      getURL: (path: string) => {
        urls.push(path);
        return `chrome-extension://ext${path}`;
      },
      sendMessage: async (m: Sent) => void sent.push(m),
      onMessage: { addListener: (l: Listener) => void listeners.push(l) },
    },
  });
  return { sent, urls, listeners, window: dom.window };
}

async function detect() {
  vi.resetModules();
  const { startDetector } = await import('../../../components/auditor/detector');
  const { metrics } = await import('../../../components/shared/metrics');
  startDetector();
  return metrics();
}

describe('the detector', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    delete (globalThis as Record<string, unknown>).__xxgkMetrics;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('loads nothing on a page that is not a report', async () => {
    const page = stubPage('<title>本市召开政务公开工作推进会议</title><h1>新闻</h1><p>会议听取了各部门工作进展情况汇报。</p>');
    const m = await detect();
    await vi.runAllTimersAsync();
    expect(m.candidate).toBe(false);
    expect(m.auditorLoad).toBeNull();
    expect(page.urls).toEqual([]);
    expect(page.sent).toEqual([]);
    // Not even a listener: the popup reads the verdict through scripting.
    expect(page.listeners).toEqual([]);
  });

  it('imports the auditor on a report page, and asks the background when the import is refused', async () => {
    const page = stubPage('<title>某区人民政府2021年政府信息公开工作年度报告</title><p>一、总体情况</p>');
    const m = await detect();
    expect(m.candidate).toBe(true);
    expect(page.listeners).toHaveLength(1);
    expect(ping(page.listeners[0]!)).toEqual({ role: 'detector', candidate: true });
    expect(page.urls).toEqual(['/auditor.js']);
    await vi.waitFor(() => expect(page.sent).toEqual([{ type: 'candidate' }]));
    expect(m.auditorLoad).toBe('background');
  });

  it('looks again when a page that loads its report by script changes', async () => {
    const page = stubPage('<title>某区人民政府门户网站</title><div id="app"></div>');
    const m = await detect();
    expect(m.candidate).toBe(false);
    expect(page.listeners).toEqual([]);
    page.window.document.getElementById('app')!.innerHTML = '<h1>某区人民政府2021年政府信息公开工作年度报告</h1>';
    await vi.waitFor(() => expect(vi.getTimerCount()).toBeGreaterThan(1));
    await vi.advanceTimersByTimeAsync(1000);
    expect(m.candidate).toBe(true);
    expect(page.listeners).toHaveLength(1);
    await vi.waitFor(() => expect(page.sent).toEqual([{ type: 'candidate' }]));
  });

  it('stops watching after ten seconds: a report that appears later is left to the popup', async () => {
    const page = stubPage('<title>某区人民政府门户网站</title><div id="app"></div>');
    const m = await detect();
    await vi.advanceTimersByTimeAsync(10_000);
    page.window.document.getElementById('app')!.innerHTML = '<h1>某区人民政府2021年政府信息公开工作年度报告</h1>';
    await Promise.resolve(); // the observer's callback (a microtask), if any were still listening
    await vi.advanceTimersByTimeAsync(5_000);
    expect(m.candidate).toBe(false);
    expect(page.sent).toEqual([]);
  });
});
