// The library of audited reports in real Chromium: last year's page audited first makes this
// year's page show the across-years finding (badge on the page, its card with both years' cells
// and a link to last year's report, item in the popup); before that
// the popup says which report it needs; the library page lists both, deletes one, and
// round-trips export → clear → import.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { auditPage } from '../../lib/sources/html/page-audit';
import { withPrevious } from '../../lib/years/with-previous';
import { documentFromHtml } from '../support/fixtures';
import { buildReportHtml } from '../support/report-builder';
import { lastYear2021 } from '../unit/rules/across-years-cases';
import { launch, waitForAudit } from './support/browser';
import type { Harness, Route } from './support/browser';

const THIS_URL = 'http://www.ningan.gov.cn/xxgk/2023.html';
const LAST_URL = 'http://www.ningan.gov.cn/xxgk/2022.html';
const THIS_HTML = buildReportHtml({});
const LAST_HTML = buildReportHtml(lastYear2021({ cells: { requests: { 'carried-out/business': '5' } } }));

const serve: Route = (req, res) => {
  const html = req.url === '/xxgk/2023.html' ? THIS_HTML : req.url === '/xxgk/2022.html' ? LAST_HTML : null;
  if (html === null) return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
  return true;
};

/** The finding the extension must raise, as the engine raises it from the same two pages. */
const expected = (() => {
  const last = auditPage(documentFromHtml(LAST_HTML, LAST_URL), { source: LAST_URL });
  const now = auditPage(documentFromHtml(THIS_HTML, THIS_URL), { source: THIS_URL });
  const compared = withPrevious(now, { model: last.model, source: LAST_URL }, { lang: 'zh' });
  return { agency: now.model.agency!, carry: compared.result.findings.filter((f) => f.rule === 'x-carry-over') };
})();

let h: Harness;
beforeAll(async () => {
  h = await launch({ routes: [serve] });
});
afterAll(async () => {
  await h?.close();
});

async function openPopup(tabId: number): Promise<Page> {
  const popup = await h.popup(tabId);
  await popup.waitForSelector('[data-testid="state"][data-state="report"], [data-testid="state"][data-state="clean"]', { timeout: 15_000 });
  return popup;
}

async function openLibrary(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/library.html`);
  await page.waitForSelector('[data-xxgk-library][aria-busy="false"]');
  return page;
}

const rows = (page: Page) => page.$$eval('[data-xxgk-source]', (els) => els.map((e) => e.getAttribute('data-xxgk-source')));

describe('the library of audited reports', () => {
  it('engine: the planted carry-over gives one x-carry-over finding', () => {
    expect(expected.carry).toHaveLength(1);
  });

  it('before last year is known, the popup says which report it needs', async () => {
    const { page, tabId } = await h.open(THIS_URL);
    await waitForAudit(page);
    const popup = await openPopup(tabId);
    const notice = popup.getByTestId('needs-previous');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain(`需要${expected.agency} 2022 年度报告：在本机打开它一次即可比对`);
    await expect(popup.locator('[data-testid="finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-finding-id'))))
      .resolves.not.toContain(expected.carry[0]!.id);
    await popup.close();
    await page.close();
  });

  it('after last year\'s page, this year\'s shows the x-carry-over badge and the popup lists it', async () => {
    const last = await h.open(LAST_URL);
    await waitForAudit(last.page);
    await last.page.close();
    const id = expected.carry[0]!.id;
    const { page, tabId } = await h.open(THIS_URL);
    await page.waitForFunction((fid) => {
      const root = document.querySelector('div[data-xxgk-ui]')?.shadowRoot;
      return !!root && [...root.querySelectorAll('[data-xxgk-badge]')].some((b) => (b.getAttribute('data-xxgk-badge') ?? '').split(' ').includes(fid));
    }, id, { timeout: 15_000 });
    // Its card: last year's cell beside this year's, and a link to last year's report.
    await page.locator(`[data-xxgk-badge~="${id}"]`).click();
    const years = page.locator(`.xxgk-card[data-finding-id="${id}"] [data-xxgk-years]`);
    await years.waitFor();
    await expect(years.locator('th').allTextContents()).resolves.toEqual(['2022 年度', '2023 年度（本报告）']);
    const [lastCell, nowCell] = await years.locator('tbody tr').first().locator('td').allTextContents();
    expect(lastCell).toContain('：5');
    expect(nowCell).toContain('上年结转');
    await expect(page.locator(`.xxgk-card[data-finding-id="${id}"] a.previous`).getAttribute('href')).resolves.toBe(LAST_URL);
    const popup = await openPopup(tabId);
    await popup.locator(`[data-testid="finding"][data-finding-id="${id}"]`).waitFor();
    await expect(popup.getByTestId('needs-previous').count()).resolves.toBe(0);
    await popup.close();
    await page.close();
  });

  it('lists both, deletes one, and round-trips export → clear → import', async () => {
    const lib = await openLibrary();
    await lib.waitForFunction(() => document.querySelectorAll('[data-xxgk-source]').length === 2);
    // Newest year first within the body.
    expect(await rows(lib)).toEqual([THIS_URL, LAST_URL]);
    // Both came in as pages the auditor opened.
    expect(await lib.$$eval('[data-via]', (els) => els.map((e) => `${e.getAttribute('data-via')} ${e.textContent}`)))
      .toEqual(['page 打开的网页', 'page 打开的网页']);
    const download = lib.waitForEvent('download');
    await lib.click('[data-action="export"]');
    const file = await (await download).path();
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ kind: 'xxgk-library', version: 2 });

    await lib.click(`[data-xxgk-source="${LAST_URL}"] [data-action="delete"]`);
    await lib.waitForFunction(() => document.querySelectorAll('[data-xxgk-source]').length === 1);
    expect(await rows(lib)).toEqual([THIS_URL]);

    await lib.click('[data-action="clear"]');
    await lib.click('[data-action="clear-confirm"]');
    await lib.getByTestId('empty').waitFor();

    // A bad file: a clear message, nothing changed.
    await lib.setInputFiles('[data-action="import"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"xxgk-library","version":1,"reports":[{"source":""}]}') });
    await lib.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent?.includes('报告库未做任何更改'));
    expect(await rows(lib)).toEqual([]);

    await lib.setInputFiles('[data-action="import"]', { name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await lib.waitForFunction(() => document.querySelectorAll('[data-xxgk-source]').length === 2);
    expect(await rows(lib)).toEqual([THIS_URL, LAST_URL]);
    await expect(lib.getByTestId('notice').textContent()).resolves.toContain('新增 2 份');
    await lib.close();
  });
});
