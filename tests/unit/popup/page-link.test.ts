// The popup's messages: which tab, what it asks, how replies are checked.
import { describe, expect, it } from 'vitest';
import {
  LinkError, auditTab, findTarget, focusFinding, probe, probeUntil, tabIdFromSearch, tellFrame,
} from '../../../components/popup/page-link';
import { FakeTab, NO_RECEIVER, noSleep, samplePage } from './sample';

async function linkError(p: Promise<unknown>): Promise<LinkError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(LinkError);
  return e as LinkError;
}

describe('the target tab', () => {
  it('reads ?tabId=N, and only a plain number', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tabId=0')).toBe(0);
    for (const s of ['', '?tabId=', '?tabId=-1', '?tabId=1e3', '?tabId=4.2', '?tabId=12345678901', '?tabid=3']) {
      expect(tabIdFromSearch(s)).toBeNull();
    }
  });

  it('uses the tab named in the URL, else the active tab', async () => {
    const tab = new FakeTab('https://www.example.gov.cn/a.html');
    expect(await findTarget(tab.api, '?tabId=7')).toEqual({ tabId: 7, url: 'https://www.example.gov.cn/a.html' });
    expect(await findTarget(tab.api, '')).toEqual({ tabId: 7, url: 'https://www.example.gov.cn/a.html' });
    expect((await linkError(findTarget(tab.api, '?tabId=8'))).kind).toBe('no-tab');
  });

  it('knows no URL when the browser does not tell', async () => {
    const tab = new FakeTab(undefined);
    expect(await findTarget(tab.api, '')).toEqual({ tabId: 7, url: null });
  });

  it('fails clearly when there is no active tab', async () => {
    const tab = new FakeTab();
    tab.api.tabs.query = async () => [];
    expect((await linkError(findTarget(tab.api, ''))).kind).toBe('no-tab');
  });
});

describe('probe', () => {
  it('reads the state of the first frame the background lists as a report', async () => {
    const tab = new FakeTab();
    tab.auditor = { frameId: 3, state: samplePage() };
    const p = await probe(tab.api, tab.id);
    expect(p.kind).toBe('state');
    expect(p.kind === 'state' && p.frameId).toBe(3);
    expect(tab.pageMessages()).toEqual(['get-state']);
    expect(tab.sent.find((s) => s.to === 'page')).toMatchObject({ frameId: 3 });
  });

  it('pings the top frame when no frame holds a report; no answer and no detector there means no content script', async () => {
    const tab = new FakeTab();
    expect(await probe(tab.api, tab.id)).toEqual({ kind: 'none' });
    expect(tab.pageMessages()).toEqual(['ping']);
    expect(tab.sent.filter((s) => s.to === 'script')).toEqual([{ to: 'script', tabId: 7, frameIds: [0] }]);
  });

  it('hears a detector that found a candidate (it answers the ping while the auditor loads)', async () => {
    const tab = new FakeTab();
    tab.detector = { candidate: true };
    expect(await probe(tab.api, tab.id)).toEqual({ kind: 'detector', candidate: true });
    expect(tab.sent.filter((s) => s.to === 'script')).toEqual([]);
  });

  it('reads the verdict of a detector that found nothing (it never listens) in its own world', async () => {
    const tab = new FakeTab();
    tab.detector = { candidate: false };
    expect(await probe(tab.api, tab.id)).toEqual({ kind: 'detector', candidate: false });
    expect(tab.pageMessages()).toEqual(['ping']);
    expect(tab.sent.filter((s) => s.to === 'script')).toHaveLength(1);
  });

  it('takes a page it may not script for one with no content script', async () => {
    const tab = new FakeTab();
    tab.detector = { candidate: false };
    tab.scriptable = false;
    expect(await probe(tab.api, tab.id)).toEqual({ kind: 'none' });
  });

  it('asks an auditor that answers the ping for its state (a page that is not a report)', async () => {
    const tab = new FakeTab();
    const state = samplePage();
    state.result.report.isReport = false;
    tab.auditor = { frameId: 0, state };
    const p = await probe(tab.api, tab.id);
    expect(tab.pageMessages()).toEqual(['ping', 'get-state']);
    expect(p.kind === 'state' && p.page.result.report.isReport).toBe(false);
  });

  it('turns a reply that does not match the protocol into an "invalid" error', async () => {
    const tab = new FakeTab();
    tab.override['tab-frames'] = () => ({ frames: [{ frameId: 'top' }] });
    const e = await linkError(probe(tab.api, tab.id));
    expect(e).toMatchObject({ kind: 'invalid', party: 'background', asked: 'tab-frames' });

    tab.override = { 'get-state': () => ({ url: 'x', result: { schema: 2 } }) };
    tab.auditor = { frameId: 0, state: samplePage() };
    expect(await linkError(probe(tab.api, tab.id))).toMatchObject({ kind: 'invalid', party: 'page', asked: 'get-state' });

    tab.override = { 'get-state': () => undefined };
    expect((await linkError(probe(tab.api, tab.id))).detail).toMatch(/no reply/);

    tab.auditor = null;
    tab.override = { ping: () => ({ role: 'someone' }) };
    expect(await linkError(probe(tab.api, tab.id))).toMatchObject({ kind: 'invalid', asked: 'ping' });
  });

  it('turns a rejected message to the background into a "rejected" error', async () => {
    const tab = new FakeTab();
    tab.override['tab-frames'] = () => { throw new Error(NO_RECEIVER); };
    const e = await linkError(probe(tab.api, tab.id));
    expect(e).toMatchObject({ kind: 'rejected', party: 'background' });
    expect(e.detail).toContain('Receiving end');
  });
});

describe('probeUntil', () => {
  it('probes again until the answer is accepted', async () => {
    const tab = new FakeTab();
    tab.onAudit = () => samplePage();
    tab.startDelay = 2;
    await auditTab(tab.api, tab.id);
    const waits: number[] = [];
    const p = await probeUntil(tab.api, tab.id, (x) => x.kind === 'state', { attempts: 5, delayMs: 150, sleep: async (ms) => { waits.push(ms); } });
    expect(p.kind).toBe('state');
    expect(waits).toEqual([150, 150]);
  });

  it('returns the last answer when the attempts run out', async () => {
    const tab = new FakeTab();
    const p = await probeUntil(tab.api, tab.id, (x) => x.kind === 'state', { attempts: 3, delayMs: 1, sleep: noSleep });
    expect(p).toEqual({ kind: 'none' });
    expect(tab.sent.filter((s) => s.to === 'background')).toHaveLength(3);
  });

  it('retries a failure, and throws it when every attempt failed', async () => {
    const tab = new FakeTab();
    tab.auditor = { frameId: 0, state: samplePage() };
    let calls = 0;
    tab.override['get-state'] = () => (++calls < 2 ? null : samplePage());
    expect((await probeUntil(tab.api, tab.id, () => true, { attempts: 3, delayMs: 1, sleep: noSleep })).kind).toBe('state');
    tab.override['get-state'] = () => null;
    expect((await linkError(probeUntil(tab.api, tab.id, () => true, { attempts: 2, delayMs: 1, sleep: noSleep }))).kind).toBe('invalid');
  });
});

describe('actions', () => {
  it('sends them to the report frame and wants {ok: true}', async () => {
    const tab = new FakeTab();
    tab.auditor = { frameId: 2, state: samplePage() };
    await focusFinding(tab.api, tab.id, 2, '0000000b');
    expect(tab.sent.at(-1)).toEqual({ to: 'page', tabId: 7, frameId: 2, message: { type: 'focus-finding', id: '0000000b' } });
    expect(await linkError(focusFinding(tab.api, tab.id, 2, 'ffffffff'))).toMatchObject({ kind: 'refused', asked: 'focus-finding' });
    tab.override.restore = () => 'yes';
    expect((await linkError(tellFrame(tab.api, tab.id, 2, { type: 'restore', id: '0000000f' }))).kind).toBe('invalid');
  });

  it('audit-tab: a failure carries the background\'s reason', async () => {
    const tab = new FakeTab();
    const e = await linkError(auditTab(tab.api, tab.id));
    expect(e).toMatchObject({ kind: 'audit-failed', detail: 'Cannot access contents of the page.' });
    tab.onAudit = () => samplePage();
    await expect(auditTab(tab.api, tab.id)).resolves.toBeUndefined();
    expect(tab.sent.filter((s) => s.to === 'background').map((s) => s.message)).toEqual([
      { type: 'audit-tab', tabId: 7 }, { type: 'audit-tab', tabId: 7 },
    ]);
  });
});
