// A portal's column of annual reports, served on loopback for the batch tests (the command line's
// --links and the dashboard in Chromium, which must give the same entries): two list pages, the
// second saved in GBK; reports that are fixture pages (one GBK, its charset named by the header);
// a dead link; a notice about reports that is not one; a report linked from both pages.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export const LIST_HOST = 'www.sfx.gov.cn';
export const LIST_PATH = '/xxgk/ndbg/index.html';

interface Served { file: string; type: string }

const SITE: Readonly<Record<string, Served>> = {
  '/xxgk/ndbg/index.html': { file: 'lists/cli-list.html', type: 'text/html' },
  '/xxgk/ndbg/index_1.html': { file: 'lists/cli-list-2.html', type: 'text/html' },
  '/xxgk/ndbg/reports/huzhu-2024.html': { file: 'pages/seed-002-huzhu-2024.html', type: 'text/html; charset=utf-8' },
  '/xxgk/ndbg/reports/wuzhong-2020.html': { file: 'pages/seed-001-wuzhong-2020.html', type: 'text/html; charset=GBK' },
  '/xxgk/ndbg/reports/ningan-2023.html': { file: 'pages/clean-2021-city-bureau.html', type: 'text/html' },
  '/xxgk/ndbg/notice.html': { file: 'pages/not-report-news.html', type: 'text/html' },
};

/** The reports the list links, in list order, and the dead one: what a batch must give an entry for. */
export const LIST_REPORTS = ['huzhu-2024', 'wuzhong-2020', 'ningan-2023', 'gone-2022'].map((r) => `/xxgk/ndbg/reports/${r}.html`);
export const DEAD_REPORT = '/xxgk/ndbg/reports/gone-2022.html';

/** Serves the site's paths (any host); false for a path it does not have. The dead link is a 404. */
export function serveListSite(req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? '/').split('?')[0]!;
  if (path === DEAD_REPORT) {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>404</title><p>页面不存在</p>');
    return true;
  }
  const served = SITE[path];
  if (!served) return false;
  res.writeHead(200, { 'content-type': served.type });
  res.end(readFileSync(join(FIXTURES, served.file)));
  return true;
}
