// A portal's list of reports audited in one go, in real Chromium against loopback list pages under
// a gov.cn name: the popup on the list page says how many reports it lists and opens the
// dashboard; the dashboard follows the list's two pages (the second in GBK), audits each linked
// report once, gives the dead link an error row and the notice nothing; its JSON export equals the
// command line's `--json --links` array for the same list (apart from auditedAt and timing), its
// CSV and workbook hold the same reports; a batch can be cancelled and resumed.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEAD_REPORT, LIST_HOST, LIST_PATH, LIST_REPORTS, serveListSite } from '../support/list-site';
import { launch, waitForAudit } from './support/browser';
import { cliOnLoopback } from './support/in-page';
import type { Harness, Route } from './support/browser';

const LIST_URL = `http://${LIST_HOST}${LIST_PATH}`;
const REPORT_URLS = LIST_REPORTS.map((p) => `http://${LIST_HOST}${p}`);

/** A second list whose reports are held until the test lets them go: cancel and resume. */
const SLOW_HOST = 'www.slow.gov.cn';
const SLOW_LIST = `<!doctype html><meta charset="utf-8"><title>年报</title><ul>${[2021, 2022, 2023].map((y) => `<li><a href="/r/${y}.html">宁安市生态环境局${y}年政府信息公开工作年度报告</a></li>`).join('')}</ul>`;
const held: { res: ServerResponse; path: string }[] = [];
let heldArrived: (() => void) | null = null;
const slowSite: Route = (req: IncomingMessage, res: ServerResponse) => {
  if (req.headers.host?.split(':')[0] !== SLOW_HOST) return false;
  if (req.url === '/list.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(SLOW_LIST);
    return true;
  }
  held.push({ res, path: req.url ?? '' });
  heldArrived?.();
  return true;
};
const release = () => {
  for (const { res } of held.splice(0)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(new URL('../fixtures/pages/clean-2021-city-bureau.html', import.meta.url)));
  }
};

/** A list that links its reports as attachments (a PDF and a Word file), and a page under a
 *  report's title that is no report. */
const FILES_HOST = 'www.files.gov.cn';
const FILES: Record<string, { file: string; type: string }> = {
  '/nb/2023.pdf': { file: '../fixtures/pdf/libreoffice-clean-2021-city-bureau.pdf', type: 'application/pdf' },
  '/nb/2020.docx': { file: '../fixtures/docx/clean-2019-county-gov.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  '/nb/2022.html': { file: '../fixtures/pages/not-report-news.html', type: 'text/html' },
};
const FILES_LIST = `<!doctype html><meta charset="utf-8"><title>年报</title><ul>
<li><a href="/nb/2023.pdf">宁安市生态环境局2023年政府信息公开工作年度报告</a></li>
<li><a href="/nb/2020.docx">示范县人民政府2020年政府信息公开工作年度报告</a></li>
<li><a href="/nb/2022.html">示范县人民政府2022年政府信息公开工作年度报告</a></li></ul>`;
/** Told by its paths alone: the command line's requests reach the server under its own address. */
const filesSite: Route = (req: IncomingMessage, res: ServerResponse) => {
  const served = FILES[req.url ?? ''];
  if (req.url === '/nb/index.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(FILES_LIST);
  else if (served) res.writeHead(200, { 'content-type': served.type }).end(readFileSync(new URL(served.file, import.meta.url)));
  else return false;
  return true;
};

let h: Harness;
beforeAll(async () => {
  h = await launch({ routes: [slowSite, filesSite, serveListSite] });
});
afterAll(async () => {
  release();
  await h?.close();
});

/** The command line's array for the same list, its requests sent to the loopback server. */
async function cliEntries(listUrl = LIST_URL, status = 1): Promise<unknown[]> {
  const { code, out } = await cliOnLoopback(h.port, ['--json', '--links', listUrl]);
  expect(code).toBe(status); // 1: the dead link
  return JSON.parse(out) as unknown[];
}

/** An entry without what differs run to run. */
function comparable(entry: unknown): unknown {
  const { auditedAt: _a, timing: _t, ...rest } = entry as Record<string, unknown>;
  return rest;
}

async function download(page: Page, format: string): Promise<{ name: string; path: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-xxgk-export="${format}"]`).click()]);
  return { name: d.suggestedFilename(), path: (await d.path())! };
}

describe('the dashboard', () => {
  let dashboard: Page;

  it('the popup on a list page says how many reports it lists and opens the dashboard on it', async () => {
    const { page, tabId } = await h.open(LIST_URL);
    const popup = await h.popup(tabId);
    const panel = popup.getByTestId('list-page');
    await panel.waitFor({ timeout: 15_000 });
    await expect(panel.textContent()).resolves.toContain('本页列出 2 份年度报告');
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/dashboard.html'));
    await popup.getByTestId('audit-list').click();
    const tab = await opened;
    expect(new URL(tab.url()).searchParams.get('list')).toBe(LIST_URL);
    // The rest on a dashboard opened by address (bookmarkable), in a page whose language the
    // harness sets from the start: a tab the extension opens may get it only after its first script.
    await tab.close();
    await popup.close();
    await page.close();
    dashboard = await h.context.newPage();
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html?list=${encodeURIComponent(LIST_URL)}`);
  });

  it('audits every linked report once, in list order, with an error row for the dead link', async () => {
    await dashboard.waitForSelector('[data-xxgk-batch="done"]', { timeout: 60_000 });
    const rows = await dashboard.$$eval('[data-xxgk-source]', (els) => els.map((e) => [e.getAttribute('data-xxgk-source'), e.getAttribute('data-row-state')]));
    expect(rows).toEqual(REPORT_URLS.map((u) => [u, u.endsWith(DEAD_REPORT) ? 'failed' : 'done']));
    await expect(dashboard.locator(`[data-xxgk-source="http://${LIST_HOST}${DEAD_REPORT}"] [data-testid="problem"]`).textContent()).resolves.toContain('404');

  });

  it('its JSON export equals the command line’s --json --links array, entry for entry', async () => {
    const file = await download(dashboard, 'json');
    expect(file.name).toMatch(/^年度报告批量审核-www\.sfx\.gov\.cn-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(file.path, 'utf8')) as unknown[];
    const cli = await cliEntries();
    expect(exported.map(comparable)).toEqual(cli.map(comparable));
    expect(exported.map((e) => (e as { source: string }).source)).toEqual(REPORT_URLS);
  });

  it('its CSV and workbook hold the same reports and findings', async () => {
    const exported = JSON.parse(readFileSync((await download(dashboard, 'json')).path, 'utf8')) as { findings?: unknown[] }[];
    const findings = exported.reduce((n, e) => n + (e.findings?.length ?? 0), 0);
    const csv = readFileSync((await download(dashboard, 'csv')).path, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.trim().split('\n')).toHaveLength(findings + 1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download(dashboard, 'xlsx')).path);
    expect(book.worksheets.map((w) => w.name)).toEqual(['汇总', '问题']);
    expect(book.getWorksheet('汇总')!.actualRowCount).toBe(REPORT_URLS.length + 1);
    expect(book.getWorksheet('问题')!.actualRowCount).toBe(findings + 1);
  });

  it('keeps every audited report in the library, marked as from a batch', async () => {
    const library = await h.context.newPage();
    await library.goto(`chrome-extension://${h.extensionId}/library.html`);
    await library.waitForSelector('[data-xxgk-library][aria-busy="false"]');
    const kept = await library.$$eval('[data-xxgk-source]', (els) => els.map((e) => [e.getAttribute('data-xxgk-source'), e.querySelector('[data-via]')?.getAttribute('data-via')]));
    for (const u of REPORT_URLS.filter((x) => !x.endsWith(DEAD_REPORT))) expect(kept).toContainEqual([u, 'batch']);
    await library.close();
  });

  it('a row opens its report in a tab, where the extension marks it', async () => {
    const opened = h.context.waitForEvent('page', (p) => p.url() === REPORT_URLS[0]);
    await dashboard.locator(`[data-xxgk-source="${REPORT_URLS[0]}"] td.title a`).click();
    const report = await opened;
    await waitForAudit(report);
    await report.close();
  });

  it('reads reports linked as PDF and Word attachments, and says which linked page is no report, as the command line does', async () => {
    const list = `http://${FILES_HOST}/nb/index.html`;
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/dashboard.html?list=${encodeURIComponent(list)}`);
    await page.waitForSelector('[data-xxgk-batch="done"]', { timeout: 60_000 });
    expect(await page.$$eval('[data-xxgk-source]', (els) => els.map((e) => e.getAttribute('data-row-state')))).toEqual(['done', 'done', 'done']);
    await expect(page.locator(`[data-xxgk-source="http://${FILES_HOST}/nb/2022.html"] [data-testid="problem"]`).textContent()).resolves.toBe('不是政府信息公开工作年度报告');
    const exported = JSON.parse(readFileSync((await download(page, 'json')).path, 'utf8')) as { report: { isReport: boolean; year: number | null; template: string } }[];
    expect(exported.map((e) => [e.report.isReport, e.report.year, e.report.template])).toEqual([[true, 2023, '2021'], [true, 2020, '2019'], [false, null, 'unknown']]);
    expect(exported.map(comparable)).toEqual((await cliEntries(list, 0)).map(comparable));
    await page.close();
  });

  it('is cancelled while reports are being read, and resumed to the end', async () => {
    const arrived = new Promise<void>((r) => { heldArrived = r; });
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/dashboard.html?list=${encodeURIComponent(`http://${SLOW_HOST}/list.html`)}`);
    await arrived;
    await page.waitForSelector('[data-xxgk-batch="running"] [data-row-state="reading"]');
    await page.locator('[data-action="cancel"]').click();
    await page.waitForSelector('[data-xxgk-batch="cancelled"]');
    expect(await page.$$eval('[data-row-state="done"]', (els) => els.length)).toBe(0);
    heldArrived = null;
    release();
    const resumed = page.locator('[data-action="resume"]');
    // Resumed, the held reports are asked again: let each go as it arrives.
    heldArrived = () => release();
    await resumed.click();
    await page.waitForSelector('[data-xxgk-batch="done"]', { timeout: 60_000 });
    expect(await page.$$eval('[data-row-state="done"]', (els) => els.length)).toBe(3);
    await page.close();
  });
});
