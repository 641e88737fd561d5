// Every list fixture read by readListPage and looksLikeListPage, on the command line's tree and on
// jsdom's: the same answers, and exactly the ones its expected.json states.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { looksLikeListPage, readListPage } from '../../../lib/batch/list-page';
import type { ListLink } from '../../../lib/batch/list-page';
import { decodePage } from '../../../lib/cli/decode';
import { buildDocument } from '../../../lib/sources/html/build-document';
import { jsdomDocument } from '../../support/two-builders';

const LISTS = fileURLToPath(new URL('../../fixtures/lists/', import.meta.url));

interface ExpectedList {
  description: string;
  pageUrl: string;
  charset: string;
  reports: ListLink[];
  pages: string[];
  looksLikeListPage: number;
}

const names = readdirSync(LISTS).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -'.html'.length)).sort();

it('has the list fixtures the README names', () => {
  const readme = readFileSync(`${LISTS}README.md`, 'utf8');
  expect(names.length).toBeGreaterThanOrEqual(8);
  for (const name of names) expect(readme).toContain(`\`${name}.html\``);
});

describe.each(names)('%s', (name) => {
  const expected = JSON.parse(readFileSync(`${LISTS}${name}.expected.json`, 'utf8')) as ExpectedList;
  const { text, charset } = decodePage(readFileSync(`${LISTS}${name}.html`));
  const builders = [['buildDocument', buildDocument(text)], ['jsdom', jsdomDocument(text)]] as const;

  it('is saved in the encoding it states', () => {
    expect(charset).toBe(expected.charset);
  });

  it.each(builders)('reads the expected reports and pages (%s)', (_builder, doc) => {
    const page = readListPage(doc, expected.pageUrl);
    expect(page.reports).toEqual(expected.reports);
    expect(page.pages).toEqual(expected.pages);
  });

  it.each(builders)('is or is not a list at a glance (%s)', (_builder, doc) => {
    expect(looksLikeListPage(doc, expected.pageUrl)).toBe(expected.looksLikeListPage);
  });
});

describe('looksLikeListPage on a long page', () => {
  const item = (i: number, report: boolean) => report
    ? `<li><a href="/nb/${i}.html">某县第${i}局2023年政府信息公开工作年度报告</a></li>`
    : `<li><a href="/xw/${i}.html">县政府召开第${i}次常务会议</a></li>`;
  const page = (items: string[]) => buildDocument(`<!DOCTYPE html><html><body><ul>${items.join('')}</ul></body></html>`);

  it('counts the reports among the first 2,000 links', () => {
    const doc = page(Array.from({ length: 3_000 }, (_, i) => item(i, i % 100 === 0)));
    expect(looksLikeListPage(doc, 'http://www.x.gov.cn/nb/')).toBe(20);
    expect(readListPage(doc, 'http://www.x.gov.cn/nb/').reports).toHaveLength(30);
  });

  it('reads no further: reports after 2,000 other links are not seen', () => {
    const doc = page(Array.from({ length: 2_100 }, (_, i) => item(i, i >= 2_000)));
    expect(looksLikeListPage(doc, 'http://www.x.gov.cn/nb/')).toBe(0);
  });
});
