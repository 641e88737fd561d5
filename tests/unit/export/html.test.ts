// The readable HTML report: self-contained, script-free whatever the page put in its tables or
// title, and faithful to the findings.
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { REPORT_CSP, sanitizeSnippet, toHtmlReport } from '../../../lib/export';
import { AuditResultSchema } from '../../../lib/result/schema';
import { SNIPPETS, TITLE, XSS, purify, sampleInput, sampleResult } from './sample';

function dom(html: string): Document {
  return new JSDOM(html).window.document;
}

/** No script, no event handler, no javascript: anywhere, checked on the markup and on the DOM. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(img|svg|a|iframe|object|embed|link|base|form|input|meta http-equiv="refresh")\b/i);
  // Every "<" in text is escaped, so each "<" opens a real tag: none may carry a handler or a URL.
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/<[^>]*javascript:/i);
  expect(html).not.toMatch(/<[^>]*\s(src|href|srcset|action|formaction|xlink:href)\s*=/i);
  const doc = dom(html);
  expect(doc.querySelectorAll('script, img, svg, a, iframe, object, embed, link, base').length).toBe(0);
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.toLowerCase().startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
      expect(attr.value.toLowerCase()).not.toContain('javascript:');
    }
  }
}

function hostileInput() {
  const base = sampleResult();
  const payload = XSS.join('');
  const result = AuditResultSchema.parse({
    ...base,
    source: `https://example.gov.cn/"><script>alert(1)</script>`,
    report: { ...base.report, title: `${TITLE}${payload}`, agency: payload },
    findings: base.findings.map((f) => ({ ...f, message: `${f.message}${payload}` })),
  });
  const snippets = Object.fromEntries(base.findings.map((f) => [
    f.id, `<table><tr><td>单元格${f.id}</td><td>${payload}</td><td><a href="javascript:alert(1)">链接</a></td></tr></table>${payload}`,
  ]));
  return sampleInput({ result, snippets, pageTitle: payload });
}

describe('toHtmlReport', () => {
  it('is a self-contained document with charset, CSP, inline CSS and nothing fetched', () => {
    const html = toHtmlReport(sampleInput(), purify);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    const doc = dom(html);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe(REPORT_CSP);
    expect(doc.querySelector('style')?.textContent).toContain('@media print');
    expect(html).not.toMatch(/url\(|@import|<link/i);
    expectInert(html);
  });

  it('states the report and the run: title, agency, year, template, source, date, engine, counts', () => {
    const input = sampleInput();
    const doc = dom(toHtmlReport(input, purify));
    expect(doc.title).toBe(`${TITLE} - 审核结果`);
    expect(doc.querySelector('h1')?.textContent).toBe(TITLE);
    const facts = doc.querySelector('dl.facts')!.textContent!;
    for (const s of ['互助县教育局', '2021', '2021 版', input.result.source, '2026-11-23 08:00 UTC', '0.1.0', '2022-02-15']) {
      expect(facts).toContain(s);
    }
    const counts = Array.from(doc.querySelectorAll('table.counts tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent));
    // severity | fails | needs review | dismissed | total
    expect(counts).toEqual([
      ['错误', '2', '0', '1', '3'],
      ['警告', '1', '1', '0', '2'],
      ['提示', '0', '0', '0', '0'],
      ['合计', '3', '1', '1', '5'],
    ]);
    expect(doc.body.textContent).toContain('自动检查只能发现部分问题，不能代替人工阅读报告全文。');
  });

  it('groups failures by rule with errors first, review apart, dismissed apart with the reason', () => {
    const doc = dom(toHtmlReport(sampleInput(), purify));
    const rulesIn = (group: string) => Array.from(doc.querySelectorAll(`.group-${group} .rule-id`)).map((e) => e.textContent);
    expect(rulesIn('fail')).toEqual(['cell-negative', 't3-row-total', 'date-late']);
    expect(rulesIn('review')).toEqual(['t4-direct-total']);
    expect(rulesIn('dismissed')).toEqual(['t3-balance']);
    const dismissed = doc.querySelector('.group-dismissed #f-0a1b2c3d')!;
    expect(dismissed.textContent).toContain('忽略原因：不是问题（2026-11-24）');
    expect(doc.querySelector('.group-fail #f-0a1b2c3d')).toBeNull();
    const granted = doc.querySelector('#f-3f9c1a2b')!.textContent!;
    expect(granted).toContain('各类申请人之和为 272');
    expect(granted).toContain('应为 272');
    expect(granted).toContain('实际 空白');
    expect(granted).toContain('位置：表三（依申请公开）「（一）予以公开」行「总计」列');
    expect(granted).not.toContain('granted');
    // The keys stay machine-readable in data-* attributes.
    expect(doc.querySelector('#f-3f9c1a2b .keys')?.getAttribute('data-row')).toBe('granted');
    expect(doc.querySelector('.group-fail h3')?.textContent).toContain('出现负数');
    // No expected value is not a blank one: only the value written is shown.
    const negative = doc.querySelector('#f-9e8d7c6b .values')!.textContent!;
    expect(negative).toContain('实际 -7');
    expect(negative).not.toContain('应为');
    expect(doc.querySelector('#f-1234abcd .values')!.textContent).not.toContain('实际');
  });

  it('reproduces the snippet rows, stripped of every attribute but colspan and rowspan', () => {
    const doc = dom(toHtmlReport(sampleInput(), purify));
    const table = doc.querySelector('#f-3f9c1a2b .snippet table')!;
    expect(table.textContent).toContain('（一）予以公开');
    expect(table.textContent).toContain('258');
    const cells = Array.from(table.querySelectorAll('td'));
    expect(cells[0]!.getAttribute('colspan')).toBe('2');
    for (const el of [table, ...Array.from(table.querySelectorAll('*'))]) {
      for (const attr of Array.from(el.attributes)) expect(['colspan', 'rowspan']).toContain(attr.name);
    }
    expect(doc.querySelector('#f-0a1b2c3d .snippet td')?.getAttribute('rowspan')).toBe('2');
    // The review finding has no snippet: no empty figure.
    expect(doc.querySelector('#f-5a5b5c5d .snippet')).toBeNull();
  });

  it('stays inert when snippets, title, agency, source and messages carry script', () => {
    const input = hostileInput();
    for (const sanitize of [purify, (h: string) => sanitizeSnippet(purify, h)]) {
      const html = toHtmlReport(input, sanitize);
      expectInert(html);
      const doc = dom(html);
      // Hostile text is shown as text, never as markup.
      expect(doc.querySelector('h1')?.textContent).toContain('<script>alert(1)</script>');
      expect(doc.querySelector('#f-3f9c1a2b .message')?.textContent).toContain('<img src=x onerror=alert(1)>');
      // The snippet's own cell text survives sanitising.
      const snippet = doc.querySelector('#f-3f9c1a2b .snippet')!;
      expect(snippet.textContent).toContain('单元格3f9c1a2b');
      expect(snippet.textContent).toContain('链接');
      expect(snippet.textContent).not.toContain('alert(1)');
    }
  });

  it('renders English', () => {
    const doc = dom(toHtmlReport(sampleInput({ lang: 'en' }), purify));
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.title).toBe(`${TITLE} - audit results`);
    expect(doc.querySelector('.group-dismissed')?.textContent).toContain('Dismissed: Not a defect (2026-11-24)');
    expect(doc.querySelector('#f-3f9c1a2b .keys')?.textContent).toContain('Location: Table 3 (requests), row “（一）予以公开”, column “总计”');
    expect(doc.body.textContent).toContain('Automated checks find only some problems');
  });

  it('says so when the page is not a report', () => {
    const base = sampleResult();
    const result = AuditResultSchema.parse({ ...base, report: { ...base.report, isReport: false, title: null }, findings: [], checks: [], summary: { error: 0, warning: 0, info: 0 } });
    const doc = dom(toHtmlReport(sampleInput({ result, pageTitle: '首页 - 互助县人民政府' }), purify));
    expect(doc.querySelector('h1')?.textContent).toBe('首页 - 互助县人民政府');
    expect(doc.body.textContent).toContain('此页面不像政府信息公开工作年度报告');
    expect(doc.querySelector('.finding')).toBeNull();
  });
});

describe('sanitizeSnippet', () => {
  it('keeps table structure and text, drops scripts, handlers, links, images and styling', () => {
    for (const payload of XSS) {
      const out = sanitizeSnippet(purify, `<table><tr><td id="c" class="k" style="color:red" title="t">甲</td><td>${payload}</td></tr></table>`);
      expectInert(out);
      expect(out).toContain('<td>甲</td>');
      expect(out).not.toMatch(/id=|class=|style=|title=/);
    }
  });

  it('keeps bare rows as rows', () => {
    const out = sanitizeSnippet(purify, '<tr><td colspan="3">合计</td></tr>');
    expect(out).toMatch(/^<table>.*<tr><td colspan="3">合计<\/td><\/tr>.*<\/table>$/);
  });

  it('keeps only sane spans', () => {
    const out = sanitizeSnippet(purify, '<table><tr><td colspan="2x">a</td><td rowspan=" 3 ">b</td><td colspan="99999">c</td></tr></table>');
    const tds = Array.from(dom(out).querySelectorAll('td'));
    expect(tds.map((t) => [t.getAttribute('colspan'), t.getAttribute('rowspan')])).toEqual([[null, null], [null, '3'], [null, null]]);
  });

  it('leaves the DOMPurify instance as it found it', () => {
    const own = createDOMPurify(new JSDOM('').window);
    sanitizeSnippet(own, '<table><tr><td class="x">a</td></tr></table>');
    expect(own.sanitize('<p class="x">a</p>')).toBe('<p class="x">a</p>');
  });

  it('refuses a DOMPurify without a DOM, which would pass the page through unchanged', () => {
    const bare = createDOMPurify();
    expect(bare.isSupported).toBe(false);
    expect(() => sanitizeSnippet(bare, SNIPPETS['3f9c1a2b']!)).toThrow(/window/);
    expect(() => toHtmlReport(sampleInput(), bare)).toThrow();
  });
});
