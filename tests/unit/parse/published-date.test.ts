// The page's publication date as portals give it: a metadata table's 公开日期, a <publishtime>
// element, the article's 发布时间 line — never the portal's clock, a capture stamp or the time the
// page was generated (a real county department's page raised date-late from its header clock).
import { describe, expect, it } from 'vitest';
import { auditPage } from '../../../lib/sources/html/page-audit';
import { buildReportHtml } from '../../support/report-builder';
import { documentFromHtml, FIXTURE_NOW } from '../../support/fixtures';

const year = 2023;
/** A clean 2023 department report whose chrome is given, with no 发布日期 line of its own. */
function page(chrome: { header?: string; meta?: string; head?: string }): Document {
  let html = buildReportHtml({ year, published: null, signature: '2024年1月17日' });
  if (chrome.header) html = html.replace('<div class="nav">', `${chrome.header}\n  <div class="nav">`);
  if (chrome.meta) html = html.replace('<div class="meta">', `<div class="meta">${chrome.meta}`);
  if (chrome.head) html = html.replace('</head>', `${chrome.head}\n</head>`);
  return documentFromHtml(Buffer.from(html), 'http://www.example.gov.cn/xxgk/2024/nb.html');
}
const audit = (doc: Document) => auditPage(doc, { source: 'x', now: FIXTURE_NOW }).result;
const CLOCK = '<div class="top-bar"><span>日期：2025年12月30日 星期二</span></div>';
const METADATA = '<table class="xxgk-meta"><tr><td>索引号：</td><td>11230000/2024-00012</td><td>公开日期：</td><td>2024-01-17</td></tr>'
  + '<tr><td>发布机构：</td><td>宁安市生态环境局</td><td>公开方式：</td><td>主动公开</td></tr></table>';

describe('the publication date', () => {
  it('is never the portal clock (a date followed by 星期X)', () => {
    const r = audit(page({ header: CLOCK }));
    expect(r.report.publishedOn).toBeNull();
    expect(r.findings.map((f) => f.rule)).not.toContain('date-late');
  });

  it("is the metadata table's 公开日期, label and date in separate cells, before the clock", () => {
    const r = audit(page({ header: CLOCK, meta: METADATA }));
    expect(r.report.publishedOn).toBe('2024-01-17');
    expect(r.findings.map((f) => f.rule)).not.toContain('date-late');
  });

  it('is a <publishtime> element', () => {
    expect(audit(page({ header: CLOCK, meta: '<publishtime>2024-01-17</publishtime>' })).report.publishedOn).toBe('2024-01-17');
  });

  it('prefers the article 发布时间 line to a bare 日期', () => {
    const r = audit(page({ header: '<p>日期：2024-03-02</p>', meta: '<p>发布时间：2024-01-17 09:30</p>' }));
    expect(r.report.publishedOn).toBe('2024-01-17');
  });

  it('ignores a capture stamp and the page generation time', () => {
    const r = audit(page({ header: '<p>采集时间：2025-12-30</p><p>页面生成时间：2025-12-30 10:00</p>' }));
    expect(r.report.publishedOn).toBeNull();
  });

  it('still reads a late publication as late', () => {
    const r = audit(page({ meta: '<p>发布日期：2024-03-15</p>' }));
    expect(r.report.publishedOn).toBe('2024-03-15');
    expect(r.findings.map((f) => f.rule)).toContain('date-late');
  });
});
