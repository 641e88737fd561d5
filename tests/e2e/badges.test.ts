// What the auditor sees on a real page (issue 10): one badge per finding, at the cell holding the
// defect; no character of a table cell under a clickable part of our UI; every finding reachable
// from the popup's message and from the card's Next, findings with no place in the pinned notice;
// the card off the cells it names; Escape closes it and gives the focus back to the badge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, waitForAudit } from './support/browser';
import type { Harness } from './support/browser';
import { hostileRoute } from './support/hostile-pages';
import { inView } from './support/in-page';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';

/** /tight/NAME: the fixture page NAME with every margin and padding gone and lines packed tight,
 *  so the places just above and below a missing part's element hold text. */
const TIGHT = '<style>*{margin:0!important;padding:0!important;line-height:1.05!important}</style>';
function tightRoute(req: IncomingMessage, res: ServerResponse): boolean {
  const m = /^\/tight\/([\w-]+\.html)$/.exec(req.url ?? '');
  if (!m) return false;
  const html = readFileSync(fileURLToPath(new URL(`../fixtures/pages/${m[1]}`, import.meta.url)), 'utf8');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html.replace(/<\/head>/i, `${TIGHT}</head>`));
  return true;
}

let h: Harness;
beforeAll(async () => {
  h = await launch({ routes: [hostileRoute(), tightRoute] });
});
afterAll(async () => {
  await h?.close();
});

const PAGES = [
  'http://www.example.gov.cn/portal-01-shanghai-blank-zero-2019.html',
  'http://www.example.gov.cn/defect-arith-2021.html',
  'http://www.example.gov.cn/hostile/narrow-cells-2021.html',
  'http://www.example.gov.cn/text-count-percent-mismatch-2021.html',
];

type Sweep = { badges: Record<string, string[]>; distinct: number; covered: string[]; maxPerFinding: number; flags: number; flagsMeet: string[] };

/** Scrolls the page top to bottom a viewport at a time; at each stop (after our overlay drew its
 *  frame) records every badge with the findings it names and its place in the document, every
 *  character of the page's text in view (cells, headings, paragraphs) whose centre hits our host
 *  instead of the page, and the flags of missing parts that overlap each other. Runs in the page. */
async function sweep(page: Page): Promise<Sweep> {
  return page.evaluate(async () => {
    const host = document.querySelector('div[data-xxgk-ui]')!;
    const root = host.shadowRoot!;
    const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    const badges: Record<string, Set<string>> = {};
    const places = new Set<string>();
    const covered: string[] = [];
    let maxPerFinding = 0;
    let flags = 0;
    const flagsMeet: string[] = [];
    const range = document.createRange();
    for (let y = 0; ; y += innerHeight / 2) {
      scrollTo(0, y);
      await frames();
      const perFinding: Record<string, number> = {};
      for (const b of root.querySelectorAll<HTMLElement>('[data-xxgk-badge]')) {
        const r = b.getBoundingClientRect();
        if (r.width === 0) continue;
        const key = `${Math.round(r.left + scrollX)},${Math.round(r.top + scrollY)}`;
        places.add(key);
        for (const id of b.getAttribute('data-xxgk-badge')!.split(' ')) {
          (badges[id] ??= new Set()).add(key);
          perFinding[id] = (perFinding[id] ?? 0) + 1;
        }
      }
      maxPerFinding = Math.max(maxPerFinding, ...Object.values(perFinding), 0);
      const flagRects = [...root.querySelectorAll('.xxgk-flag')].map((f) => f.getBoundingClientRect()).filter((r) => r.width > 0);
      flags = Math.max(flags, flagRects.length);
      flagRects.forEach((a, i) => flagRects.slice(i + 1).forEach((b) => {
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) flagsMeet.push(`${Math.round(a.left)},${Math.round(a.top + scrollY)} / ${Math.round(b.left)},${Math.round(b.top + scrollY)}`);
      }));
      {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.nodeValue ?? '';
          for (let i = 0; i < text.length; i++) {
            if (!text[i]!.trim()) continue;
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            const q = range.getBoundingClientRect();
            if (q.width === 0 || q.height === 0) continue;
            const x = q.left + q.width / 2;
            const cy = q.top + q.height / 2;
            if (x < 0 || cy < 0 || x >= innerWidth || cy >= innerHeight) continue;
            const hit = document.elementFromPoint(x, cy);
            if (hit === host) {
              const ours = root.elementFromPoint(x, cy);
              covered.push(`「${text[i]}」 of 「${text.trim().slice(0, 12)}」 at ${Math.round(x)},${Math.round(cy + scrollY)} under ${ours?.tagName ?? '?'}.${ours?.className ?? ''}`);
            }
          }
        }
      }
      if (y + innerHeight >= document.documentElement.scrollHeight) break;
    }
    scrollTo(0, 0);
    return {
      badges: Object.fromEntries(Object.entries(badges).map(([id, s]) => [id, [...s]])),
      distinct: places.size, covered: [...new Set(covered)], maxPerFinding, flags, flagsMeet: [...new Set(flagsMeet)],
    };
  });
}

/** The ids on the page's marked cells. */
const markedIds = (page: Page) => page.evaluate(() => [...new Set([...document.querySelectorAll('[data-xxgk-finding]')].flatMap((el) => el.getAttribute('data-xxgk-finding')!.split(' ')))]);

/** The open card's rectangle overlaps one of the cells of its finding (a list of those it covers). */
function cardCovers(id: string): string[] {
  const card = document.querySelector('div[data-xxgk-ui]')!.shadowRoot!.querySelector('.xxgk-card')!.getBoundingClientRect();
  const out: string[] = [];
  for (const el of document.querySelectorAll('[data-xxgk-finding]')) {
    if (!el.getAttribute('data-xxgk-finding')!.split(' ').includes(id)) continue;
    const r = el.getBoundingClientRect();
    if (r.left < card.right && r.right > card.left && r.top < card.bottom && r.bottom > card.top) out.push(`${el.tagName} ${el.textContent!.trim().slice(0, 10)}`);
  }
  return out;
}

async function pageMessage(tabId: number, msg: unknown): Promise<unknown> {
  return h.worker.evaluate(({ id, m }) => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: unknown, o: { frameId: number }): Promise<unknown> } } }).chrome;
    return chrome.tabs.sendMessage(id, m, { frameId: 0 });
  }, { id: tabId, m: msg });
}

const cardId = (page: Page) => page.evaluate(() => document.querySelector('div[data-xxgk-ui]')?.shadowRoot?.querySelector<HTMLElement>('.xxgk-card')?.dataset.findingId ?? null);

describe.each(PAGES)('on %s', (url) => {
  it('gives every finding on cells exactly one badge, and no character of the page\'s text lies under our UI', async () => {
    const { page, tabId } = await h.open(url);
    await waitForAudit(page);
    await page.waitForFunction(() => !!document.querySelector('div[data-xxgk-ui]')?.shadowRoot?.querySelector('[data-xxgk-badge]'));
    const findings = ((await pageMessage(tabId, { type: 'get-state' })) as { result: { findings: unknown[] } }).result.findings.length;
    const ids = await markedIds(page);
    expect(ids.length).toBeGreaterThan(0);
    const s = await sweep(page);
    for (const id of ids) expect(s.badges[id], `badges of ${id}`).toHaveLength(1);
    expect(s.maxPerFinding).toBe(1);
    // No more badges than findings (the pinned notice's items included).
    expect(s.distinct).toBeLessThanOrEqual(findings);
    const state = await page.evaluate(() => document.querySelectorAll('[data-xxgk-finding]').length);
    expect(state).toBeGreaterThan(0);
    if (process.env.XXGK_BADGE_REPORT) console.log(`${url}: ${findings} findings, ${ids.length} on cells, ${state} cells marked, ${s.distinct} badges`);
    expect(s.covered).toEqual([]);
    expect(s.flagsMeet).toEqual([]);
    await page.close();
  });

  it('reaches every finding from the popup\'s message and from the card\'s Next, the card off its cells', async () => {
    const { page, tabId } = await h.open(url);
    await waitForAudit(page);
    const state = (await pageMessage(tabId, { type: 'get-state' })) as { result: { findings: { id: string }[] } };
    const all = state.result.findings.map((f) => f.id);
    expect(all.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelectorAll('[data-xxgk-finding]').length)).toBeGreaterThan(0);
    for (const id of all) {
      await expect(pageMessage(tabId, { type: 'focus-finding', id })).resolves.toEqual({ ok: true });
      await expect.poll(() => cardId(page)).toBe(id);
      expect(await page.evaluate(inView, id), `${id} in view`).toBe(true);
    }
    // The card's Next walks them all, in page order, and comes back to the first.
    const seen = new Set<string>();
    await pageMessage(tabId, { type: 'focus-finding', id: all[0]! });
    let current = await cardId(page);
    for (let i = 0; i < all.length; i++) {
      seen.add(current!);
      expect(await page.evaluate(inView, current!), `${current} in view`).toBe(true);
      expect(await page.evaluate(cardCovers, current!), `card over the cells of ${current}`).toEqual([]);
      const before = current;
      await page.locator('div[data-xxgk-ui] .xxgk-card [data-action="next"]').click();
      if (all.length > 1) await expect.poll(() => cardId(page)).not.toBe(before);
      current = await cardId(page);
    }
    expect([...seen].sort()).toEqual([...all].sort());
    await page.close();
  });
});

describe.each([
  'http://www.example.gov.cn/defect-structure-2021.html',
  'http://www.example.gov.cn/tight/defect-structure-2021.html',
])('the flags of missing parts on %s', (url) => {
  it('are drawn for a missing section, table and row, each off all text and off each other', async () => {
    const { page } = await h.open(url);
    await waitForAudit(page);
    await page.waitForFunction(() => (document.querySelector('div[data-xxgk-ui]')?.shadowRoot?.querySelectorAll('.xxgk-flag').length ?? 0) > 0);
    const s = await sweep(page);
    expect(s.flags).toBeGreaterThanOrEqual(2);
    expect(s.flagsMeet).toEqual([]);
    expect(s.covered).toEqual([]);
    // Our flags do not widen the page: its scroll width is the same with our UI and without it.
    const widths = await page.evaluate(() => {
      const host = document.querySelector('div[data-xxgk-ui]')!;
      const withUi = document.documentElement.scrollWidth;
      host.remove();
      const without = document.documentElement.scrollWidth;
      document.documentElement.append(host);
      return { withUi, without };
    });
    expect(widths.withUi).toBe(widths.without);
    await page.close();
  });
});

describe('the card', () => {
  it('closes on Escape and gives the focus back to its badge; copies on an http page', async () => {
    const { page } = await h.open(PAGES[2]!);
    await waitForAudit(page);
    const badge = page.locator('div[data-xxgk-ui] .xxgk-badge').first();
    await badge.scrollIntoViewIfNeeded();
    const ids = (await badge.getAttribute('data-xxgk-badge'))!.split(' ');
    // Hovering the badge shows its finding in full: its parts are lit.
    await badge.hover();
    await page.waitForFunction((id) => [...document.querySelector('div[data-xxgk-ui]')!.shadowRoot!.querySelectorAll<HTMLElement>('.xxgk-box.is-lit')].some((b) => b.dataset.ids!.split(' ').includes(id)), ids[0]!);
    await badge.click();
    await expect.poll(() => cardId(page)).toBe(ids[0]);
    // The title is the rule's title, not its id; no line 规则: rule-id.
    expect(await page.locator('div[data-xxgk-ui] .xxgk-card').textContent()).not.toMatch(/规则:/);
    await page.locator('div[data-xxgk-ui] .xxgk-card [data-action="copy"]').click();
    await page.waitForFunction(() => !!document.querySelector('div[data-xxgk-ui]')!.shadowRoot!.querySelector('.xxgk-card [data-copy]'));
    expect(await page.evaluate(() => typeof navigator.clipboard)).toBe('undefined');
    expect(await page.locator('div[data-xxgk-ui] .xxgk-card [data-copy]').getAttribute('data-copy')).toBe('yes');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardId(page)).toBeNull();
    const focused = await page.evaluate(() => document.querySelector('div[data-xxgk-ui]')!.shadowRoot!.activeElement?.getAttribute('data-xxgk-badge') ?? null);
    expect(focused?.split(' ')).toContain(ids[0]);
    await page.close();
  });

  it('pins the findings with no place on the page in a notice at the top, and opens them from it', async () => {
    const { page } = await h.open(PAGES[2]!);
    await waitForAudit(page);
    const pin = page.locator('div[data-xxgk-ui] .xxgk-pinned [data-xxgk-badge]').first();
    await pin.waitFor();
    const id = await pin.getAttribute('data-xxgk-badge');
    await pin.click();
    await expect.poll(() => cardId(page)).toBe(id);
    await page.close();
  });
});

describe('a number the prose states wrong', () => {
  it('is boxed in its sentence, its badge beside the line off the text, the card quoting the sentence', async () => {
    const { page, tabId } = await h.open(PAGES[3]!);
    await waitForAudit(page);
    const state = (await pageMessage(tabId, { type: 'get-state' })) as { result: { findings: { id: string; rule: string }[] } };
    const id = state.result.findings.find((f) => f.rule === 'text-count-mismatch')!.id;
    const badge = page.locator(`div[data-xxgk-ui] [data-xxgk-badge~="${id}"]`);
    await badge.scrollIntoViewIfNeeded();
    const geometry = await page.evaluate((fid) => {
      const root = document.querySelector('div[data-xxgk-ui]')!.shadowRoot!;
      const line = [...document.querySelectorAll('[data-xxgk-finding]')].find((el) => el.getAttribute('data-xxgk-finding')!.split(' ').includes(fid) && !el.closest('table'))!;
      // The stated number's characters, as the page prints them.
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let number: DOMRect | null = null;
      const chars: DOMRect[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const v = n.nodeValue ?? '';
        for (let i = 0; i < v.length; i++) {
          if (!v[i]!.trim()) continue;
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          chars.push(range.getBoundingClientRect());
        }
        const at = v.indexOf('38');
        if (at >= 0 && !number) {
          range.setStart(n, at);
          range.setEnd(n, at + 2);
          number = range.getBoundingClientRect();
        }
      }
      const b = root.querySelector(`[data-xxgk-badge~="${fid}"]`)!.getBoundingClientRect();
      const box = [...root.querySelectorAll<HTMLElement>('.xxgk-box')].find((x) => x.dataset.ids!.split(' ').includes(fid) && x.querySelector('[data-xxgk-badge]'))!.getBoundingClientRect();
      const overlaps = (a: DOMRect, c: DOMRect) => a.left < c.right && a.right > c.left && a.top < c.bottom && a.bottom > c.top;
      return {
        boxAroundNumber: !!number && box.left <= number.left + 1 && box.right >= number.right - 1 && box.top <= number.top + 1 && box.bottom >= number.bottom - 1,
        boxWidth: box.width,
        lineWidth: line.getBoundingClientRect().width,
        badgeOnNumberLine: !!number && b.top < number.bottom && b.bottom > number.top,
        badgeOverText: chars.filter((c) => overlaps(c, b)).length,
      };
    }, id);
    expect(geometry.boxAroundNumber).toBe(true);
    expect(geometry.boxWidth).toBeLessThan(geometry.lineWidth / 4);
    expect(geometry.badgeOnNumberLine).toBe(true);
    expect(geometry.badgeOverText).toBe(0);
    await badge.click();
    await expect.poll(() => cardId(page)).toBe(id);
    expect(await page.locator('div[data-xxgk-ui] .xxgk-card .quote').textContent()).toContain('予以公开及部分公开38件');
    await page.close();
  });
});
