// A list of reports over all its pages: breadth-first from the first page, each page read once,
// each linked report once, in the order the pages list them. A later page that cannot be read
// becomes an entry of its own, so a batch never has fewer entries than pages and links followed.
import type { Lang } from '../i18n/lang';
import type { HtmlDocument } from '../sources/html/dom';
import { readListPage } from './list-page';
import { FetchError, fetchError } from './polite-fetch';
import type { FetchErrorCode } from './polite-fetch';

export type ReadPage = (url: string, signal?: AbortSignal) => Promise<HtmlDocument>;

export type Linked = { url: string; title: string } | { url: string; failure: { code: FetchErrorCode; message: string } };

/** At most this many list pages are read, whatever the caller asks. */
const MAX_PAGES = 50;

/** One key for the two names of a folder's first page: …/nb/ and …/nb/index.html. */
function pageKey(url: string): string {
  return url.replace(/#.*$/, '').replace(/\/(?:index|default)\.s?html?$/i, '/');
}

function asFetchError(e: unknown, lang: Lang): FetchError {
  return e instanceof FetchError ? e : fetchError('network', lang, { detail: e instanceof Error ? e.message : String(e) });
}

export async function crawlList(
  listUrl: string,
  readPage: ReadPage,
  opts: { maxPages?: number; signal?: AbortSignal; lang?: Lang } = {},
): Promise<Linked[]> {
  const { signal } = opts;
  const lang = opts.lang ?? 'zh';
  const maxPages = Math.min(opts.maxPages ?? MAX_PAGES, MAX_PAGES);
  const seenPages = new Set([pageKey(listUrl)]);
  const seenReports = new Set<string>();
  const out: Linked[] = [];
  let level = [listUrl];
  let read = 0;
  while (level.length > 0) {
    signal?.throwIfAborted();
    read += level.length;
    // One level's pages are read together (the fetcher keeps each host polite), then taken in order.
    const docs = await Promise.allSettled(level.map((url) => readPage(url, signal)));
    signal?.throwIfAborted();
    const next: string[] = [];
    docs.forEach((doc, i) => {
      const url = level[i]!;
      if (doc.status === 'rejected') {
        const error = asFetchError(doc.reason, lang);
        if (url === listUrl) throw error;
        out.push({ url, failure: { code: error.code, message: error.message } });
        return;
      }
      const page = readListPage(doc.value, url);
      for (const report of page.reports) {
        if (seenReports.has(report.url)) continue;
        seenReports.add(report.url);
        out.push(report);
      }
      for (const p of page.pages) {
        const key = pageKey(p);
        if (seenPages.has(key) || read + next.length >= maxPages) continue;
        seenPages.add(key);
        next.push(p);
      }
    });
    level = next;
  }
  return out;
}
