// Hostile and broken pages for tests/e2e/hostile.test.ts: the static ones live in
// tests/fixtures/hostile/ (see the comment opening each file), the big one is generated here with
// the report builder. One route serves them all under /hostile/, exactly the bytes the tests feed
// the engine in Node, with the strict Content-Security-Policy header on the CSP page.
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { RESULTS_GROUP, buildReportHtml } from '../../support/report-builder';
import { ROOT } from './browser';
import type { Route } from './browser';

export const HOSTILE_DIR = join(ROOT, 'tests/fixtures/hostile');

/** The header the CSP page is served with. */
export const STRICT_CSP = "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'";
const CSP_PAGES = new Set(['csp-strict-2021.html']);

/** Data rows of the big requests table: the template's 25 and the extra ones, 5,000 in all. */
export const BIG_ROWS = 5000;
export const BIG_TEMPLATE_ROWS = 25;
export const BIG_EXTRA_ROWS = BIG_ROWS - BIG_TEMPLATE_ROWS;
export const BIG_PAGE = 'big-requests-5000.html';

/**
 * A clean 2021 report whose requests table has 5,000 data rows: the template's 25, then 4,975
 * extra rows (distinct labels, numbers in every column) of the kind a CMS appends when a form is
 * pasted many times. One defect planted: 予以公开/自然人 reads 99.
 */
function bigRequestsPage(): string {
  const extra = Array.from({ length: BIG_EXTRA_ROWS }, (_, i) => ({
    after: 'carried-out',
    label: `附${i + 1}. 其他申请事项（第${i + 1}批）`,
    values: ['1', '0', '2', '0', '0', '1', '4'],
  }));
  const html = buildReportHtml({
    agency: '宁安市住房和城乡建设局',
    cells: { requests: { 'granted/natural-person': '99' } },
    extraRows: { requests: extra },
  });
  return html.replace('</head>', `  <script>
    window.__hostile = { scripts: 1, docClicks: 0 };
    document.addEventListener('click', function () { window.__hostile.docClicks++; });
  </script>
</head>`);
}

export const REPEATED_ROWS = 50;
export const REPEATED_PAGE = 'repeated-granted-50.html';

/**
 * A clean 2021 report whose 予以公开 row is followed by 50 more rows with the very same label
 * (a CMS that repeated a row of the form), zeros in every column.
 */
function repeatedRowPage(): string {
  const extra = Array.from({ length: REPEATED_ROWS }, () => ({
    after: 'granted', label: '（一）予以公开', groups: [RESULTS_GROUP], values: ['0', '0', '0', '0', '0', '0', '0'],
  }));
  return buildReportHtml({ agency: '宁安市人力资源和社会保障局', extraRows: { requests: extra } }).replace('</head>', `  <script>
    window.__hostile = { scripts: 1, docClicks: 0 };
    document.addEventListener('click', function () { window.__hostile.docClicks++; });
  </script>
</head>`);
}

const generated = new Map<string, () => string>([[BIG_PAGE, bigRequestsPage], [REPEATED_PAGE, repeatedRowPage]]);
const cache = new Map<string, string>();

/** The exact HTML served as /hostile/NAME. */
export function hostileHtml(name: string): string {
  let html = cache.get(name);
  if (html === undefined) {
    const gen = generated.get(name);
    if (gen) html = gen();
    else {
      const file = join(HOSTILE_DIR, name);
      if (!/^[\w.-]+$/.test(name) || !existsSync(file)) throw new Error(`no hostile page ${name}`);
      html = readFileSync(file, 'utf8');
    }
    cache.set(name, html);
  }
  return html;
}

export function hostileExists(name: string): boolean {
  return generated.has(name) || (/^[\w.-]+$/.test(name) && existsSync(join(HOSTILE_DIR, name)));
}

/** Serves /hostile/NAME (any host), with the strict CSP header where it applies. */
export function hostileRoute(): Route {
  return (req: IncomingMessage, res: ServerResponse) => {
    const m = /^\/hostile\/([^/?#]+)/.exec(req.url ?? '');
    if (!m) return false;
    const name = decodeURIComponent(m[1]!);
    if (!hostileExists(name)) return false;
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (CSP_PAGES.has(name)) headers['content-security-policy'] = STRICT_CSP;
    res.writeHead(200, headers);
    res.end(hostileHtml(name));
    return true;
  };
}
