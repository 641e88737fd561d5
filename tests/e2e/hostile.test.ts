// Hostile and broken pages (tests/fixtures/hostile/, and a generated 5,000-row page): on each, the
// extension in real Chromium marks exactly what the engine finds in Node for the same HTML, the
// tab stays responsive, and nothing of the page's own runs because of us. One describe per page.
//
// Marks are compared element by element: every element of the page is named by its index in
// document order (querySelectorAll('*')), the same in jsdom and in Chromium for these pages,
// and carries the finding ids (sorted) and the severity the engine gives it.
import { get } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Frame, Page, Request } from 'playwright-core';
import { auditPage as audit } from '../../lib/sources/html/page-audit';
import type { AuditResult } from '../../lib/result/schema';
import { documentFromHtml } from '../support/fixtures';
import { elementsWithoutTheirBox, frameMetrics, launch, pageMetrics, settle, waitForScans } from './support/browser';
import type { Harness } from './support/browser';
import {
  BIG_EXTRA_ROWS, BIG_PAGE, BIG_ROWS, REPEATED_PAGE, REPEATED_ROWS, STRICT_CSP, hostileHtml, hostileRoute,
} from './support/hostile-pages';

/** Every request the harness server received: host and path. */
const served: { host: string; url: string }[] = [];
const recordRoute = (req: IncomingMessage) => {
  served.push({ host: req.headers.host ?? '', url: req.url ?? '' });
  return false;
};

/** Numbers measured on the way, printed at the end for whoever reads the run. */
const measured: Record<string, unknown> = {};

let h: Harness;
beforeAll(async () => {
  h = await launch({ routes: [recordRoute, hostileRoute()] });
  // In the CSP page: every violation the page sees. In the big page: the main thread's long tasks
  // from the start (ours included: the isolated world runs on the same thread).
  await h.context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    if (location.pathname.includes('csp-strict')) {
      const seen: string[] = [];
      w.__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    }
    if (location.pathname.includes('big-requests')) {
      const tasks: number[] = [];
      w.__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push(Math.round(e.duration));
      }).observe({ type: 'longtask', buffered: true });
    }
  });
});
afterAll(async () => {
  console.log(`hostile pages, measured:\n${JSON.stringify(measured, null, 1)}`);
  await h?.close();
});

const SEVERITY_RANK: Record<string, number> = { error: 3, warning: 2, info: 1 };

interface MarkMap {
  /** 'index:TAG' of each element carrying data-xxgk-finding → 'sorted ids | severity'. */
  cells: Record<string, string>;
  /** 'index:TAG' of each element carrying data-xxgk-anchor → sorted ids. */
  anchors: Record<string, string>;
  /** Finding ids drawn in our shadow root (boxes and missing-part markers), sorted. */
  drawn: string[];
  /** data-xxgk-* attributes anywhere else (a severity without findings, …): none expected. */
  stray: string[];
}

/** What the engine, run in Node on the same HTML, says the page's marks must be. */
function engineMarks(html: string, url: string): MarkMap & { result: AuditResult } {
  const doc = documentFromHtml(html, url);
  const index = new Map<Element, string>();
  [...doc.querySelectorAll('*')].forEach((el, i) => index.set(el, `${i}:${el.tagName}`));
  const { result, locations } = audit(doc, { source: url, now: new Date() });
  const cellIds = new Map<string, Set<string>>();
  const cellSeverity = new Map<string, string>();
  const anchors = new Map<string, Set<string>>();
  const drawn = new Set<string>();
  for (const f of result.findings) {
    const loc = locations.get(f.id)!;
    for (const { el } of loc.cells) {
      const key = index.get(el)!;
      cellIds.set(key, (cellIds.get(key) ?? new Set()).add(f.id));
      const before = cellSeverity.get(key);
      if (!before || SEVERITY_RANK[f.severity]! > SEVERITY_RANK[before]!) cellSeverity.set(key, f.severity);
      drawn.add(f.id);
    }
    if (loc.cells.length === 0 && loc.anchor) {
      drawn.add(f.id);
      if (loc.anchor.placement === 'at') {
        const key = index.get(loc.anchor.el)!;
        anchors.set(key, (anchors.get(key) ?? new Set()).add(f.id));
      }
    }
  }
  const cells: Record<string, string> = {};
  for (const [key, ids] of cellIds) cells[key] = `${[...ids].sort().join(' ')} | ${cellSeverity.get(key)}`;
  const anchorMap: Record<string, string> = {};
  for (const [key, ids] of anchors) anchorMap[key] = [...ids].sort().join(' ');
  return { result, cells, anchors: anchorMap, drawn: [...drawn].sort(), stray: [] };
}

/** The same map read from the live page (runs in the page; self-contained, no closure). */
function readMarks(): MarkMap {
  const cells: Record<string, string> = {};
  const anchors: Record<string, string> = {};
  const stray: string[] = [];
  const all = document.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const ids = el.getAttribute('data-xxgk-finding');
    if (ids !== null) cells[`${i}:${el.tagName}`] = `${ids.split(' ').sort().join(' ')} | ${el.getAttribute('data-xxgk-severity')}`;
    const anchor = el.getAttribute('data-xxgk-anchor');
    if (anchor !== null) anchors[`${i}:${el.tagName}`] = anchor.split(' ').sort().join(' ');
    for (const a of el.attributes) {
      const ours = a.name === 'data-xxgk-anchor' || a.name === 'data-xxgk-finding' || (a.name === 'data-xxgk-severity' && ids !== null)
        || (a.name === 'data-xxgk-ui' && el.tagName === 'DIV');
      if (a.name.startsWith('data-xxgk') && !ours) stray.push(`${i}:${el.tagName}[${a.name}]`);
    }
  }
  const root = document.querySelector('div[data-xxgk-ui]')?.shadowRoot;
  const drawn = new Set<string>();
  // Reachable on the page: ids on cells and anchors (boxes are drawn near the viewport), and the
  // markers of missing parts, which are always drawn.
  for (const v of [...Object.values(cells).map((c) => c.split(' | ')[0]!), ...Object.values(anchors)]) for (const id of v.split(' ')) drawn.add(id);
  if (root) for (const b of root.querySelectorAll<HTMLElement>('.xxgk-missing')) for (const id of (b.dataset.ids ?? '').split(' ')) drawn.add(id);
  return { cells, anchors, drawn: [...drawn].sort(), stray };
}

function pick(m: MarkMap): MarkMap {
  return { cells: m.cells, anchors: m.anchors, drawn: m.drawn, stray: m.stray };
}

/**
 * For every marked cell: scrolled into view, the boxes of ours lying exactly over it, with their
 * badge's size and colours (runs in the page). Boxes may be drawn only near the viewport, so
 * each cell is brought into view first and given up to a second to be drawn.
 */
async function badgesOverMarkedCells(): Promise<{ cell: string; boxes: { badge: number[] | null; bg: string; color: string; outline: string }[] }[]> {
  const root = document.querySelector('div[data-xxgk-ui]')!.shadowRoot!;
  const out: { cell: string; boxes: { badge: number[] | null; bg: string; color: string; outline: string }[] }[] = [];
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
  for (const el of document.querySelectorAll('[data-xxgk-finding]')) {
    el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    let over: HTMLElement[] = [];
    for (let t = 0; t < 20 && over.length === 0; t++) {
      await frame();
      await new Promise((r) => setTimeout(r, t === 0 ? 0 : 50));
      const r = el.getBoundingClientRect();
      over = [...root.querySelectorAll<HTMLElement>('.xxgk-box')].filter((b) => {
        const q = b.getBoundingClientRect();
        return q.width > 0 && Math.abs(q.left - r.left) < 1 && Math.abs(q.top - r.top) < 1 && Math.abs(q.width - r.width) < 1 && Math.abs(q.height - r.height) < 1;
      });
    }
    out.push({
      cell: `${el.tagName} ${el.getAttribute('data-xxgk-finding')}`,
      // One badge per finding: a cell that is only a part of findings badged elsewhere has none.
      boxes: over.map((b) => {
        const badge = b.querySelector('.xxgk-badge');
        const q = badge?.getBoundingClientRect();
        const s = badge ? getComputedStyle(badge) : null;
        return { badge: q ? [Math.round(q.width), Math.round(q.height)] : null, bg: s?.backgroundColor ?? '', color: s?.color ?? '', outline: getComputedStyle(b).outlineStyle };
      }),
    });
  }
  return out;
}

/** Attributes of ours and our UI host in a frame that holds no report (runs in the page). */
function traces(): { attrs: string[]; hosts: number } {
  const attrs: string[] = [];
  for (const el of document.querySelectorAll('*')) for (const a of el.attributes) if (a.name.startsWith('data-xxgk')) attrs.push(`${el.tagName}[${a.name}]`);
  return { attrs, hosts: document.querySelectorAll('div[data-xxgk-ui]').length };
}

/** Waits until the frame has at least one marked cell, anchor or marker. */
async function waitForMarks(frame: Page | Frame, timeout = 8000): Promise<void> {
  await frame.waitForFunction(() => {
    const root = document.querySelector('div[data-xxgk-ui]')?.shadowRoot;
    return !!document.querySelector('[data-xxgk-finding], [data-xxgk-anchor]') || !!root?.querySelector('[data-ids]');
  }, undefined, { timeout, polling: 100 });
}

/** n trivial round trips to the page's main thread, `gapMs` apart: how long each took (ms). */
async function roundTrips<T>(page: Page, n: number, gapMs: number, probe: () => T): Promise<{ ms: number[]; values: T[] }> {
  const ms: number[] = [];
  const values: T[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    values.push(await page.evaluate(probe));
    ms.push(Math.round(performance.now() - t0));
    await new Promise((r) => setTimeout(r, gapMs));
  }
  return { ms, values };
}

const hostileUrl = (host: string, name: string) => `http://${host}/hostile/${name}`;

/** The response headers the harness server sends for a URL (asked directly, by host name). */
function headersOf(url: string): Promise<IncomingHttpHeaders> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port: h.port, path: u.pathname, headers: { host: u.host } }, (res) => {
      res.resume();
      resolve(res.headers);
    }).on('error', reject);
  });
}

type Counters = Record<string, unknown>;
const counters = (page: Page | Frame) => page.evaluate(() => ({ ...(window as unknown as { __hostile: Counters }).__hostile }));

// ---------------------------------------------------------------------------------------------
// Reading a page whose own world is booby-trapped: Playwright's page.evaluate runs in that world
// (and breaks there), so this reads through a fresh isolated world of our own over CDP.

class CleanWorld {
  private constructor(private readonly cdp: CDPSession, private readonly contextId: number) {}

  static async of(page: Page): Promise<CleanWorld> {
    const cdp = await page.context().newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'xxgk-e2e-reader' });
    return new CleanWorld(cdp, executionContextId);
  }

  async run<T>(fn: (() => T) | string): Promise<T> {
    const expression = typeof fn === 'string' ? fn : `(${fn.toString()})()`;
    const r = await this.cdp.send('Runtime.evaluate', { expression, contextId: this.contextId, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(`in the page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  }

  async waitFor(fn: string, timeout: number): Promise<void> {
    const until = Date.now() + timeout;
    while (!(await this.run<boolean>(fn))) {
      if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${fn}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The centre of an element (found by a selector in the page or in our shadow root), scrolled into view. */
  async centre(selector: string, inShadow = false): Promise<{ x: number; y: number }> {
    return this.run(`(() => {
      const scope = ${inShadow} ? document.querySelector('div[data-xxgk-ui]').shadowRoot : document;
      const el = scope.querySelector(${JSON.stringify(selector)});
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    })()`);
  }

  detach(): Promise<void> {
    return this.cdp.detach();
  }
}

// ---------------------------------------------------------------------------------------------

describe('page 1: builtins of its own world replaced before the report', () => {
  const name = 'tampered-builtins-2021.html';
  const url = hostileUrl('www.jtj.gov.cn', name);

  it('is marked exactly as the engine finds, its own button still works, and no replaced builtin is ever called', async () => {
    const expected = engineMarks(hostileHtml(name), url);
    expect(Object.keys(expected.cells).length).toBeGreaterThan(0);
    const { page } = await h.open(url);
    const world = await CleanWorld.of(page);
    const pageCounters = () => world.run(`(() => { const r = document.documentElement; return {
      scripts: r.getAttribute('data-hostile-scripts'), feature: r.getAttribute('data-hostile-feature'),
      builtinCalls: r.getAttribute('data-hostile-calls'), lastCalled: r.getAttribute('data-hostile-last'),
      text: document.getElementById('feature-out').textContent } })()`);
    await world.waitFor(`!!document.querySelector('[data-xxgk-finding]')`, 8000);
    await waitForScans(page);
    expect(await world.run(readMarks)).toEqual(pick(expected));
    expect(await pageCounters()).toEqual({ scripts: '1', feature: '0', builtinCalls: '0', lastCalled: null, text: '字号：中' });

    // The page's own feature, clicked like a person would, after the audit.
    const scansBefore = (await frameMetrics(page))!.scans.length;
    const button = await world.centre('#feature');
    await page.mouse.click(button.x, button.y);
    await world.waitFor(`document.getElementById('feature-out').textContent === '字号：大'`, 3000);
    // Our card still opens from a badge (brought into view first: boxes may be drawn only there).
    await world.run(`document.querySelector('[data-xxgk-finding]').scrollIntoView({ block: 'center', behavior: 'instant' })`);
    await world.waitFor(`[...document.querySelector('div[data-xxgk-ui]').shadowRoot.querySelectorAll('.xxgk-badge')].some((b) => b.getBoundingClientRect().width > 0)`, 3000);
    const badge = await world.run<{ x: number; y: number }>(`(() => {
      const b = [...document.querySelector('div[data-xxgk-ui]').shadowRoot.querySelectorAll('.xxgk-badge')].find((x) => x.getBoundingClientRect().width > 0);
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    })()`);
    await page.mouse.click(badge.x, badge.y);
    await world.waitFor(`!!document.querySelector('div[data-xxgk-ui]').shadowRoot.querySelector('.xxgk-card')`, 3000);
    // The page changed itself (the button's text): the rescan that follows still marks the same.
    await waitForScans(page, scansBefore + 1);
    expect(await world.run(readMarks)).toEqual(pick(expected));
    expect(await pageCounters()).toEqual({ scripts: '1', feature: '1', builtinCalls: '0', lastCalled: null, text: '字号：大' });
    await world.detach();
    await page.close();
  });
});

describe('page 1b: custom elements defined under our UI\'s tag name', () => {
  const name = 'custom-element-trap-2021.html';
  const url = hostileUrl('www.slj.gov.cn', name);

  it('is marked exactly as the engine finds, and the page\'s element constructors never run', async () => {
    const expected = engineMarks(hostileHtml(name), url);
    const { page } = await h.open(url);
    await waitForMarks(page);
    await waitForScans(page);
    expect(await page.evaluate(readMarks)).toEqual(pick(expected));
    const c = await counters(page);
    measured['1b custom elements: page counters after the audit'] = c;
    expect(c, 'the page\'s custom-element code ran because of us').toEqual({ scripts: 1, constructed: 0, connected: 0, attributes: 0, names: [] });
    await page.close();
  });
});

describe('page 1c: DOM clobbering of window.browser / window.chrome', () => {
  const name = 'dom-clobbering-2021.html';
  const url = hostileUrl('www.lcj.gov.cn', name);

  it('is marked exactly as the engine finds', async () => {
    const expected = engineMarks(hostileHtml(name), url);
    const { page } = await h.open(url);
    const marked = await waitForMarks(page, 4000).then(() => true, () => false);
    measured['1c clobbering: marks appeared within 4 s'] = marked;
    await waitForScans(page);
    expect(await page.evaluate(readMarks)).toEqual(pick(expected));
    expect(await counters(page)).toEqual({ scripts: 1, docClicks: 0 });
    await page.close();
  });
});

describe('page 2: a cell the page rewrites every 10 ms, forever', () => {
  const name = 'ticking-cell-2021.html';
  const url = hostileUrl('www.tjj.gov.cn', name);

  it('keeps the tab responsive, rescans at most about once a second, and ends on the marks of the final content', async () => {
    const { page } = await h.open(url);
    await waitForMarks(page);
    // Count our scans from the auditor's own record of them (its metrics: each scan's start, on
    // the page's clock), from here on.
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      w.__windowStart = performance.now();
      w.__ticksAtStart = (w.__hostile as Counters).ticks;
    });
    const { ms, values: frames } = await roundTrips(page, 20, 250, () => (window as unknown as { __hostile: { frames: number } }).__hostile.frames);
    const readWindow = async () => {
      const page_ = await page.evaluate(() => {
        const w = window as unknown as { __windowStart: number; __ticksAtStart: number; __hostile: Counters };
        return { start: w.__windowStart, seconds: (performance.now() - w.__windowStart) / 1000, ticks: (w.__hostile.ticks as number) - w.__ticksAtStart };
      });
      const scans = ((await frameMetrics(page))?.scans ?? []).filter((scan) => scan.at >= page_.start).length;
      return { seconds: page_.seconds, ticks: page_.ticks, scans };
    };
    // We follow the changes: wait for our first rescan (the event, not a fixed window: on a loaded
    // machine it comes later), then judge the rate over the whole time watched.
    await expect.poll(async () => (await readWindow()).scans, { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(1);
    const window_ = await readWindow();
    const scans = window_.scans;
    measured['2 ticking: round trips (ms)'] = ms;
    measured['2 ticking: window'] = { ...window_, framesFirst: frames[0], framesLast: frames[frames.length - 1] };

    for (const t of ms) expect(t).toBeLessThan(250);
    // The page's own requestAnimationFrame loop kept drawing between every two round trips.
    for (let i = 1; i < frames.length; i++) expect(frames[i]!).toBeGreaterThan(frames[i - 1]!);
    // Its interval kept running (10 ms: a few hundred ticks in ~5 s, even throttled).
    expect(window_.ticks).toBeGreaterThan(100);
    // We followed the changes, but no more than about once a second.
    expect(scans).toBeLessThanOrEqual(Math.ceil(window_.seconds) + 1);

    // Stop the ticking: within ~4 s the marks are the engine's on the page as it is now.
    await page.evaluate(() => (window as unknown as { __stopTicking(): string }).__stopTicking());
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    const expected = engineMarks(html, url);
    const started = Date.now();
    await expect.poll(() => page.evaluate(readMarks), { timeout: 4000, interval: 100 }).toEqual(pick(expected));
    measured['2 ticking: marks settled after stopping (ms)'] = Date.now() - started;
    const c = await counters(page);
    expect({ scripts: c.scripts, docClicks: c.docClicks }).toEqual({ scripts: 1, docClicks: 0 });
    await page.close();
  });
});

describe('page 3: the report two iframes deep, each frame on another gov.cn host', () => {
  const top = hostileUrl('www.a.gov.cn', 'nested-top.html');
  const reportUrl = hostileUrl('www.c.gov.cn', 'nested-report-2021.html');

  it('marks the innermost frame exactly as the engine finds, leaves the outer frames untouched, and the popup shows the report', async () => {
    const expected = engineMarks(hostileHtml('nested-report-2021.html'), reportUrl);
    const { page, tabId } = await h.open(top);
    await expect.poll(() => page.frames().some((f) => f.url() === reportUrl), { timeout: 5000 }).toBe(true);
    const inner = page.frames().find((f) => f.url() === reportUrl)!;
    const middle = page.frames().find((f) => f.url().endsWith('/nested-middle.html'))!;
    expect(middle.parentFrame()).toBe(page.mainFrame());
    expect(inner.parentFrame()).toBe(middle);
    await waitForMarks(inner);
    await waitForScans(inner);
    expect(await inner.evaluate(readMarks)).toEqual(pick(expected));

    for (const outer of [page.mainFrame(), middle]) {
      expect(await outer.evaluate(traces)).toEqual({ attrs: [], hosts: 0 });
      // Nothing added or removed: the frame's elements are those of its HTML.
      const nodes = await outer.evaluate(async () => {
        const fresh = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
        return { live: document.getElementsByTagName('*').length, fresh: fresh.getElementsByTagName('*').length };
      });
      expect(nodes.live).toBe(nodes.fresh);
      expect(await counters(outer)).toEqual({ scripts: 1, docClicks: 0, frameLoads: 1 });
    }
    expect(await counters(inner)).toEqual({ scripts: 1, docClicks: 0 });

    const popup = await h.popup(tabId);
    await popup.waitForSelector('[data-testid="state"][data-state="report"]', { timeout: 15_000 });
    await expect(popup.getByTestId('report-title').textContent()).resolves.toContain('宁安市民政局2023年政府信息公开工作年度报告');
    for (const sev of ['error', 'warning', 'info'] as const) {
      await expect(popup.getByTestId(`count-${sev}`).getAttribute('data-count')).resolves.toBe(String(expected.result.summary[sev]));
    }
    const listed = await popup.$$eval('[data-testid="finding"]', (els) => els.map((e) => e.getAttribute('data-finding-id')).sort());
    expect(listed).toEqual(expected.result.findings.map((f) => f.id).sort());
    await popup.close();
    // Opening the popup ran nothing in any frame either.
    expect(await counters(inner)).toEqual({ scripts: 1, docClicks: 0 });
    await page.close();
  });
});

describe('page 4: a report served with a strict Content-Security-Policy', () => {
  const name = 'csp-strict-2021.html';
  const url = hostileUrl('www.sjj.gov.cn', name);

  it('draws visible marks, opens the card from a badge, and causes no CSP violation', async () => {
    const expected = engineMarks(hostileHtml(name), url);
    const { page, tabId } = await h.open(url);
    expect((await headersOf(url))['content-security-policy']).toBe(STRICT_CSP);
    await waitForMarks(page);
    // The page's policy does not bind the extension's world: the engine came by import, not by
    // the background's fallback.
    expect((await pageMetrics(h.worker, tabId))?.auditorLoad).toBe('import');
    await waitForScans(page);
    expect(await page.evaluate(readMarks)).toEqual(pick(expected));

    // Every marked cell, brought into view, has a box exactly over it with a badge one can see.
    const look = await page.evaluate(badgesOverMarkedCells);
    measured['4 csp: a marked cell and its badges'] = look[0];
    expect(look.length).toBe(Object.keys(expected.cells).length);
    for (const l of look) {
      expect(l.boxes.length, `no visible box over ${l.cell}`).toBeGreaterThan(0);
      for (const b of l.boxes) {
        expect(['solid', 'dashed']).toContain(b.outline);
        if (!b.badge) continue;
        expect(b.badge[0]).toBeGreaterThan(10);
        expect(b.badge[1]).toBeGreaterThan(10);
        expect(b.bg).not.toMatch(/^(transparent|rgba\(.*, 0\))$/);
        expect(b.bg).not.toBe(b.color);
        expect(['solid', 'dashed']).toContain(b.outline); // dashed: a cell summed into a total
      }
    }

    expect(look.some((l) => l.boxes.some((b) => b.badge))).toBe(true);
    await page.evaluate(() => document.querySelector('[data-xxgk-finding]')!.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior }));
    const badge = page.locator('div[data-xxgk-ui] .xxgk-box .xxgk-badge').filter({ visible: true }).first();
    const ids = await badge.getAttribute('data-xxgk-badge');
    await badge.click();
    const card = page.locator('div[data-xxgk-ui] .xxgk-card');
    await expect(card.getAttribute('data-finding-id')).resolves.toBe(ids!.split(' ')[0]);
    const cardLook = await card.evaluate((el) => ({ w: el.getBoundingClientRect().width, h: el.getBoundingClientRect().height, bg: getComputedStyle(el).backgroundColor }));
    expect(cardLook.w).toBeGreaterThan(100);
    expect(cardLook.h).toBeGreaterThan(50);
    expect(cardLook.bg).toBe('rgb(255, 255, 255)');
    await expect(card.locator('.message').textContent()).resolves.toBe(expected.result.findings.find((f) => f.id === ids!.split(' ')[0])!.message);

    await settle(page); // violations are reported as events: let those already queued fire
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    await page.close();
  });
});

describe(`page 5: a requests table of ${BIG_ROWS} rows`, () => {
  const url = hostileUrl('www.zjj.gov.cn', BIG_PAGE);

  it('stays responsive and is marked exactly as the engine finds', { timeout: 60_000 }, async () => {
    const expected = engineMarks(hostileHtml(BIG_PAGE), url);
    // What the engine reports: every extra row is a row the template does not have (info), and
    // the planted 99 breaks 予以公开's row total and the 自然人 column's results total (errors).
    const byRule: Record<string, number> = {};
    for (const f of expected.result.findings) byRule[`${f.rule} ${f.severity}`] = (byRule[`${f.rule} ${f.severity}`] ?? 0) + 1;
    expect(byRule).toEqual({ 'row-unexpected info': BIG_EXTRA_ROWS, 't3-row-total error': 1, 't3-results-total error': 1 });
    expect(new Set(expected.result.findings.map((f) => f.id)).size).toBe(expected.result.findings.length);
    expect(Object.keys(expected.anchors).length).toBe(BIG_EXTRA_ROWS);

    // For comparison only: the same page where the extension does not run by itself (not gov.cn).
    const plain = await h.open(hostileUrl('www.zjj.example.org', BIG_PAGE));
    measured['5 big: round trips after load without the extension (ms)'] = (await roundTrips(plain.page, 4, 250, () => 1)).ms;
    await plain.page.setViewportSize({ width: 900, height: 900 });
    measured['5 big: round trips after a resize without the extension (ms)'] = (await roundTrips(plain.page, 10, 30, () => 1)).ms;
    await plain.page.close();

    const opened = Date.now();
    const { page } = await h.open(url);
    const loadMs = Date.now() - opened;
    // From the load event on, while the detector and the auditor do their work: round trips.
    const { ms, values } = await roundTrips(page, 20, 250, () => !!document.querySelector('[data-xxgk-finding]'));
    await waitForMarks(page, 30_000);
    await waitForScans(page, 1, 30_000);
    const marks = await page.evaluate(readMarks);
    measured['5 big: load (ms)'] = loadMs;
    measured['5 big: round trips (ms)'] = ms;
    measured['5 big: marks present at each round trip'] = values.map((v) => (v ? 1 : 0)).join('');
    measured['5 big: long tasks on the main thread (ms)'] = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    expect(marks.cells).toEqual(expected.cells);
    expect(Object.keys(marks.anchors).length).toBe(BIG_EXTRA_ROWS);
    expect(marks.anchors).toEqual(expected.anchors);
    expect(marks.drawn).toEqual(expected.drawn);
    for (const t of ms) expect(t).toBeLessThan(250);
    // Responsive after the audit too: a scroll to the bottom repositions 5,000 boxes.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const after = await roundTrips(page, 5, 100, () => 1);
    measured['5 big: round trips after scrolling (ms)'] = after.ms;
    for (const t of after.ms) expect(t).toBeLessThan(250);
    // A narrower window: the 5,000 rows reflow and every mark is measured again, in slices; the
    // boxes near the view end up over their rows.
    await page.setViewportSize({ width: 900, height: 900 });
    const resized = await roundTrips(page, 10, 30, () => 1);
    measured['5 big: round trips after a resize (ms)'] = resized.ms;
    for (const t of resized.ms) expect(t).toBeLessThan(250);
    await expect.poll(() => page.evaluate(elementsWithoutTheirBox, '[data-xxgk-anchor]'), { timeout: 5000 }).toEqual([]);
    expect(await counters(page)).toEqual({ scripts: 1, docClicks: 0 });
    await page.close();
  });
});

describe(`page 5b: the 予以公开 row repeated ${REPEATED_ROWS} times`, () => {
  const url = hostileUrl('www.rsj.gov.cn', REPEATED_PAGE);

  it('has one finding, with its own id, per repeated row, and each repeated row is marked', async () => {
    const expected = engineMarks(hostileHtml(REPEATED_PAGE), url);
    const { page } = await h.open(url);
    await waitForMarks(page);
    await waitForScans(page);
    const marks = await page.evaluate(readMarks);
    const unexpected = expected.result.findings.filter((f) => f.rule === 'row-unexpected');
    measured['5b repeated: row-unexpected findings / distinct ids / rows marked on the page'] = [unexpected.length, new Set(unexpected.map((f) => f.id)).size, Object.keys(marks.anchors).length];
    expect(await counters(page)).toEqual({ scripts: 1, docClicks: 0 });
    // The engine: one finding per repeated row, each with an id of its own.
    expect(unexpected.length).toBe(REPEATED_ROWS);
    expect(new Set(expected.result.findings.map((f) => f.id)).size, 'finding ids are not unique').toBe(expected.result.findings.length);
    // The page: each repeated row marked, as the engine says.
    expect(Object.keys(marks.anchors).length, 'repeated rows marked on the page').toBe(REPEATED_ROWS);
    expect(marks).toEqual(pick(expected));
    await page.close();
  });
});

describe('page 6: rowspan="100000" and colspan="100000" inside a report', () => {
  const name = 'huge-spans-2021.html';
  const url = hostileUrl('www.zrzyj.gov.cn', name);

  it('stays responsive and is marked exactly as the engine finds', async () => {
    const expected = engineMarks(hostileHtml(name), url);
    const { page } = await h.open(url);
    const { ms } = await roundTrips(page, 20, 100, () => 1);
    measured['6 spans: round trips (ms)'] = ms;
    for (const t of ms) expect(t).toBeLessThan(250);
    await waitForMarks(page);
    await waitForScans(page);
    expect(await page.evaluate(readMarks)).toEqual(pick(expected));
    expect(await counters(page)).toEqual({ scripts: 1, docClicks: 0 });
    await page.close();
  });
});

describe('page 7: the HTML cut off in the middle of the requests table', () => {
  const name = 'truncated-2021.html';
  const url = hostileUrl('www.yjj.gov.cn', name);

  it('marks what it can, shows what is missing, and the page keeps working', async () => {
    const expected = engineMarks(hostileHtml(name), url);
    // What the engine reports for the cut: the rows after the cut, the appeals table, sections 四–六.
    const rules = expected.result.findings.map((f) => f.rule);
    expect(rules.filter((r) => r === 'row-missing').length).toBe(21);
    expect(expected.result.findings.filter((f) => f.rule === 'table-missing').map((f) => f.table)).toEqual(['appeals']);
    expect(rules.filter((r) => r === 'section-missing').length).toBe(3);
    const { page } = await h.open(url);
    await waitForMarks(page);
    await waitForScans(page);
    expect(await page.evaluate(readMarks)).toEqual(pick(expected));
    // Each missing part has its marker in our shadow root.
    const missing = await page.evaluate(() => [...document.querySelector('div[data-xxgk-ui]')!.shadowRoot!.querySelectorAll<HTMLElement>('.xxgk-missing')].flatMap((m) => m.dataset.ids!.split(' ')).sort());
    expect(missing).toEqual(expected.result.findings.filter((f) => ['row-missing', 'table-missing', 'section-missing'].includes(f.rule)).map((f) => f.id).sort());

    const scansBefore = (await frameMetrics(page))!.scans.length;
    await page.click('#feature');
    await expect(page.locator('#feature-out').textContent()).resolves.toBe('字号：大');
    await waitForScans(page, scansBefore + 1); // the rescan after the page changed itself
    expect(await page.evaluate(readMarks)).toEqual(pick(expected));
    expect(await counters(page)).toEqual({ scripts: 1, docClicks: 1, feature: 1 }); // the one click is ours, on its button
    await page.close();
  });
});

describe('page 8: script, onerror, onload and javascript: links inside cells', () => {
  const name = 'cell-scripts-2021.html';
  const url = hostileUrl('www.wglj.gov.cn', name);
  const atLoad = { scripts: 1, docClicks: 0, cellScript: 1, img: 1, svg: 1, escaped: 0, link: 0, click: 0, cellLink: 0, cellClick: 0, textUrl: 0 };

  it('is marked exactly as the engine finds, and going through every finding on the card runs nothing of the page', async () => {
    const expected = engineMarks(hostileHtml(name), url);
    const { page } = await h.open(url);
    await waitForMarks(page);
    await waitForScans(page);
    expect(await page.evaluate(readMarks)).toEqual(pick(expected));
    expect(await counters(page)).toEqual(atLoad);

    const total = expected.result.findings.length;
    await page.evaluate(() => document.querySelector('[data-xxgk-finding]')!.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior }));
    await page.locator('div[data-xxgk-ui] .xxgk-badge').filter({ visible: true }).first().click();
    const card = page.locator('div[data-xxgk-ui] .xxgk-card');
    const first = await card.getAttribute('data-finding-id');
    const seen = [first];
    for (let i = 0; i < total; i++) {
      await card.locator('[data-action="next"]').click();
      await expect.poll(() => card.getAttribute('data-finding-id'), { timeout: 2000 }).not.toBe(seen[seen.length - 1]);
      seen.push(await card.getAttribute('data-finding-id'));
    }
    expect(seen[total]).toBe(first); // round the whole list and back to the start
    expect([...new Set(seen)].sort()).toEqual(expected.result.findings.map((f) => f.id).sort());
    for (let i = 0; i < total; i++) {
      await card.locator('[data-action="prev"]').click();
      await expect.poll(() => card.getAttribute('data-finding-id'), { timeout: 2000 }).toBe(seen[total - 1 - i]);
    }
    await card.locator('.close').click();
    await settle(page);
    const { docClicks, ...ran } = await counters(page);
    const { docClicks: _, ...ranAtLoad } = atLoad;
    expect(ran, 'the page\'s scripts, handlers or javascript: URLs ran').toEqual(ranAtLoad);
    expect(docClicks, 'clicks on our card\'s buttons reached the page\'s own click listener').toBe(0);
    expect(await page.evaluate(readMarks)).toEqual(pick(expected));
    await page.close();
  });
});

describe('page 9: no network requests of the extension\'s own', () => {
  it('while three pages are audited and the popup opened, every request is a load of a test page (or its favicon)', async () => {
    const pages = [
      hostileUrl('www.jtj.gov.cn', 'tampered-builtins-2021.html'),
      hostileUrl('www.a.gov.cn', 'nested-top.html'),
      hostileUrl('www.yjj.gov.cn', 'truncated-2021.html'),
    ];
    const documents = new Set([...pages, hostileUrl('www.b.gov.cn', 'nested-middle.html'), hostileUrl('www.c.gov.cn', 'nested-report-2021.html')]);
    const requests: Request[] = [];
    const onRequest = (r: Request) => requests.push(r);
    h.context.on('request', onRequest);
    served.length = 0;

    // Each page in its own tab, navigated there from about:blank so Chromium reports the load
    // (a tab created with its URL starts loading before Playwright can listen to it).
    const opened: { page: Page; tabId: number }[] = [];
    for (const u of pages) {
      const tab = await h.open('about:blank');
      await tab.page.goto(u);
      opened.push(tab);
    }
    await waitForMarks(opened[0]!.page).catch(() => {}); // page 1 is read in its own test; here only the traffic counts
    await expect.poll(() => opened[1]!.page.frames().find((f) => f.url().endsWith('nested-report-2021.html')), { timeout: 5000 }).toBeTruthy();
    await waitForMarks(opened[1]!.page.frames().find((f) => f.url().endsWith('nested-report-2021.html'))!);
    await waitForMarks(opened[2]!.page);
    const popup = await h.popup(opened[2]!.tabId);
    await popup.waitForSelector('[data-testid="state"][data-state="report"]', { timeout: 15_000 });
    await popup.waitForLoadState('networkidle');
    h.context.off('request', onRequest);

    const own = `chrome-extension://${h.extensionId}/`;
    const isFavicon = (u: string) => /^http:\/\/[\w.-]+\.gov\.cn\/favicon\.ico$/.test(u);
    // The detector imports the engine from the extension through the per-session URL
    // (use_dynamic_url), never through the extension's fixed id.
    const isEngineImport = (s: { url: string; type: string; sw: boolean }) =>
      /^chrome-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/auditor\.js$/.test(s.url) && s.type === 'script' && !s.sw;
    const seen = requests.map((r) => ({ url: r.url(), type: r.resourceType(), nav: r.isNavigationRequest(), sw: !!r.serviceWorker() }));
    measured['9 network: requests seen by Chromium'] = seen.map((s) => `${s.type} ${s.url}`);
    measured['9 network: requests served'] = served.map((s) => `${s.host}${s.url}`);
    const unexpected = seen.filter((s) => !(
      (documents.has(s.url) && s.type === 'document' && s.nav && !s.sw)
      || s.url === 'about:blank'
      || isFavicon(s.url)
      || (s.url.startsWith(own) && !s.sw) // the popup's own packaged files
      || isEngineImport(s)
    ));
    expect(unexpected).toEqual([]);
    // One engine load per report frame: the three report documents.
    expect(seen.filter(isEngineImport).length).toBe(3);
    for (const d of documents) expect(seen.filter((s) => s.url === d).length).toBe(1);
    const servedUnexpected = served.filter((s) => !documents.has(`http://${s.host.replace(/:\d+$/, '')}${s.url}`) && s.url !== '/favicon.ico');
    expect(servedUnexpected).toEqual([]);
    expect(served.filter((s) => s.url !== '/favicon.ico').length).toBe(documents.size);
    await popup.close();
    for (const o of opened) await o.page.close();
  });

  it('a page cannot load the engine through the extension\'s fixed id (no fingerprint of the extension)', async () => {
    const { page } = await h.open(hostileUrl('www.yjj.gov.cn', 'truncated-2021.html'));
    await waitForMarks(page);
    const fixed = `chrome-extension://${h.extensionId}/auditor.js`;
    const outcome = await page.evaluate((u) => new Promise<string>((resolve) => {
      const s = document.createElement('script');
      s.src = u;
      s.onload = () => resolve('loaded');
      s.onerror = () => resolve('refused');
      document.head.append(s);
    }), fixed);
    expect(outcome).toBe('refused');
    await page.close();
  });
});
