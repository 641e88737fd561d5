// Real Chromium with the built extension loaded, fixture pages served on loopback and reached
// under government host names (--host-resolver-rules), the way an auditor meets them.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import { METRICS_KEY } from '../../../components/shared/metrics';
import type { Metrics } from '../../../components/shared/metrics';

/** The repository (found upwards, so the benchmark bundled into dist/cli/ finds it too). */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'wxt.config.ts'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the repository (wxt.config.ts) above this file');
    dir = up;
  }
  return `${dir}/`;
}

export const ROOT = repoRoot();
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const PAGES = join(ROOT, 'tests/fixtures/pages');
export const ARTIFACTS = join(ROOT, 'tests/artifacts');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: run `npm test` (it installs it) or set CHROMIUM_PATH');
  return found;
}

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean;

/** Serves tests/fixtures/pages (and any extra routes) on 127.0.0.1:random port. */
export async function startServer(extra: Route[] = []): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    for (const route of extra) if (route(req, res)) return;
    const name = decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/^\/+/, '');
    const file = join(PAGES, name);
    if (!name || name.includes('..') || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  port: number;
  server: Server;
  /** Opens a URL in a new tab created by the extension, so the tab id is known. */
  open(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens the popup as a tab targeting tabId (the popup's ?tabId= test hook). */
  popup(tabId: number): Promise<Page>;
  /** Opens the side panel's page as a tab targeting tabId (the same ?tabId= hook). */
  panel(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(opts: { routes?: Route[]; locale?: string } = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('build the extension first: npx wxt build');
  const { server, port } = await startServer(opts.routes);
  const profile = mkdtempSync(join(tmpdir(), 'xxgk-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: opts.locale ?? 'zh-CN',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', `--lang=${opts.locale ?? 'zh-CN'}`,
      `--host-resolver-rules=MAP *.gov.cn 127.0.0.1:${port}, MAP *.example.org 127.0.0.1:${port}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await detectorRegistered(worker);
  return {
    context, worker, extensionId, port, server,
    async open(url) {
      const pageEvent = context.waitForEvent('page', (p) => p.url() === url || p.url().startsWith(url));
      const tabId = await worker.evaluate(
        (u) => (globalThis as unknown as { chrome: { tabs: { create(o: { url: string }): Promise<{ id: number }> } } }).chrome.tabs.create({ url: u }).then((t) => t.id),
        url,
      );
      const page = await pageEvent;
      await page.waitForLoadState('load');
      return { page, tabId };
    },
    async popup(tabId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return page;
    },
    async panel(tabId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return page;
    },
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The in-page scripts' own timings (components/shared/metrics.ts), read in their isolated world
 *  with scripting.executeScript, as the popup reads a quiet detector's verdict. Null: none there. */
export async function pageMetrics(worker: Worker, tabId: number, frameId = 0): Promise<Metrics | null> {
  return worker.evaluate(({ id, frame, key }) => {
    type Injection = { target: { tabId: number; frameIds: number[] }; func: (k: string) => unknown; args: string[] };
    const chrome = (globalThis as unknown as { chrome: { scripting: { executeScript(i: Injection): Promise<{ result?: unknown }[]> } } }).chrome;
    return chrome.scripting.executeScript({
      target: { tabId: id, frameIds: [frame] },
      func: (k: string) => (globalThis as unknown as Record<string, unknown>)[k] ?? null,
      args: [key],
    }).then((r) => (r[0]?.result ?? null) as Metrics | null, () => null);
  }, { id: tabId, frame: frameId, key: METRICS_KEY });
}

/** The background registers the detector when the extension is installed: wait for it. */
export async function detectorRegistered(worker: Worker): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const n = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome.scripting
        .getRegisteredContentScripts().then((l) => l.length));
    if (n > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the detector was never registered');
}

/**
 * The in-page scripts' own metrics (components/shared/metrics.ts) in the frame showing `frame`'s
 * document (a page: its top frame), read in their world through the extension; null before the
 * detector ran there.
 */
export async function frameMetrics(frame: Page | Frame): Promise<Metrics | null> {
  const page = 'page' in frame ? frame.page() : frame;
  const worker = page.context().serviceWorkers()[0];
  if (!worker) throw new Error('no extension service worker');
  return worker.evaluate(async ({ top, url, key }) => {
    type Result = { frameId: number; result?: unknown };
    type Injection = { target: { tabId: number; allFrames: boolean }; func: (k: string) => unknown; args: string[] };
    const chrome = (globalThis as unknown as { chrome: {
      tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
      scripting: { executeScript(i: Injection): Promise<Result[]> };
    } }).chrome;
    for (const tab of (await chrome.tabs.query({})).filter((t) => t.url === top)) {
      const results = await chrome.scripting.executeScript({
        target: { tabId: tab.id!, allFrames: true },
        func: (k: string) => ({ href: location.href, m: (globalThis as unknown as Record<string, unknown>)[k] ?? null }),
        args: [key],
      }).catch(() => [] as Result[]);
      const hit = results.map((r) => r.result as { href: string; m: Metrics | null } | undefined).find((r) => r?.href === url);
      if (hit) return hit.m;
    }
    return null;
  }, { top: page.url(), url: frame.url(), key: METRICS_KEY });
}

/** Waits until the frame's scripts have done `scans` scans (the auditor records each one when its
 *  marks are drawn); returns their metrics. */
export async function waitForScans(frame: Page | Frame, scans = 1, timeout = 20_000): Promise<Metrics> {
  const end = Date.now() + timeout;
  for (;;) {
    const m = await frameMetrics(frame);
    if (m && m.scans.length >= scans) return m;
    if (Date.now() > end) throw new Error(`waited ${timeout} ms for scan ${scans} in ${frame.url()}; metrics: ${JSON.stringify(m)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until the detector has looked at the page; a candidate is then audited (first scan). */
export async function waitForDetector(frame: Page | Frame, timeout = 20_000): Promise<Metrics> {
  const end = Date.now() + timeout;
  for (;;) {
    const m = await frameMetrics(frame);
    if (m && m.detectorMs !== null && (!m.candidate || m.scans.length > 0)) return m;
    if (Date.now() > end) throw new Error(`waited ${timeout} ms for the detector in ${frame.url()}; metrics: ${JSON.stringify(m)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until the auditor has audited and marked the page (or the detector passed it by). */
export async function waitForAudit(page: Page, opts: { expectMarks: boolean } = { expectMarks: true }): Promise<void> {
  if (opts.expectMarks) await page.waitForSelector('[data-xxgk-finding], [data-xxgk-anchor], div[data-xxgk-ui]', { state: 'attached', timeout: 15_000 });
  await waitForDetector(page);
}

/** Lets the page's event loop run what is already queued (events fired by what was just done). */
export async function settle(frame: Page | Frame): Promise<void> {
  await frame.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

/** The marked elements (matching selector) in or near the view, where boxes are drawn (800 px
 *  beyond it), that have no box of ours exactly over them. Runs in the page. */
export function elementsWithoutTheirBox(selector: string): string[] {
  const root = document.querySelector('div[data-xxgk-ui]')!.shadowRoot!;
  const boxes = [...root.querySelectorAll<HTMLElement>('.xxgk-box')].map((b) => b.getBoundingClientRect()).filter((q) => q.width > 0);
  const missing: string[] = [];
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    if (r.bottom < -400 || r.top > innerHeight + 400) continue;
    const over = boxes.some((q) => Math.abs(q.left - r.left) < 1 && Math.abs(q.top - r.top) < 1 && Math.abs(q.width - r.width) < 1 && Math.abs(q.height - r.height) < 1);
    if (!over) missing.push(`${el.tagName} at ${Math.round(r.left)},${Math.round(r.top)}`);
  }
  return missing;
}

/** The finding ids on marked cells, with how many elements carry each and their severities. */
export async function markedCells(page: Page): Promise<{ ids: Record<string, number>; severities: string[] }> {
  return page.evaluate(() => {
    const ids: Record<string, number> = {};
    const severities: string[] = [];
    for (const el of document.querySelectorAll('[data-xxgk-finding]')) {
      for (const id of (el.getAttribute('data-xxgk-finding') ?? '').split(' ')) ids[id] = (ids[id] ?? 0) + 1;
      severities.push(el.getAttribute('data-xxgk-severity') ?? '');
    }
    return { ids, severities };
  });
}
