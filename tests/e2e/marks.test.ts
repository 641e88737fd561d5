// On every fixture page served under a government host name, the cells the extension marks are
// exactly the cells of the findings the engine reports for the same file; a page that is not a
// report is left untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage as audit } from '../../lib/sources/html/page-audit';
import { fixtureNames, loadDocument, loadExpected } from '../support/fixtures';
import { elementsWithoutTheirBox, launch, markedCells, waitForAudit, waitForDetector } from './support/browser';
import type { Harness } from './support/browser';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** What the engine (as the command line runs it) says about a fixture: cells per finding id. */
function expectedMarks(name: string) {
  const { result, locations } = audit(loadDocument(name), { source: name, now: new Date() });
  const ids: Record<string, number> = {};
  const placed: string[] = [];
  for (const f of result.findings) {
    const loc = locations.get(f.id)!;
    // A finding about words of the prose marks their line's element too.
    const els = new Set([...loc.cells.map((c) => c.el), ...(loc.words ? [loc.words.el] : [])]);
    if (els.size > 0) ids[f.id] = els.size;
    if (els.size > 0 || loc.anchor) placed.push(f.id);
  }
  return { result, ids, placed: placed.sort() };
}

describe.each(fixtureNames().filter((n) => loadExpected(n).report.isReport !== false))('report page %s', (name) => {
  it('marks exactly the cells of the findings, with the highest severity on each', async () => {
    const { page } = await h.open(`http://www.example.gov.cn/${name}.html`);
    const expected = expectedMarks(name);
    if (Object.keys(expected.ids).length > 0) await waitForAudit(page);
    else await waitForAudit(page, { expectMarks: false });
    const marked = await markedCells(page);
    expect(marked.ids).toEqual(expected.ids);
    for (const s of marked.severities) expect(['error', 'warning', 'info']).toContain(s);
    // Every placed finding is on the page: its cells and anchors carry its id (boxes are drawn as
    // they come near the viewport), and markers of missing parts are always drawn.
    const drawnIds = await page.evaluate(() => {
      const ids: string[] = [];
      for (const el of document.querySelectorAll('[data-xxgk-finding], [data-xxgk-anchor]')) {
        for (const a of ['data-xxgk-finding', 'data-xxgk-anchor']) ids.push(...(el.getAttribute(a) ?? '').split(' ').filter(Boolean));
      }
      const root = document.querySelector('div[data-xxgk-ui]')?.shadowRoot;
      for (const b of root?.querySelectorAll<HTMLElement>('.xxgk-missing') ?? []) ids.push(...b.dataset.ids!.split(' '));
      return ids;
    });
    expect([...new Set(drawnIds)].sort()).toEqual(expected.placed);
    await page.close();
  });
});

describe.each(fixtureNames().filter((n) => loadExpected(n).report.isReport === false))('page that is not a report: %s', (name) => {
  it('is left untouched: no attribute, no node added', async () => {
    const { page } = await h.open(`http://www.example.gov.cn/${name}.html`);
    await waitForDetector(page); // it looked (and, for a candidate, the auditor decided)
    const state = await page.evaluate(async () => {
      const raw = await (await fetch(location.href)).text();
      const fresh = new DOMParser().parseFromString(raw, 'text/html');
      const attrs = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('data-xxgk'));
      return {
        host: !!document.querySelector('div[data-xxgk-ui]'),
        attrs,
        nodes: document.getElementsByTagName('*').length,
        freshNodes: fresh.getElementsByTagName('*').length,
      };
    });
    expect(state.host).toBe(false);
    expect(state.attrs).toEqual([]);
    expect(state.nodes).toBe(state.freshNodes);
    await page.close();
  });
});

describe('a portal that loads its report by script, after the page has loaded', () => {
  it('is looked at again when the report arrives, and marked', async () => {
    // A shell page (the portal's frame) that is no report; the report comes in when the page's
    // own script puts it there (here: when asked, so it is surely after the detector's first look).
    const { page } = await h.open('http://www.example.gov.cn/not-report-news.html');
    const first = await waitForDetector(page);
    expect(first.candidate).toBe(false);
    await page.evaluate(async () => {
      const raw = await (await fetch('/defect-arith-2021.html')).text();
      const report = new DOMParser().parseFromString(raw, 'text/html');
      document.title = report.title;
      document.body.replaceChildren(...[...report.body.childNodes].map((n) => document.importNode(n, true)));
    });
    await waitForAudit(page);
    expect(Object.keys((await markedCells(page)).ids).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('marks when the page lays itself out again', () => {
  it('move with their cells when the window is resized and when the page grows above them', async () => {
    const { page } = await h.open('http://www.example.gov.cn/defect-arith-2021.html');
    await waitForAudit(page);
    await page.evaluate(() => document.querySelector('[data-xxgk-finding]')!.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior }));
    await expect.poll(() => page.evaluate(elementsWithoutTheirBox, '[data-xxgk-finding]'), { timeout: 3000 }).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('[data-xxgk-finding]').length)).toBeGreaterThan(3);
    const before = await page.evaluate(() => document.querySelector('[data-xxgk-finding]')!.getBoundingClientRect().left);
    // Narrower window: the table reflows, the cells move; the boxes follow with no rescan.
    await page.setViewportSize({ width: 700, height: 900 });
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-xxgk-finding]')!.getBoundingClientRect().left)).not.toBe(before);
    await expect.poll(() => page.evaluate(elementsWithoutTheirBox, '[data-xxgk-finding]'), { timeout: 3000 }).toEqual([]);
    // Content inserted above the report by the page: the cells move down; the boxes follow.
    await page.evaluate(() => {
      const tall = document.createElement('div');
      tall.style.height = '333px';
      document.body.prepend(tall);
    });
    await expect.poll(() => page.evaluate(elementsWithoutTheirBox, '[data-xxgk-finding]'), { timeout: 3000 }).toEqual([]);
    await page.close();
  });
});
