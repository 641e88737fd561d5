// npm run bench:browser — real Chromium with the built extension, every fixture page and large
// synthetic pages, repeated runs. Prints medians and the worst case, and writes them to
// tests/artifacts/bench/ (latest.json and a dated copy) so two runs can be compared.
//   - detector: time the always-loaded script spends on a page;
//   - start → findings ready / marks drawn: from the detector's start to the first scan's findings
//     and marks (includes loading the engine into the frame); the engine's load (import, compile,
//     evaluation); and findings from the auditor's own start;
//   - longest task: the longest main-thread task that runs our code, from a Chromium trace
//     (script evaluation included), and the longest piece of work the scripts timed themselves;
//   - sizes of the content scripts, raw and gzipped; the warm engine's time on rescans; heap growth
//     over 200 rescans of a page that keeps changing, in steps of 50; the dashboard's reports per
//     second on a 40-report list on loopback, and its longest task.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Worker } from 'playwright-core';
import { EXTENSION as EXT, PAGES, ROOT, launch, pageMetrics } from '../e2e/support/browser';
import type { Metrics } from '../../components/shared/metrics';
import type { Harness } from '../e2e/support/browser';
import { SYNTHETIC } from './synthetic-pages';
import { scriptCosts } from './script-cost';

const OUT = join(ROOT, 'tests/artifacts/bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ONLY = process.env.BENCH_ONLY;
/** Pages that are not reports whose extra scripting is compared with and without the extension. */
const COST_PAGES = ['synthetic-heavy-news-2000-tables', 'not-report-news'];
const COST_RUNS = Math.max(3, Number(process.env.BENCH_COST_RUNS ?? 5));

const median = (xs: number[]) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const max = (xs: number[]) => (xs.length ? Math.max(...xs) : NaN);
const fmt = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '—');

async function main() {
  // Fixture pages (served by the harness as they are on disk) and synthetic ones (made here).
  const pages = new Map<string, { report: boolean; html?: string }>();
  for (const f of readdirSync(PAGES).filter((x) => x.endsWith('.html')).sort()) {
    const expected = JSON.parse(readFileSync(join(PAGES, f.replace(/\.html$/, '.expected.json')), 'utf8')) as { report: { isReport?: boolean } };
    pages.set(f.replace(/\.html$/, ''), { report: expected.report.isReport !== false });
  }
  for (const [name, s] of Object.entries(SYNTHETIC)) pages.set(name, { html: s.html(), report: s.report });
  const selected = [...pages].filter(([name]) => !ONLY || ONLY.split(',').some((o) => name.includes(o)));

  const h = await launch({
    routes: [batchSite, (req, res) => {
      const html = pages.get(decodeURIComponent((req.url ?? '').slice(1)).replace(/\.html$/, ''))?.html;
      if (html === undefined) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return true;
    }],
  });

  // First, alone in the browser: the extension's extra scripting on pages that are not reports.
  const costs = await scriptCosts(h.context, COST_PAGES, COST_RUNS);
  const costWidth = Math.max(...COST_PAGES.map((p) => p.length));
  console.log(`extra main-thread scripting (Chromium ScriptDuration, medians of ${COST_RUNS} alternated loads each)`);
  console.log(`${'page'.padEnd(costWidth)}  with ext ms  without ms  extra ms`);
  for (const c of costs) {
    const w = median(c.withMs);
    const wo = median(c.withoutMs);
    console.log(`${c.page.padEnd(costWidth)}  ${fmt(w).padStart(11)}  ${fmt(wo).padStart(10)}  ${fmt(w - wo).padStart(8)}`);
  }

  const rows: Record<string, unknown>[] = [];
  for (const [name, page] of selected) {
    const url = `http://bench.example.gov.cn/${name}.html`;
    const runs: Metrics[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(h, url, page.report));
    const trace = await traced(h, url, page.report);
    const first = (m: Metrics) => m.scans[0];
    const row = {
      page: name,
      kind: page.report ? 'report' : 'not a report',
      detectorMs: median(runs.map((m) => m.detectorMs ?? NaN)),
      detectorMsWorst: max(runs.map((m) => m.detectorMs ?? NaN)),
      findingsFromStartMs: median(runs.filter(first).map((m) => first(m)!.at + first(m)!.auditMs - m.detectorStart!)),
      marksFromStartMs: median(runs.filter(first).map((m) => first(m)!.at + first(m)!.auditMs + first(m)!.drawMs - m.detectorStart!)),
      loadMs: median(runs.filter((m) => m.loadStart !== null && m.auditorStart !== null).map((m) => m.auditorStart! - m.loadStart!)),
      loadedBy: [...new Set(runs.map((m) => m.auditorLoad).filter(Boolean))].join('/') || '—',
      findingsFromAuditorMs: median(runs.filter(first).map((m) => first(m)!.at + first(m)!.auditMs - m.auditorStart!)),
      auditMs: median(runs.filter(first).map((m) => first(m)!.auditMs)),
      drawMs: median(runs.filter(first).map((m) => first(m)!.drawMs)),
      ourLongestMs: max(runs.map((m) => m.longestTaskMs)),
      ourLongestMedianMs: median(runs.map((m) => m.longestTaskMs)),
      ourTotalMs: median(runs.map((m) => m.totalMs)),
      tracedLongestTaskMs: trace.longestTaskMs,
      tracedTotalMs: trace.totalMs,
      findings: runs[0]?.scans[0]?.findings ?? 0,
    };
    rows.push(row);
    console.error(`  ${name}: done`);
  }

  const sizes = ['detector.js', 'auditor.js'].map((f) => {
    const buf = readFileSync(join(EXT, f));
    return { file: f, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  // Warm rescans of the largest real-size report, and a heap check on a page that keeps changing.
  const warmPage = 'seed-000-huzhu-2021';
  const warm = (await rescans(h, `http://bench.example.gov.cn/${warmPage}.html`)).warm;
  const heap = (await rescans(h, `http://bench.example.gov.cn/clean-2021-city-bureau.html`)).heap;
  // For scale: what one DOM change costs the huge page's own rendering, with no extension at work.
  const framePage = 'synthetic-report-100k-nodes';
  const ownFrame = selected.some(([name]) => name === framePage) ? await frameAfterChange(h, `http://bench.example.org/${framePage}.html`) : null;
  const batch = await dashboardBatch(h);
  await h.close();

  // Print
  const cols: [string, string, (r: Record<string, unknown>) => string][] = [
    ['page', 'page', (r) => String(r.page)],
    ['kind', 'kind', (r) => String(r.kind)],
    ['detector', 'detector ms', (r) => fmt(r.detectorMs as number)],
    ['findings', '→findings ms', (r) => fmt(r.findingsFromStartMs as number)],
    ['marks', '→marks ms', (r) => fmt(r.marksFromStartMs as number)],
    ['load', 'load ms', (r) => fmt(r.loadMs as number)],
    ['by', 'by', (r) => String(r.loadedBy ?? '—')],
    ['auditor', 'auditor→findings', (r) => fmt(r.findingsFromAuditorMs as number)],
    ['audit', 'audit ms', (r) => fmt(r.auditMs as number)],
    ['draw', 'draw ms', (r) => fmt(r.drawMs as number)],
    ['ours', 'our longest ms', (r) => fmt(r.ourLongestMs as number)],
    ['oursMedian', '(median)', (r) => fmt(r.ourLongestMedianMs as number)],
    ['trace', 'longest task ms', (r) => fmt(r.tracedLongestTaskMs as number, 1)],
    ['total', 'ext CPU ms', (r) => fmt(r.tracedTotalMs as number, 1)],
  ];
  const table = rows.map((r) => cols.map(([, , f]) => f(r)));
  const widths = cols.map(([, h], i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const stamp = new Date().toISOString();
  console.log(`xxgk-audit browser benchmark — ${stamp}, medians of ${RUNS} runs (our longest: worst of the runs, then its median; longest task: one traced run)`);
  console.log(line(cols.map(([, h]) => h)));
  for (const t of table) console.log(line(t));
  for (const s of sizes) console.log(`size ${s.file}: ${(s.raw / 1024).toFixed(1)} KB raw, ${(s.gzip / 1024).toFixed(1)} KB gzipped`);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`warm (${warmPage}, medians of 50 rescans): audit ${fmt(warm.auditMs)} ms, draw ${fmt(warm.drawMs)} ms, longest slice ${fmt(warm.longestSliceMs)} ms`);
  if (ownFrame) console.log(`${framePage} without the extension: the frame after appending one <div> takes ${fmt(ownFrame)} ms (median of 5)`);
  console.log(`dashboard (a list page of ${batch.reports} reports on loopback): done in ${fmt(batch.ms, 0)} ms, ${fmt(batch.reports / (batch.ms / 1000), 1)} reports/s, longest task ${batch.longestTaskMs > 0 ? `${fmt(batch.longestTaskMs, 1)} ms` : 'none over 50 ms (the long-task threshold)'}`);
  const growth = heap.slice(1).map((n, k) => n - heap[k]!);
  console.log(`heap (a page that keeps changing): ${kb(heap[0]!)} after 10 rescans; growth per 50 more: ${growth.map(kb).join(', ')}`);
  const reports = rows.filter((r) => r.kind === 'report');
  const nonReports = rows.filter((r) => r.kind !== 'report');
  const summary = {
    worstLongestTaskMs: max(rows.map((r) => r.tracedLongestTaskMs as number)),
    worstOurTaskMs: max(rows.map((r) => r.ourLongestMs as number)),
    worstNonReportDetectorMs: max(nonReports.map((r) => r.detectorMs as number)),
    worstNonReportTotalMs: max(nonReports.map((r) => r.tracedTotalMs as number)),
    medianFindingsFromStartMs: median(reports.map((r) => r.findingsFromStartMs as number)),
    medianFindingsFromAuditorMs: median(reports.map((r) => r.findingsFromAuditorMs as number)),
    medianLoadMs: median(reports.map((r) => r.loadMs as number)),
    warmAuditMs: warm.auditMs,
    heapGrowthPer50KB: growth.map((n) => Math.round(n / 1024)),
  };
  console.log(`summary: ${JSON.stringify(summary)}`);
  mkdirSync(OUT, { recursive: true });
  const record = JSON.stringify({ at: stamp, runs: RUNS, costs, rows, sizes, warm, heap, ownFrame, batch, summary }, null, 2);
  writeFileSync(join(OUT, 'latest.json'), record);
  writeFileSync(join(OUT, `browser-${stamp.replace(/[:.]/g, '-')}.json`), record);
  console.log(`written: ${join(OUT, 'latest.json')}`);
}

async function settle(worker: Worker, tabId: number, report: boolean): Promise<Metrics> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const m = await pageMetrics(worker, tabId);
    if (m && m.detectorMs !== null && (!report || m.scans.length > 0)) return m;
    if (Date.now() > deadline) throw new Error(`no metrics for tab ${tabId}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function measure(h: Harness, url: string, report: boolean): Promise<Metrics> {
  const { page, tabId } = await h.open(url);
  const m = await settle(h.worker, tabId, report);
  await page.close();
  return m;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the extension API, evaluated in the service worker
type ChromeGlobal = { chrome: any };

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { url?: string; scriptName?: string }; worldId?: number } }

/** One run under a Chromium trace: the main-thread tasks that ran the extension's code. */
/** A portal's list of BATCH_REPORTS reports (fixture pages in turn) for the dashboard. */
const BATCH_REPORTS = 40;
const batchSite = (req: IncomingMessage, res: ServerResponse): boolean => {
  const path = req.url ?? '';
  if (path === '/batch/list.html') {
    const items = Array.from({ length: BATCH_REPORTS }, (_, i) => `<li><a href="r/${i}.html">示范县第${i + 1}局${2000 + i}年政府信息公开工作年度报告</a></li>`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><meta charset="utf-8"><title>政府信息公开年报</title><ul>${items.join('')}</ul>`);
    return true;
  }
  const n = /^\/batch\/r\/(\d+)\.html$/.exec(path)?.[1];
  if (n === undefined) return false;
  const files = readdirSync(PAGES).filter((x) => x.endsWith('.html')).sort();
  res.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(join(PAGES, files[Number(n) % files.length]!)));
  return true;
};

/** The dashboard on that list: the time from opening it to the batch done, and its longest task
 *  (Chromium reports tasks of 50 ms and over: 0 when there was none). */
async function dashboardBatch(h: Harness): Promise<{ reports: number; ms: number; longestTaskMs: number }> {
  const page = await h.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { xxgkLongest: number };
    w.xxgkLongest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.xxgkLongest = Math.max(w.xxgkLongest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const list = encodeURIComponent('http://bench.example.gov.cn/batch/list.html');
  const t0 = performance.now();
  await page.goto(`chrome-extension://${h.extensionId}/dashboard.html?list=${list}`);
  await page.waitForSelector('[data-xxgk-batch="done"]', { timeout: 120_000 });
  const ms = performance.now() - t0;
  const longestTaskMs = await page.evaluate(() => (window as unknown as { xxgkLongest: number }).xxgkLongest);
  const reports = await page.$$eval('[data-row-state="done"]', (els) => els.length);
  await page.close();
  return { reports, ms, longestTaskMs };
}

async function traced(h: Harness, url: string, report: boolean): Promise<{ longestTaskMs: number; totalMs: number }> {
  const browser = h.context.browser();
  if (!browser) return { longestTaskMs: NaN, totalMs: NaN };
  const cdp = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8'] },
    transferMode: 'ReportEvents',
  });
  const { page, tabId } = await h.open(url);
  await settle(h.worker, tabId, report);
  await page.waitForTimeout(report ? 300 : 100);
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  await cdp.detach();
  const ours = (e: TraceEvent) => {
    // The auditor's bundle is a module evaluated in the extension's isolated world; the event names
    // no URL, only the world (0 is the page's own, and ours is the only extension loaded).
    if (e.name === 'v8.evaluateModule') return (e.args?.worldId ?? 0) > 0;
    const u = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    return u.startsWith('chrome-extension://') && !u.includes('/background.js') && !u.includes('/popup');
  };
  const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur !== undefined);
  const work = events.filter((e) => e.ph === 'X' && e.dur !== undefined && ['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'v8.compile', 'V8.ScriptCompiler', 'v8.run'].includes(e.name) && ours(e));
  let longest = 0;
  let total = 0;
  for (const w of work) {
    const task = tasks.find((t) => t.pid === w.pid && t.tid === w.tid && t.ts <= w.ts && t.ts + t.dur! >= w.ts + w.dur!);
    if (task) longest = Math.max(longest, task.dur! / 1000);
  }
  // Top-level pieces of our work (not nested in another piece of ours).
  const sorted = work.sort((a, b) => a.ts - b.ts);
  let end = -1;
  for (const w of sorted) {
    if (w.ts >= end) {
      total += w.dur! / 1000;
      end = w.ts + w.dur!;
    }
  }
  return { longestTaskMs: longest, totalMs: total };
}

/** A page outside the automatic hosts (no extension at work): the time from appending one plain
 *  <div> to the end of the next frame, when the browser has rendered the change. */
async function frameAfterChange(h: Harness, url: string): Promise<number> {
  const page = await h.context.newPage();
  await page.goto(url);
  await page.waitForTimeout(1000);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    times.push(await page.evaluate(() => new Promise<number>((resolve) => {
      const t0 = performance.now();
      const div = document.createElement('div');
      div.textContent = 'x';
      document.body.append(div);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
    })));
    await page.waitForTimeout(200);
  }
  await page.close();
  return median(times);
}

interface Rescans {
  /** Heap in use (after two full collections) after 10 warm-up rescans, then after every 50 more. */
  heap: number[];
  /** Medians over the last 50 rescans: the engine and the marks once warm. */
  warm: { auditMs: number; drawMs: number; longestSliceMs: number };
}

const HEAP_STEPS = 4;

/** Rescans a page that keeps changing (a cell's number changes before each rescan). */
async function rescans(h: Harness, url: string): Promise<Rescans> {
  const { page, tabId } = await h.open(url);
  const worker = h.worker;
  await settle(worker, tabId, true);
  const cdp = await h.context.newCDPSession(page);
  const change = async (i: number) => {
    await page.evaluate((n) => {
      const cells = document.querySelectorAll('td');
      cells[Math.min(40, cells.length - 1)]!.textContent = String(30 + (n % 9));
    }, i);
    await worker.evaluate((id) => (globalThis as unknown as ChromeGlobal).chrome.tabs.sendMessage(id, { type: 'rescan' }, { frameId: 0 }), tabId);
  };
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  let i = 0;
  for (; i < 10; i++) await change(i);
  const heap = [await used()];
  for (let step = 0; step < HEAP_STEPS; step++) {
    for (let k = 0; k < 50; k++, i++) await change(i);
    heap.push(await used());
  }
  const scans = (await pageMetrics(worker, tabId))!.scans.slice(-50);
  await page.close();
  return {
    heap,
    warm: {
      auditMs: median(scans.map((x) => x.auditMs)), drawMs: median(scans.map((x) => x.drawMs)),
      longestSliceMs: median(scans.map((x) => x.longestSliceMs)),
    },
  };
}

void main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
