// crawlList over a fake site: pagination followed breadth-first, each report once in list order,
// the 50-page cap, a list page that cannot be read, cancelling.
import { describe, expect, it } from 'vitest';
import { crawlList } from '../../../lib/batch/crawl';
import type { ReadPage } from '../../../lib/batch/crawl';
import { FetchError, fetchError } from '../../../lib/batch/polite-fetch';
import { buildDocument } from '../../../lib/sources/html/build-document';

const ROOT = 'http://www.x.gov.cn/nb/';
const report = (n: number) => `<li><a href="t${n}.html">某县第${n}局2023年政府信息公开工作年度报告</a><span>2024-01-20</span></li>`;
const listPage = (reports: number[], pager: string) =>
  `<!DOCTYPE html><html><body><ul>${reports.map(report).join('')}</ul><div class="page">${pager}</div></body></html>`;

/** A ReadPage over a map of pages; unknown URLs are not-found. Records what was read. */
function site(pages: Record<string, string>) {
  const read: string[] = [];
  const readPage: ReadPage = async (url) => {
    read.push(url);
    const html = pages[url];
    if (html === undefined) throw fetchError('not-found', 'zh', { status: 404 });
    return buildDocument(html);
  };
  return { read, readPage };
}

const entry = (n: number) => ({ url: `${ROOT}t${n}.html`, title: `某县第${n}局2023年政府信息公开工作年度报告` });

describe('crawlList', () => {
  it('follows a TRS pager and page links, each page once, each report once, in list order', async () => {
    const { read, readPage } = site({
      [ROOT]: listPage([1, 2, 3], '<script>createPageHTML(3, 0, "index", "html");</script><a href="index.html">首页</a>'),
      [`${ROOT}index_1.html`]: listPage([4, 5, 3], '<a href="index.html">首页</a><a href="index_2.html">下一页</a>'),
      [`${ROOT}index_2.html`]: listPage([6, 1], '<a href="index_1.html">上一页</a>'),
    });
    const linked = await crawlList(ROOT, readPage);
    expect(linked).toEqual([1, 2, 3, 4, 5, 6].map(entry));
    expect(read).toEqual([ROOT, `${ROOT}index_1.html`, `${ROOT}index_2.html`]);
  });

  it('reads pages found on later pages (下一页 chains), breadth first', async () => {
    const pages: Record<string, string> = {};
    for (let p = 0; p < 4; p++) {
      const url = p === 0 ? `${ROOT}index.html` : `${ROOT}index_${p}.html`;
      pages[url] = listPage([p * 2, p * 2 + 1], p < 3 ? `<a href="index_${p + 1}.html">下一页</a>` : '');
    }
    const { read, readPage } = site(pages);
    expect(await crawlList(`${ROOT}index.html`, readPage)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map(entry));
    expect(read).toHaveLength(4);
  });

  it('reads at most 50 list pages, or fewer when told', async () => {
    const pages: Record<string, string> = { [ROOT]: listPage([0], '<script>createPageHTML(80, 0, "index", "html");</script>') };
    for (let p = 1; p < 80; p++) pages[`${ROOT}index_${p}.html`] = listPage([p], '');
    const all = site(pages);
    expect(await crawlList(ROOT, all.readPage, { maxPages: 500 })).toEqual(Array.from({ length: 50 }, (_, i) => entry(i)));
    expect(all.read).toHaveLength(50);
    const few = site(pages);
    expect(await crawlList(ROOT, few.readPage, { maxPages: 3 })).toEqual([0, 1, 2].map(entry));
    expect(few.read).toHaveLength(3);
  });

  it('makes a later page that cannot be read an entry of its own, and goes on', async () => {
    const { readPage } = site({
      [ROOT]: listPage([1, 2], '<a href="index_1.html">2</a><a href="index_2.html">3</a>'),
      [`${ROOT}index_2.html`]: listPage([3], ''),
    });
    expect(await crawlList(ROOT, readPage)).toEqual([
      entry(1), entry(2),
      { url: `${ROOT}index_1.html`, failure: { code: 'not-found', message: '网页不存在（服务器返回 404）' } },
      entry(3),
    ]);
  });

  it('words a reader\'s own failure as a network error in the language asked', async () => {
    const readPage: ReadPage = async (url) => {
      if (url === ROOT) return buildDocument(listPage([1], '<a href="index_1.html">下一页</a>'));
      throw new Error('socket hang up');
    };
    expect(await crawlList(ROOT, readPage, { lang: 'en' })).toEqual([
      entry(1), { url: `${ROOT}index_1.html`, failure: { code: 'network', message: 'network error (socket hang up)' } },
    ]);
  });

  it('throws the first page\'s FetchError', async () => {
    const err = await crawlList(`${ROOT}gone.html`, site({}).readPage).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).code).toBe('not-found');
  });

  it('stops when cancelled, reading no further page', async () => {
    const cancel = new AbortController();
    const { read, readPage } = site({
      [ROOT]: listPage([1], '<a href="index_1.html">下一页</a>'),
      [`${ROOT}index_1.html`]: listPage([2], ''),
    });
    const reading: ReadPage = async (url, signal) => {
      const doc = await readPage(url, signal);
      cancel.abort();
      return doc;
    };
    await expect(crawlList(ROOT, reading, { signal: cancel.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(read).toEqual([ROOT]);
    await expect(crawlList(ROOT, readPage, { signal: cancel.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(read).toEqual([ROOT]);
  });
});
