// The side panel in real Chromium, on a fixture report: filter by severity, search, dismiss with a
// note, export the dismissals, clear them, import the file and see the dismissal back; and the
// keyboard command's message moving the page's focus through the findings in page order.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { auditPage as audit } from '../../lib/sources/html/page-audit';
import { loadDocument } from '../support/fixtures';
import { ARTIFACTS, launch, waitForAudit } from './support/browser';
import type { Harness } from './support/browser';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const NAME = 'seed-002-huzhu-2024';
const expected = audit(loadDocument(NAME), { source: 'x', now: new Date() }).result;

async function openPanel(tabId: number): Promise<Page> {
  const panel = await h.panel(tabId);
  await panel.waitForSelector('[data-testid="state"][data-state="report"]', { timeout: 15_000 });
  return panel;
}

const row = (panel: Page, id: string) => panel.locator(`[data-testid="finding"][data-finding-id="${id}"]`);
const shownIds = (panel: Page) => panel.$$eval('[data-testid="finding"]', (els) => els.map((e) => e.getAttribute('data-finding-id')!));

/** The finding whose card is open on the page, once it is in view. */
async function cardFinding(page: Page, not: string | null): Promise<string> {
  const handle = await page.waitForFunction((prev) => {
    const root = document.querySelector('div[data-xxgk-ui]')?.shadowRoot;
    const id = root?.querySelector('.xxgk-card')?.getAttribute('data-finding-id');
    if (!id || id === prev) return null;
    const el = document.querySelector(`[data-xxgk-finding~="${id}"]`);
    if (el) {
      const r = el.getBoundingClientRect();
      if (r.bottom < 0 || r.top > innerHeight) return null;
    }
    return id;
  }, not, { timeout: 5000 });
  return (await handle.jsonValue()) as string;
}

describe('the side panel', () => {
  it('filters, searches, dismisses with a note, exports, clears and imports the dismissals', async () => {
    const { page, tabId } = await h.open(`http://www.huzhu.gov.cn/${NAME}.html`);
    await waitForAudit(page);
    const panel = await openPanel(tabId);
    expect(await shownIds(panel)).toHaveLength(expected.findings.length);
    // The exports sit above the list.
    const [exportsTop, listTop] = await Promise.all([
      panel.getByTestId('export-csv').boundingBox(), panel.locator('[data-testid="group"]').first().boundingBox(),
    ]);
    expect(exportsTop!.y).toBeLessThan(listTop!.y);
    // For a person to look at: the panel at a side panel's width.
    mkdirSync(join(ARTIFACTS, 'e2e'), { recursive: true });
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.screenshot({ path: join(ARTIFACTS, 'e2e', 'seed-002-sidepanel.png') });

    // Warnings only.
    await panel.getByTestId('filter-error').uncheck();
    await panel.getByTestId('filter-info').uncheck();
    const warnings = expected.findings.filter((f) => f.severity === 'warning');
    await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="finding"]').length === n, warnings.length);
    expect(new Set(await panel.$$eval('[data-testid="finding"]', (els) => els.map((e) => e.getAttribute('data-severity'))))).toEqual(new Set(['warning']));

    // Search for one of them by its message.
    const target = warnings.find((f) => f.rule === 'cell-malformed-number')!;
    await panel.getByTestId('search').fill(target.message);
    await expect.poll(async () => ({ ids: await shownIds(panel), query: await panel.getByTestId('search').inputValue() }), { timeout: 10_000 })
      .toEqual({ ids: [target.id], query: target.message });
    await panel.getByTestId('search').fill('没有这样的说明');
    await panel.getByTestId('no-match').waitFor();
    await panel.getByTestId('search').fill(target.message);

    // Dismiss it with a note.
    const note = '已与县教育局核实：原表如此 <b>不是</b>录入错误';
    await row(panel, target.id).getByTestId('dismiss').click();
    await row(panel, target.id).getByTestId('dismiss-reason').selectOption('follow-up');
    await row(panel, target.id).getByTestId('dismiss-note').fill(note);
    await row(panel, target.id).getByTestId('dismiss-confirm').click();
    await panel.locator(`[data-testid="finding"][data-finding-id="${target.id}"][data-status="dismissed"]`).waitFor();
    await expect(row(panel, target.id).locator('.dismissal-reason').textContent()).resolves.toContain(note);
    expect(await panel.locator('b').count()).toBe(0); // the note is text
    // Boxes are drawn near the viewport: bring the cell into view, then see it drawn as dismissed.
    await page.evaluate((id) => document.querySelector(`[data-xxgk-finding~="${id}"]`)!.scrollIntoView({ block: 'center' }), target.id);
    await page.waitForFunction((id) => {
      const root = document.querySelector('div[data-xxgk-ui]')?.shadowRoot;
      return !!root && [...root.querySelectorAll<HTMLElement>('.xxgk-box.is-dismissed')].some((b) => b.dataset.ids === id);
    }, target.id);

    // Export the page's dismissals.
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-dismissals').click()]);
    expect(download.suggestedFilename()).toMatch(/-忽略记录\.json$/);
    const path = (await download.path())!;
    const file = JSON.parse(readFileSync(path, 'utf8')) as { kind: string; version: number; page: string; dismissals: { findingId: string; reason: string; note?: string }[] };
    expect(file).toMatchObject({ kind: 'xxgk-dismissals', version: 1, page: `http://www.huzhu.gov.cn/${NAME}.html` });
    expect(file.dismissals.map((d) => ({ id: d.findingId, reason: d.reason, note: d.note }))).toEqual([{ id: target.id, reason: 'follow-up', note }]);

    // Clear it, then import the file: the dismissal is back, note and all.
    await row(panel, target.id).getByTestId('restore').click();
    await panel.locator(`[data-testid="finding"][data-finding-id="${target.id}"][data-status="fail"]`).waitFor();
    await panel.getByTestId('import-dismissals').setInputFiles(path);
    await panel.locator(`[data-testid="finding"][data-finding-id="${target.id}"][data-status="dismissed"]`).waitFor();
    await expect(row(panel, target.id).locator('.dismissal-reason').textContent()).resolves.toContain(note);
    await panel.waitForFunction(() => document.querySelector('[data-testid="notice"]')!.textContent!.includes('已导入 1 项；0 项不属于本页'));

    // A malformed file changes nothing and says why.
    await panel.getByTestId('import-dismissals').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"other"}') });
    await panel.waitForFunction(() => document.querySelector('[data-testid="notice"]')!.textContent!.includes('无法导入'));
    expect(await row(panel, target.id).getAttribute('data-status')).toBe('dismissed');
    await panel.close();
    await page.close();
  });

  it('steps the page through the findings in page order with the command\'s message', async () => {
    const { page, tabId } = await h.open(`http://www.huzhu.gov.cn/${NAME}.html`);
    await waitForAudit(page);
    // What the background sends on Alt+Shift+J / Alt+Shift+K (components/background/commands.ts).
    const step = (delta: 1 | -1) => h.worker.evaluate(({ id, d }) => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: unknown, o: { frameId: number }): Promise<unknown> } } }).chrome;
      return chrome.tabs.sendMessage(id, { type: 'step-finding', delta: d }, { frameId: 0 });
    }, { id: tabId, d: delta });
    await expect(step(1)).resolves.toEqual({ ok: true });
    const first = await cardFinding(page, null);
    await expect(step(1)).resolves.toEqual({ ok: true });
    const second = await cardFinding(page, first);
    expect(second).not.toBe(first);
    // In page order: the second one's cell does not come before the first one's.
    const order = await page.evaluate(([a, b]) => {
      const ea = document.querySelector(`[data-xxgk-finding~="${a}"]`);
      const eb = document.querySelector(`[data-xxgk-finding~="${b}"]`);
      return ea && eb ? ea.compareDocumentPosition(eb) : null;
    }, [first, second]);
    if (order !== null && order !== 0) expect(order & Node.DOCUMENT_POSITION_PRECEDING).toBe(0);
    await expect(step(-1)).resolves.toEqual({ ok: true });
    expect(await cardFinding(page, second)).toBe(first);
    await page.close();
  });
});
