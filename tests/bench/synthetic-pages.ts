// Large pages for the browser benchmark and the stress tests, made from the fixture pages.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Resolves the same from tests/bench/ and from the bundle in dist/cli/ (both two levels down).
const PAGES = fileURLToPath(new URL('../../tests/fixtures/pages/', import.meta.url));
const read = (name: string) => readFileSync(`${PAGES}${name}.html`, 'utf8');

const insertBefore = (html: string, marker: string, extra: string) => {
  const i = html.indexOf(marker);
  if (i < 0) throw new Error(`marker not found: ${marker}`);
  return html.slice(0, i) + extra + html.slice(i);
};

/** The clean 2021 report with its requests table blown up to `rows` rows (extra rows before （七）总计). */
export function reportWithRows(rows = 5000): string {
  const html = read('clean-2021-city-bureau');
  const extra = Math.max(0, rows - 28);
  let block = '';
  for (let i = 0; i < extra; i++) {
    block += `<tr><td colspan="3">其中：补充统计第${i + 1}项</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>\n`;
  }
  const marker = html.lastIndexOf('<tr>', html.indexOf('（七）总计'));
  return html.slice(0, marker) + block + html.slice(marker);
}

/** `n` more elements of portal chrome (a long link list) around a page. */
function chrome(n: number): string {
  let out = '<div class="site-map"><ul>';
  for (let i = 0; i < Math.ceil(n / 3); i++) out += `<li><a href="#l${i}"><span>栏目链接${i}</span></a></li>`;
  return `${out}</ul></div>`;
}

export function reportWithNodes(n = 100_000): string {
  return insertBefore(read('clean-2021-city-bureau'), '</body>', chrome(n));
}

export function newsWithNodes(n = 100_000): string {
  return insertBefore(read('not-report-news'), '</body>', chrome(n));
}

/** A news page of about `bytes` bytes of prose. */
export function newsOfSize(bytes = 5 * 1024 * 1024): string {
  const para = '<p>本市召开政务公开工作推进会议，会议听取了各部门工作进展情况汇报，研究部署下一阶段重点任务，要求各单位进一步提高认识、压实责任、狠抓落实，切实提升政务服务水平。</p>\n';
  const count = Math.ceil(bytes / Buffer.byteLength(para));
  return insertBefore(read('not-report-news'), '</body>', para.repeat(count));
}

/** A page of `n` small data tables (a statistics bulletin), not a report. */
export function manyTables(n = 2000): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    out += `<table border="1"><tr><th>项目${i}</th><th>本月</th><th>累计</th></tr><tr><td>数量</td><td>${i % 97}</td><td>${i}</td></tr></table>\n`;
  }
  return insertBefore(read('not-report-news'), '</body>', out);
}

/**
 * The heavy news page the issue measured: about 5 MB and 176,000 DOM nodes (elements, text and
 * comments), 2,000 small tables among news items with headings of every level, not a report.
 */
export function heavyNews(items = 2000): string {
  const prose = '本市召开政务公开工作推进会议，会议听取了各部门工作进展情况汇报，研究部署下一阶段重点任务，要求各单位进一步提高认识、压实责任、狠抓落实，切实提升政务服务水平。';
  let out = '<div class="news-list">\n';
  for (let i = 0; i < items; i++) {
    const heading = i % 50 === 0 ? 'h2' : 'h4';
    let rows = '';
    for (let r = 0; r < 4; r++) {
      rows += `<tr><td class="lbl">第${r + 1}项</td><td>${(i * 7 + r) % 97}</td><td>${(i + r) % 31}</td><td>${i + r}</td><td>${r % 2 ? '同比增长' : '同比下降'}</td></tr>\n`;
    }
    out += `<div class="item" id="n${i}">\n<${heading}><a href="#n${i}">乡镇动态第${i + 1}期：重点项目建设进展</a></${heading}>\n`
      + `<p class="meta">来源：县政府办公室　<span>发布时间：2024-05-${String((i % 28) + 1).padStart(2, '0')}</span></p>\n`
      + `<p>${prose.repeat(5)}</p>\n<p>${prose.repeat(3)}</p>\n`
      + `<table border="1"><tr><th>项目</th><th>本月</th><th>上月</th><th>累计</th><th>说明</th></tr>\n${rows}</table>\n`
      + `<ul class="links"><li><a href="#r${i}a">相关链接一</a></li><li><a href="#r${i}b">相关链接二</a></li></ul>\n</div>\n`;
  }
  return insertBefore(read('not-report-news'), '</body>', `${out}</div>`);
}

export const SYNTHETIC: Record<string, { html: () => string; report: boolean }> = {
  'synthetic-report-5000-rows': { html: () => reportWithRows(5000), report: true },
  'synthetic-report-100k-nodes': { html: () => reportWithNodes(100_000), report: true },
  'synthetic-news-100k-nodes': { html: () => newsWithNodes(100_000), report: false },
  'synthetic-news-5mb': { html: () => newsOfSize(), report: false },
  'synthetic-2000-tables': { html: () => manyTables(2000), report: false },
  'synthetic-heavy-news-2000-tables': { html: () => heavyNews(2000), report: false },
};
