// --links: each input is a list page; the batch is the reports it links to, over its pages, in
// the list pages' order, each report once however often it is linked. A list that cannot be read
// and a dead report link are error entries in place.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Lang } from '../i18n/lang';
import type { ErrorEntry } from '../export/batch-entry';
import { crawlList } from '../batch/crawl';
import { pageDocument } from './audit-input';
import type { FetchedInput } from './fetch-input';
import { isUrl } from './fetch-input';
import { errorEntry } from './input-error';
import type { PoolEvents } from './pool';
import { mapInOrder } from './pool';

export interface LinksOptions {
  lang: Lang;
  jobs: number;
  events?: PoolEvents<string>;
}

/** A list input as a URL (a saved list page as a file: URL, so its relative links resolve). */
function listUrl(input: string): string {
  return isUrl(input) ? input : pathToFileURL(input).href;
}

/** A URL as the input fetchInput reads: file: URLs as their path. */
function asInput(url: string): string {
  return url.startsWith('file:') ? fileURLToPath(url) : url;
}

export async function linkedReports(
  lists: readonly string[], read: (input: string) => Promise<FetchedInput>, opts: LinksOptions,
): Promise<(string | ErrorEntry)[]> {
  const readPage = async (url: string) => pageDocument(await read(asInput(url)), opts.lang);
  const crawled = await mapInOrder(lists, opts.jobs, async (list) => {
    try {
      return await crawlList(listUrl(list), readPage);
    } catch (e) {
      return [errorEntry(list, e)];
    }
  }, opts.events);
  const seen = new Set<string>();
  const out: (string | ErrorEntry)[] = [];
  for (const links of crawled) {
    for (const link of links) {
      if ('source' in link) {
        out.push(link);
        continue;
      }
      if (seen.has(link.url)) continue;
      seen.add(link.url);
      out.push('failure' in link ? errorEntry(asInput(link.url), link.failure) : asInput(link.url));
    }
  }
  return out;
}
