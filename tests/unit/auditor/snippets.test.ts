// The HTML report's excerpt of a finding (components/auditor/snippets.ts): the table's column
// headings, every row the finding names in page order, the cells involved marked by their role,
// and nothing of the page's that could run; read on a fixture table with jsdom.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { allSnippets, rowsSnippet } from '../../../components/auditor/snippets';
import { sanitizeSnippet, toHtmlReport } from '../../../lib/export';
import type { FindingLocation } from '../../../lib/sources/html/page-audit';
import { auditPage } from '../../../lib/sources/html/page-audit';
import { FIXTURE_NOW, documentFromHtml, loadDocument } from '../../support/fixtures';
import { purify } from '../export/sample';

const NAME = 'defect-arith-2021';
const doc = loadDocument(NAME);
const { result, locations } = auditPage(doc, { source: `${NAME}.html`, now: FIXTURE_NOW });

function findingOf(rule: string) {
  const f = result.findings.find((x) => x.rule === rule);
  if (!f) throw new Error(`${NAME} has no ${rule} finding`);
  return { f, loc: locations.get(f.id)! };
}

/** The snippet as the report shows it: sanitised, then parsed. */
function shown(html: string): Element {
  return new JSDOM(`<body>${sanitizeSnippet(purify, html)}</body>`).window.document.body;
}

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, '');

describe('the excerpt of a column total (t3-results-total)', () => {
  const { loc } = findingOf('t3-results-total');
  const html = rowsSnippet(loc)!;
  const body = shown(html);
  const rows = [...body.querySelectorAll('tr')];

  it('starts with the table\'s column headings', () => {
    expect(squash(rows[0]!.textContent)).toContain('申请人情况');
    expect(rows.slice(0, 4).map((r) => squash(r.textContent)).join('')).toContain('自然人');
    expect(rows.slice(0, 4).map((r) => squash(r.textContent)).join('')).toContain('总计');
  });

  it('keeps every row the finding names, in page order, the (七)总计 row included', () => {
    const named = new Set(loc.cells.map((c) => c.el.closest('tr')!));
    const table = loc.cells[0]!.el.closest('table')!;
    const pageRows = [...table.querySelectorAll('tr')].filter((tr) => named.has(tr)).map((tr) => squash(tr.textContent).slice(-8));
    expect(named.size).toBeGreaterThan(20);
    const marked = rows.filter((r) => r.querySelector('[data-involved]'));
    expect(marked).toHaveLength(named.size);
    expect(marked.map((r) => squash(r.textContent).slice(-8))).toEqual(pageRows);
    expect(squash(marked.at(-1)!.textContent)).toContain('总计');
  });

  it('marks the total and the parts, distinctly, through the sanitiser', () => {
    expect(body.querySelectorAll('[data-involved="total"]')).toHaveLength(loc.cells.filter((c) => c.role === 'total').length);
    expect(body.querySelectorAll('[data-involved="part"]')).toHaveLength(loc.cells.filter((c) => c.role === 'part').length);
    const total = loc.cells.find((c) => c.role === 'total')!;
    expect(squash(body.querySelector('[data-involved="total"]')!.textContent)).toBe(squash(total.el.textContent));
  });

  it('is not cut: no 「…」 line', () => {
    expect(rows.at(-1)!.textContent).not.toBe('…');
  });
});

describe('the excerpt of a row total (t3-row-total)', () => {
  it('has the headings and the one row, its total marked', () => {
    const { loc } = findingOf('t3-row-total');
    const body = shown(rowsSnippet(loc)!);
    const rows = [...body.querySelectorAll('tr')];
    expect(rows.filter((r) => r.querySelector('[data-involved]'))).toHaveLength(1);
    expect(rows.length).toBeGreaterThan(1);
    expect(squash(rows[0]!.textContent)).toContain('申请人情况');
    expect(body.querySelectorAll('[data-involved="total"]')).toHaveLength(1);
  });
});

describe('the HTML report', () => {
  it('shows the excerpt with a legend of the marked cells and a style for each role', () => {
    const snippets = allSnippets(result.findings.map((f) => f.id), locations);
    const html = toHtmlReport({ result, dismissals: [], snippets, lang: 'zh' }, purify);
    const report = new JSDOM(html).window.document;
    const { f } = findingOf('t3-results-total');
    const figure = report.querySelector(`#f-${f.id} .snippet`)!;
    expect(figure.querySelector('figcaption')!.textContent).toContain('合计单元格');
    expect(figure.querySelector('figcaption')!.textContent).toContain('相加的单元格');
    expect(figure.querySelectorAll('table [data-involved="total"]')).toHaveLength(1);
    const css = report.querySelector('style')!.textContent!;
    expect(css).toMatch(/\[data-involved="total"\][^{]*\{[^}]*#c62828/);
    expect(css).toMatch(/\[data-involved="part"\][^{]*\{[^}]*dashed/);
  });
});

/** A table of `n` data rows under one heading row, a finding on every row's second cell. */
function bigTable(n: number, cellText: (i: number) => string) {
  const rows = Array.from({ length: n }, (_, i) => `<tr><td>行${i}</td><td>${cellText(i)}</td></tr>`).join('');
  const page = documentFromHtml(`<table><tr><th>项目</th><th>数量</th></tr>${rows}</table>`);
  const cells = [...page.querySelectorAll('tr')].slice(1).map((tr) => ({ el: tr.children[1]!, role: 'part' as const }));
  return { page, loc: { cells, anchor: null, primary: cells[0]!.el, words: null } satisfies FindingLocation };
}

describe('a huge excerpt', () => {
  it('keeps its first rows and ends with a 「…」 line', () => {
    const { loc } = bigTable(1200, (i) => `${i}${'9'.repeat(40)}`);
    const body = shown(rowsSnippet(loc)!);
    const rows = [...body.querySelectorAll('tr')];
    expect(rows.length).toBeLessThan(1200);
    expect(rows.length).toBeGreaterThan(100);
    expect(squash(rows[0]!.textContent)).toBe('项目数量');
    expect(squash(rows[1]!.textContent)).toBe(`行00${'9'.repeat(40)}`);
    expect(rows.at(-1)!.textContent).toBe('…');
    expect(rows.at(-1)!.querySelector('td')!.getAttribute('colspan')).toBe('2');
  });

  it('of a few hundred rows is kept whole', () => {
    const { loc } = bigTable(300, (i) => String(i));
    const rows = [...shown(rowsSnippet(loc)!).querySelectorAll('tr')];
    expect(rows).toHaveLength(301);
    expect(rows.at(-1)!.textContent).toBe('行299299');
  });
});

describe('rows and spans', () => {
  it('gives a label spanning left-out rows to the first row kept, its rowspan counted in kept rows', () => {
    const page = documentFromHtml(`<table>
      <tr><th>类别</th><th>项目</th><th>数量</th></tr>
      <tr><td rowspan="4">（三）不予公开</td><td>1.属于国家秘密</td><td>1</td></tr>
      <tr><td>2.其他法律行政法规禁止公开</td><td>2</td></tr>
      <tr><td>3.危及“三安全一稳定”</td><td>3</td></tr>
      <tr><td>4.保护第三方合法权益</td><td>4</td></tr>
    </table>`);
    const trs = [...page.querySelectorAll('tr')];
    const loc: FindingLocation = {
      cells: [{ el: trs[2]!.children[1]!, role: 'part' }, { el: trs[4]!.children[1]!, role: 'total' }], anchor: null, primary: null, words: null,
    };
    const body = shown(rowsSnippet(loc)!);
    const rows = [...body.querySelectorAll('tr')];
    expect(rows.map((r) => [...r.children].map((c) => squash(c.textContent)))).toEqual([
      ['类别', '项目', '数量'],
      ['（三）不予公开', '2.其他法律行政法规禁止公开', '2'],
      ['4.保护第三方合法权益', '4'],
    ]);
    expect(rows[1]!.children[0]!.getAttribute('rowspan')).toBe('2');
    expect(rows[2]!.children[1]!.getAttribute('data-involved')).toBe('total');
  });
});

describe('what the page could smuggle in', () => {
  it('keeps no script, handler, image, attribute or involved mark of the page\'s', () => {
    const page = documentFromHtml(`<table>
      <tr><th onclick="alert(1)" class="h" data-involved="total">项目</th><th>数量</th></tr>
      <tr><td style="color:red" data-involved="total">甲</td><td id="x" onmouseover="alert(2)">1<img src="http://evil.example/x.png" onerror="alert(3)"><script>alert(4)</script></td></tr>
    </table>`);
    const trs = [...page.querySelectorAll('tr')];
    const loc: FindingLocation = { cells: [{ el: trs[1]!.children[1]!, role: 'value' }], anchor: null, primary: null, words: null };
    const html = rowsSnippet(loc)!;
    expect(html).not.toMatch(/onclick|onmouseover|onerror|style=|class=|id=|<img|<script/i);
    const body = shown(html);
    expect([...body.querySelectorAll('[data-involved]')].map((c) => [c.textContent, c.getAttribute('data-involved')])).toEqual([['1', 'value']]);
    expect(squash(body.querySelector('tr')!.textContent)).toBe('项目数量');
  });

  it('gives no involved mark through the sanitiser with a value that is not a role, or on a row', () => {
    const out = shown('<table><tr data-involved="total"><td data-involved="evil">a</td><td data-involved="part">b</td></tr></table>');
    expect([...out.querySelectorAll('[data-involved]')].map((el) => el.outerHTML)).toEqual(['<td data-involved="part">b</td>']);
  });
});
