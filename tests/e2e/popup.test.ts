// What an auditor sees and clicks: the popup's counts and groups, a click that brings the cell
// into view, the highlight switch, a dismissal that survives a reload, the three exports, and a
// page whose cells hold markup and script that never runs in our UI or exports.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { auditPage as audit } from '../../lib/sources/html/page-audit';
import { AuditResultSchema } from '../../lib/result/schema';
import { loadDocument } from '../support/fixtures';
import { ARTIFACTS, launch, waitForAudit, waitForDetector } from './support/browser';
import type { Harness } from './support/browser';
import { JSDOM } from 'jsdom';
import { parseCsv } from './support/csv';
import { keysIn } from '../support/template-keys';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const url = (name: string) => `http://www.huzhu.gov.cn/${name}.html`;

async function openReport(name: string) {
  const opened = await h.open(url(name));
  await waitForAudit(opened.page);
  return opened;
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await h.popup(tabId);
  await popup.waitForSelector('[data-testid="state"][data-state="report"], [data-testid="state"][data-state="clean"]', { timeout: 15_000 });
  return popup;
}

/** Boxes and markers drawn in our shadow root. */
function boxes(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('div[data-xxgk-ui]')?.shadowRoot;
    return root ? [...root.querySelectorAll<HTMLElement>('.xxgk-box, .xxgk-missing')].map((b) => ({ ids: b.dataset.ids!, cls: b.className })) : [];
  });
}

describe('the popup on seed-002', () => {
  const expected = audit(loadDocument('seed-002-huzhu-2024'), { source: 'x', now: new Date() }).result;

  it('shows the report, the counts by severity and the findings grouped by rule, errors first', async () => {
    const { page, tabId } = await openReport('seed-002-huzhu-2024');
    const popup = await openPopup(tabId);
    await expect(popup.getByTestId('report-title').textContent()).resolves.toContain('2024年度互助县教育局信息公开工作报告');
    for (const sev of ['error', 'warning', 'info'] as const) {
      await expect(popup.getByTestId(`count-${sev}`).getAttribute('data-count')).resolves.toBe(String(expected.summary[sev]));
    }
    const groups = await popup.$$eval('[data-testid="group"]', (els) => els.map((e) => ({ kind: e.getAttribute('data-kind'), rule: e.getAttribute('data-rule'), n: e.querySelectorAll('[data-testid="finding"]').length })));
    const failRules = [...new Set(expected.findings.filter((f) => f.status === 'fail').map((f) => f.rule))];
    expect(groups.filter((g) => g.kind === 'fail').map((g) => g.rule).sort()).toEqual(failRules.sort());
    expect(groups[0]!.rule).toBe('cell-empty-block'); // the one error comes first
    for (const g of groups) expect(g.n).toBe(expected.findings.filter((f) => f.rule === g.rule).length);
    await popup.close();
    await page.close();
  });

  it('brings a finding into view on the page and makes it pulse when clicked in the popup', async () => {
    const { page, tabId } = await openReport('seed-002-huzhu-2024');
    await page.evaluate(() => window.scrollTo(0, 0));
    const target = expected.findings.find((f) => f.rule === 'cell-empty-block')!;
    const before = await page.evaluate((id) => document.querySelector(`[data-xxgk-finding~="${id}"]`)!.getBoundingClientRect().top, target.id);
    expect(before).toBeGreaterThan(900); // below the fold
    const popup = await openPopup(tabId);
    await popup.locator(`[data-testid="finding"][data-finding-id="${target.id}"] button`).first().click();
    await page.waitForFunction((id) => {
      const r = document.querySelector(`[data-xxgk-finding~="${id}"]`)!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }, target.id, { timeout: 5000 });
    const state = await page.evaluate((id) => {
      const root = document.querySelector('div[data-xxgk-ui]')!.shadowRoot!;
      return {
        pulsing: [...root.querySelectorAll<HTMLElement>('.xxgk-pulse')].some((b) => b.dataset.ids!.split(' ').includes(id)),
        card: root.querySelector('.xxgk-card')?.getAttribute('data-finding-id'),
      };
    }, target.id);
    expect(state).toEqual({ pulsing: true, card: target.id });
    // For a person to look at: the marked page with the card open, and the popup.
    mkdirSync(join(ARTIFACTS, 'e2e'), { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'e2e', 'seed-002-marked.png') });
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.screenshot({ path: join(ARTIFACTS, 'e2e', 'seed-002-popup.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('removes every mark with the switch and restores them', async () => {
    const { page, tabId } = await openReport('seed-002-huzhu-2024');
    const marked = await page.locator('[data-xxgk-finding]').count();
    const drawn = (await boxes(page)).length;
    expect(marked).toBeGreaterThan(0);
    const popup = await openPopup(tabId);
    const sw = popup.getByTestId('highlight-switch');
    await sw.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-xxgk-finding], [data-xxgk-severity], [data-xxgk-anchor]').length === 0);
    expect(await boxes(page)).toEqual([]);
    await sw.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-xxgk-finding]').length === n, marked);
    expect((await boxes(page)).length).toBe(drawn);
    await popup.close();
    await page.close();
  });

  it('keeps a dismissal made on the card across a reload, shown as dismissed', async () => {
    const { page, tabId } = await openReport('seed-002-huzhu-2024');
    const target = expected.findings.find((f) => f.rule === 'cell-malformed-number')!;
    // Boxes are drawn near the viewport: bring the cell into view, then click its badge.
    await page.evaluate((id) => document.querySelector(`[data-xxgk-finding~="${id}"]`)!.scrollIntoView({ block: 'center' }), target.id);
    await page.waitForFunction((id) => {
      const root = document.querySelector('div[data-xxgk-ui]')!.shadowRoot!;
      const box = [...root.querySelectorAll<HTMLElement>('.xxgk-box')].find((b) => b.dataset.ids === id);
      box?.querySelector<HTMLButtonElement>('.xxgk-badge')!.click();
      return !!box;
    }, target.id);
    const card = page.locator('div[data-xxgk-ui] .xxgk-card');
    await expect(card.getAttribute('data-finding-id')).resolves.toBe(target.id);
    await card.locator('[data-action="dismiss"][data-reason="follow-up"]').click();
    await page.reload();
    await waitForAudit(page);
    await page.waitForFunction((id) => {
      const root = document.querySelector('div[data-xxgk-ui]')?.shadowRoot;
      return !!root && [...root.querySelectorAll<HTMLElement>('.xxgk-box.is-dismissed')].some((b) => b.dataset.ids === id);
    }, target.id);
    const popup = await openPopup(tabId);
    const dismissed = popup.locator('[data-testid="group"][data-kind="dismissed"] [data-testid="finding"]');
    await expect(dismissed.getAttribute('data-finding-id')).resolves.toBe(target.id);
    await expect(popup.getByTestId('count-warning').getAttribute('data-count')).resolves.toBe(String(expected.summary.warning - 1));
    await popup.close();
    await page.close();
  });
});

describe('exports and hostile content', () => {
  it('exports CSV, JSON and an HTML report of the page, and nothing from the page ever runs', async () => {
    const { page, tabId } = await openReport('hostile-markup-2021');
    const popup = await openPopup(tabId);
    const expected = audit(loadDocument('hostile-markup-2021'), { source: 'x', now: new Date() }).result;

    // Open the card of the finding whose cell text is an <img onerror> tag: it must show as text.
    const escaped = expected.findings.find((f) => f.rule === 'cell-non-numeric' && f.table === 'requests')!;
    await popup.locator(`[data-testid="finding"][data-finding-id="${escaped.id}"] button`).first().click();
    await expect(page.locator('div[data-xxgk-ui] .xxgk-card .message').textContent()).resolves.toContain('<img src=x onerror="window.__xxgkEscaped=1">');

    const download = async (fmt: string) => {
      const [d] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId(`export-${fmt}`).click()]);
      return { name: d.suggestedFilename(), path: (await d.path())! };
    };

    const csv = await download('csv');
    expect(csv.name).toBe('宁安市生态环境局2023年政府信息公开工作年度报告-审核结果.csv');
    const csvText = readFileSync(csv.path, 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csvText.slice(1));
    expect(rows).toHaveLength(1 + expected.findings.length);
    const header = rows[0]!;
    expect(header).toHaveLength(15);
    for (const r of rows) expect(r).toHaveLength(15);
    const numeric = new Set([header.length - 4, header.length - 3]); // expected, actual
    for (const r of rows.slice(1)) {
      r.forEach((field, i) => {
        if (!numeric.has(i)) expect(field).not.toMatch(/^[=+\-@\t\r\n]/);
      });
    }
    expect(csvText).toContain('=HYPERLINK'); // kept as text, inside a message
    expect(new Set(rows.slice(1).map((r) => r[2]))).toEqual(new Set(expected.findings.map((f) => f.rule)));
    // Places in the template's words: no template key in the columns a person reads.
    for (const r of rows.slice(1)) expect(keysIn([1, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14].map((i) => r[i]).join(' | '))).toEqual([]);

    const json = JSON.parse(readFileSync((await download('json')).path, 'utf8')) as { dismissals: unknown[] };
    const parsed = AuditResultSchema.parse(json);
    expect(parsed.findings.map((f) => f.id).sort()).toEqual(expected.findings.map((f) => f.id).sort());
    expect(json.dismissals).toEqual([]);

    const html = await download('html');
    expect(html.name).toMatch(/-审核结果\.html$/);
    const report = readFileSync(html.path, 'utf8');
    expect(report).not.toMatch(/<script/i);
    expect(report).toContain('&lt;img src=x onerror=');
    const readable = new JSDOM(report).window.document;
    for (const el of readable.querySelectorAll('.rule-id, .finding-id, style, title')) el.remove();
    expect(keysIn(readable.body.textContent ?? '')).toEqual([]);

    // Open the report in the browser: nothing from the page runs there either.
    const saved = join(ARTIFACTS, 'e2e', html.name);
    mkdirSync(dirname(saved), { recursive: true });
    copyFileSync(html.path, saved);
    const reader = await h.context.newPage();
    await reader.goto(pathToFileURL(saved).href);
    const inReport = await reader.evaluate(() => ({
      ran: Object.keys(window).filter((k) => k.startsWith('__xxgk')),
      scripts: document.querySelectorAll('script').length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')),
      jsUrls: [...document.querySelectorAll('[href], [src], [action]')].filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')).length,
      snippetCells: [...document.querySelectorAll('td')].map((td) => td.textContent?.trim()),
    }));
    expect(inReport.ran).toEqual([]);
    expect(inReport.scripts).toBe(0);
    expect(inReport.handlers).toEqual([]);
    expect(inReport.jsUrls).toBe(0);
    expect(inReport.snippetCells).toContain('<img src=x onerror="window.__xxgkEscaped=1">'); // the page's rows, as text
    await expect(reader.locator('table').first().isVisible()).resolves.toBe(true);
    await reader.close();

    // In the page, its own scripts and handlers ran exactly once each; ours never made them run.
    const counters = await page.evaluate(() => ({
      pageScript: (window as unknown as Record<string, unknown>).__xxgkPageScript,
      cellScript: (window as unknown as Record<string, unknown>).__xxgkCellScript,
      img: (window as unknown as Record<string, unknown>).__xxgkImg,
      escaped: (window as unknown as Record<string, unknown>).__xxgkEscaped,
      link: (window as unknown as Record<string, unknown>).__xxgkLink,
      click: (window as unknown as Record<string, unknown>).__xxgkClick,
    }));
    expect(counters).toEqual({ pageScript: 1, cellScript: 1, img: 1, escaped: undefined, link: undefined, click: undefined });
    const popupRan = await popup.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__xxgk')));
    expect(popupRan).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('the popup on pages that are not reports', () => {
  it('says "not a report" on a portal page where the detector stayed quiet, and "outside" off the portals', async () => {
    // A news page of a government site: the detector looked, found nothing and never listened;
    // the popup reads its verdict in the page's extension world.
    const news = await h.open('http://www.huzhu.gov.cn/not-report-news.html');
    await waitForDetector(news.page);
    const quiet = await h.popup(news.tabId);
    await quiet.waitForSelector('[data-testid="state"][data-state="not-report"]', { timeout: 10_000 });
    await quiet.close();
    // The same page outside the automatic hosts: no detector there, so not "reload" either.
    const outside = await h.open('http://www.huzhu.example.org/not-report-news.html');
    const other = await h.popup(outside.tabId);
    await other.waitForSelector('[data-testid="state"][data-state="outside"]', { timeout: 10_000 });
    await other.close();
    await news.page.close();
    await outside.page.close();
  });
});
