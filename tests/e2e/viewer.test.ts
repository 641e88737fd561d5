// Reports published as files, in real Chromium against loopback gov.cn addresses: the popup offers
// a report page's attachments and a tab showing a PDF to the viewer; the viewer shows the PDF (its
// pages painted by pdf.js) or the Word file (its tables rebuilt), marks the wrong cells the way a
// page is marked (one badge per finding, every finding reachable from the list), lists the
// findings beside it, exports them as the command line reports them, keeps the report in the
// library, and answers a scan, a file that is no PDF and a web page with what it could not do.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './support/browser';
import { cliOnLoopback, inView } from './support/in-page';
import type { Harness, Route } from './support/browser';

const HOST = 'www.attach.gov.cn';
const PDF_TYPE = 'application/pdf';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FILES: Record<string, { file: string; type: string }> = {
  '/vf/arith-2021.pdf': { file: '../fixtures/pdf/libreoffice-defect-arith-2021.pdf', type: PDF_TYPE },
  '/vf/blanks-2021.docx': { file: '../fixtures/docx/defect-blanks-2021.docx', type: DOCX_TYPE },
  '/vf/scan-2021.pdf': { file: '../fixtures/pdf/scan-clean-2021.pdf', type: PDF_TYPE },
  '/vf/fake.pdf': { file: '../fixtures/inputs/binary.png', type: PDF_TYPE },
  '/vf/page.pdf': { file: '../fixtures/pages/clean-2021-city-bureau.html', type: 'text/html' },
};
/** A report's page whose full version is an attachment (the 全真版 PDF and the Word file). */
const NOTICE = `<!doctype html><meta charset="utf-8"><title>关于公布2021年度政府信息公开工作年度报告的通知</title>
<h1>关于公布2021年度政府信息公开工作年度报告的通知</h1><p>现将年度报告全文公布如下。</p>
<p>附件：<a href="/vf/arith-2021.pdf">2021年政府信息公开工作年度报告（全真版）.pdf</a></p>
<p>附件：<a href="/vf/blanks-2021.docx">2021年政府信息公开工作年度报告.docx</a></p>
<p><a href="/vf/guide.pdf">办事指南.pdf</a></p>`;
/** Told by its paths alone: the command line's requests reach the server under its own address. */
const site: Route = (req: IncomingMessage, res: ServerResponse) => {
  const served = FILES[req.url ?? ''];
  if (req.url === '/vf/notice.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(NOTICE);
  else if (served) res.writeHead(200, { 'content-type': served.type }).end(readFileSync(new URL(served.file, import.meta.url)));
  else return false;
  return true;
};

let h: Harness;
beforeAll(async () => {
  h = await launch({ routes: [site] });
});
afterAll(async () => {
  await h?.close();
});

const url = (path: string) => `http://${HOST}${path}`;

async function openViewer(src: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/viewer.html?src=${encodeURIComponent(src)}`);
  return page;
}

/** The viewer with its document marked and its list shown. */
async function shown(src: string): Promise<Page> {
  const page = await openViewer(src);
  await page.waitForSelector('[data-testid="viewer-panel"] [data-testid="state"]:not([data-state="loading"])');
  return page;
}

/** The command line's --json entry for the same address. */
async function cliResult(address: string): Promise<Record<string, unknown>> {
  return (JSON.parse((await cliOnLoopback(h.port, ['--json', address])).out) as Record<string, unknown>[])[0]!;
}

const comparable = (r: Record<string, unknown>) => {
  const { auditedAt: _a, timing: _t, dismissals: _d, ...rest } = r;
  return rest;
};

/** Every badge of our overlay with the findings it names. Runs in the page. */
function badges(): string[][] {
  const root = document.querySelector('div[data-xxgk-ui]')!.shadowRoot!;
  return [...root.querySelectorAll('[data-xxgk-badge]')].map((b) => b.getAttribute('data-xxgk-badge')!.split(' '));
}

async function download(page: Page, fmt: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${fmt}`).click()]);
  return readFileSync((await d.path())!, 'utf8');
}

describe.each([
  { kind: 'PDF', path: '/vf/arith-2021.pdf', expected: '../fixtures/pdf/libreoffice-defect-arith-2021.expected.json' },
  { kind: 'Word', path: '/vf/blanks-2021.docx', expected: '../fixtures/docx/defect-blanks-2021.expected.json' },
])('the viewer on a $kind report', ({ path, expected }) => {
  let page: Page;
  let result: Record<string, unknown> & { findings: { id: string; rule: string; cells: { text: string; role: string }[] }[] };
  beforeAll(async () => {
    page = await shown(url(path));
    result = JSON.parse(await download(page, 'json'));
  });
  afterAll(async () => {
    await page?.close();
  });

  it('finds what the fixture states and exports exactly what the command line reports', async () => {
    const stated = JSON.parse(readFileSync(new URL(expected, import.meta.url), 'utf8')) as { findings: { rule: string }[] };
    expect(result.findings.map((f) => f.rule).sort()).toEqual(stated.findings.map((f) => f.rule).sort());
    expect(comparable(result)).toEqual(comparable(await cliResult(url(path))));
    expect(await page.getByTestId('viewer-title').textContent()).toBe(result.report && (result.report as { title: string }).title);
  });

  it('marks the document: every finding on cells has exactly one badge, no more badges than findings', async () => {
    const onCells = result.findings.filter((f) => f.cells.length > 0).map((f) => f.id);
    expect(onCells.length).toBeGreaterThan(0);
    await page.waitForSelector('div[data-xxgk-ui]', { state: 'attached' });
    // Boxes are drawn near the viewport: walk the document and collect every badge seen.
    const seen = new Map<string, number>();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 400) {
      await page.evaluate((top) => scrollTo(0, top), y);
      await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
      for (const ids of await page.evaluate(badges)) for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    for (const id of onCells) expect(seen.has(id), id).toBe(true);
    expect([...seen.keys()].every((id) => result.findings.some((f) => f.id === id))).toBe(true);
    const perStop = await page.evaluate(badges);
    expect(new Set(perStop.flat()).size).toBe(perStop.flat().length);
  });

  it('reaches every finding from the list: each click brings something of it into view', async () => {
    for (const f of result.findings) {
      await page.evaluate(() => scrollTo(0, 0));
      const item = page.locator(`[data-testid="finding"][data-finding-id="${f.id}"] .finding-focus`).first();
      // A finding of a group (「总计列 3 处空白」) is listed once the group is opened.
      if (!(await item.isVisible())) await item.locator('xpath=ancestor::details[1]/summary').click();
      await item.click();
      await page.waitForFunction(inView, f.id);
      // Its other cells are shown with the number each holds, as the document writes it.
      const parts = new Set(f.cells.map((c) => `加项 ${c.text.replace(/\s+/g, '') || '空白'}`));
      const shownParts = await page.evaluate(() => [...document.querySelector('div[data-xxgk-ui]')!.shadowRoot!.querySelectorAll<HTMLElement>('.xxgk-box.is-lit[data-added]')].map((b) => b.dataset.added!));
      for (const label of shownParts) expect(parts, f.id).toContain(label);
    }
  });

  it('its readable report shows, for each finding on the tables, the rows it names with its cells marked', async () => {
    const report = new JSDOM(await download(page, 'html')).window.document;
    const tabled = result.findings.filter((f) => f.cells.length > 0);
    expect(tabled.length).toBeGreaterThan(0);
    for (const f of tabled) {
      const involved = [...report.querySelectorAll(`#f-${f.id} .snippet td[data-involved]`)].map((td) => td.textContent!.replace(/\s+/g, ''));
      expect(involved.length, f.id).toBeGreaterThan(0);
      // What the excerpt marks is what the finding names (its cells' text as written).
      for (const text of involved) expect(f.cells.map((c) => c.text.replace(/\s+/g, '')), f.id).toContain(text);
    }
  });

  it('keeps the report in the library, as a file of its format', async () => {
    const library = await h.context.newPage();
    await library.goto(`chrome-extension://${h.extensionId}/library.html`);
    await library.waitForSelector('[data-xxgk-library][aria-busy="false"]');
    const kept = await library.$$eval(`[data-xxgk-source="${url(path)}"] [data-format]`, (els) => els.map((e) => e.getAttribute('data-format')));
    expect(kept).toEqual([path.endsWith('.pdf') ? 'pdf' : 'docx']);
    await library.close();
  });
});

describe('the popup offers files to the viewer', () => {
  it('on a page that attaches its report: one button per PDF or Word file, opening the viewer on it', async () => {
    const { tabId } = await h.open(url('/vf/notice.html'));
    const popup = await h.popup(tabId);
    const buttons = popup.getByTestId('audit-attachment');
    await buttons.first().waitFor();
    expect(await buttons.allTextContents()).toEqual([
      '审核附件：2021年政府信息公开工作年度报告（全真版）.pdf', '审核附件：2021年政府信息公开工作年度报告.docx',
    ]);
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/viewer.html?src='));
    await buttons.first().click();
    const viewer = await opened;
    expect(new URL(viewer.url()).searchParams.get('src')).toBe(url('/vf/arith-2021.pdf'));
    await viewer.waitForSelector('[data-testid="viewer-panel"] [data-testid="finding"]');
    await Promise.all([viewer.close(), popup.close()]);
  });

  it('on a tab where the browser shows a PDF itself: 「审核此 PDF」 opens it in the viewer', async () => {
    const pdf = url('/vf/arith-2021.pdf');
    const { tabId } = await h.open(pdf);
    const popup = await h.popup(tabId);
    const button = popup.getByTestId('audit-document');
    await expect(button.textContent()).resolves.toBe('审核此 PDF');
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/viewer.html?src='));
    await button.click();
    const viewer = await opened;
    expect(new URL(viewer.url()).searchParams.get('src')).toBe(pdf);
    await viewer.waitForSelector('[data-testid="viewer-panel"] [data-testid="finding"]');
    // The toolbar popup on the viewer's tab reads the viewer's findings as it reads a page's.
    const viewerTab = await h.worker.evaluate(async (u) => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }).chrome.tabs.query({});
      return tabs.find((t) => t.url === u)!.id;
    }, viewer.url());
    const onViewer = await h.popup(viewerTab);
    await onViewer.waitForSelector('[data-testid="state"][data-state="report"]');
    expect(await onViewer.locator('[data-testid="finding"]').count()).toBe(await viewer.locator('[data-testid="viewer-panel"] [data-testid="finding"]').count());
    await Promise.all([viewer.close(), popup.close(), onViewer.close()]);
  });
});

describe('what the viewer cannot check, it says', () => {
  it('a scan: no text layer, no findings', async () => {
    const page = await openViewer(url('/vf/scan-2021.pdf'));
    await expect(page.getByTestId('viewer-notice').textContent()).resolves.toContain('扫描件');
    await page.waitForSelector('[data-testid="viewer-panel"] [data-testid="state"][data-state="not-report"]');
    await page.close();
  });

  it('a file named .pdf that is none, and a web page: the reason, and a file to choose instead', async () => {
    for (const [path, words] of [['/vf/fake.pdf', '无法读取 fake.pdf'], ['/vf/page.pdf', '这是网页']] as const) {
      const page = await openViewer(url(path));
      await expect(page.getByTestId('viewer-error').textContent()).resolves.toContain(words);
      expect(await page.getByTestId('viewer-file').count()).toBe(1);
      await page.close();
    }
  });
});
