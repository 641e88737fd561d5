// A portal's column of annual reports: the reports it links to and the column's other pages, read
// off the DOM surface the engine reads (a browser's document, jsdom, the command line's light tree).
import type { HtmlDocument, HtmlElement } from '../sources/html/dom';
import { nth } from '../sources/html/dom';
import { cleanText, squash } from '../text/normalize';

export interface ListLink {
  url: string;
  title: string;
}

export interface ListPage {
  /** Links to reports, absolute, same host as the page, each once, in page order. */
  reports: ListLink[];
  /** The list's other pages (pager links and script-written pagers), absolute, each once. */
  pages: string[];
}

/** How many <a> the cheap check looks at: bounded work on a page of any size. */
const CHEAP_LINKS = 2_000;

// A report's title ends in 年度报告 or 年报, perhaps with a short bracketed note (（更正版）), and names
// its year (2023, 二〇二三): a column's own name (「政府信息公开年报」) names none.
const REPORT_TITLE = /(?:年度报告|年报)(?:[([【][^()[\]【】]{0,12}[)\]】])?$/;
const YEAR = /(?:19|20)\d\d|[〇零一二三四五六七八九]{4}/;
// Not a report though it names one: a notice about reports (「关于报送…年度报告的通知」, 「关于…年度报告」),
// an explainer (「图解：…年度报告」), a report page's link to its neighbour (「上一篇：…年度报告」).
const NOT_A_REPORT = /^(?:关于|图解|解读|一图读懂|(?:上|下|前|后)一?(?:篇|条)[:：]?)/;
// A report page's links to its neighbours (「上一篇：…年度报告」) are not a list's entries.
const NEIGHBOUR = /^(?:上|下|前|后)一?(?:篇|条|页)\s*[:：]?\s*$/;

const PAGER_WORDS = /^(?:下一?页|上一?页|尾页|末页|最后一?页|首页|第一页|前页|后页|>|>>|<|<<|›|»|‹|«)$/;
const PAGE_NUMBER = /^\[?\d{1,3}\]?$/;
// index_1.html, list_3.shtml, default_2.htm: a CMS's numbered pages of one column.
const NUMBERED_PAGE = /(?:^|\/)(?:index|list|default|more)_\d+\.s?html?$/i;
// TRS / Hanweb write their pager from a script: createPageHTML(countPage, currentPage, "index", "html"),
// or with the pager's element id first: createPageHTML('page_div', 6, 0, 'index', 'html', 120).
const CREATE_PAGE = /createPageHTML\s*\(\s*(?:(['"])[^'"]*\1\s*,\s*)?([\w$]+)\s*,\s*([\w$]+)\s*,\s*['"]([\w-]+)['"]\s*,\s*['"](\w+)['"]/;

/** The title a link gives a report, or null: its text, or its title attribute when the text is cut
 *  (「XX县财政局2023年政府信息公开…」) or is no title at all (「查看」). */
function reportTitle(a: HtmlElement): string | null {
  const text = a.textContent ?? '';
  const attr = a.getAttribute('title') ?? '';
  // Cheap refusal first: nearly every link on a page names no 报.
  if (!text.includes('报') && !attr.includes('报')) return null;
  for (const raw of [text, attr]) {
    const title = cleanText(raw);
    if (isReportTitle(title)) return title;
  }
  return null;
}

export function isReportTitle(title: string): boolean {
  const s = squash(title);
  return s.length <= 80 && REPORT_TITLE.test(s) && YEAR.test(s) && !NOT_A_REPORT.test(s);
}

/** The text just before the link in its parent: 「上一篇：」 marks a report page's neighbour links. */
function isNeighbourLink(a: HtmlElement): boolean {
  const parent = a.parentNode;
  let before = '';
  for (let n = parent?.firstChild ?? null; n && n !== a; n = n.nextSibling) {
    before += n.nodeType === 3 ? n.nodeValue ?? '' : (n as HtmlElement).textContent ?? '';
    if (before.length > 40) return false;
  }
  return NEIGHBOUR.test(before.trim());
}

/** The URL links on the page resolve against: its <base href>, else the page's own. */
export function baseUrl(doc: HtmlDocument, pageUrl: string): string {
  const href = nth(doc.getElementsByTagName('base'), 0)?.getAttribute('href');
  if (href) {
    try {
      return new URL(href.trim(), pageUrl).href;
    } catch {
      // A broken <base> is ignored, as a browser ignores it.
    }
  }
  return pageUrl;
}

/** An http(s) URL on the page's host, without its fragment; null for anything else. */
function sameSite(href: string | null, base: string, host: string): string | null {
  if (href === null) return null;
  const h = href.trim();
  if (h === '' || h.startsWith('#') || /^(?:javascript|mailto|tel|data):/i.test(h)) return null;
  let url: URL;
  try {
    url = new URL(h, base);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || url.hostname !== host) return null;
  url.hash = '';
  return url.href;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/** Report links among the page's first `limit` links. */
function reportLinks(doc: HtmlDocument, pageUrl: string, limit: number): ListLink[] {
  const base = baseUrl(doc, pageUrl);
  const host = hostOf(pageUrl);
  const self = withoutHash(pageUrl);
  const links = doc.getElementsByTagName('a');
  const seen = new Set<string>();
  const out: ListLink[] = [];
  // Item by item rather than .length: a browser's live collection then walks no further than needed.
  for (let i = 0; i < limit; i++) {
    const a = nth(links, i);
    if (!a) break;
    const title = reportTitle(a);
    if (title === null) continue;
    const url = sameSite(a.getAttribute('href'), base, host);
    if (url === null || url === self || seen.has(url) || isNeighbourLink(a)) continue;
    seen.add(url);
    out.push({ url, title });
  }
  return out;
}

function directoryOf(url: string): string {
  const { origin, pathname } = new URL(url);
  return origin + pathname.slice(0, pathname.lastIndexOf('/') + 1);
}

/** A link to another page of this list: a pager's word or number, or a CMS's numbered page, in the
 *  list's own folder or its <base>'s (so the site's 「首页」 in the navigation is not the list's first page). */
function isPagerLink(a: HtmlElement, url: string, folders: ReadonlySet<string>): boolean {
  if (!folders.has(directoryOf(url))) return false;
  const text = squash(a.textContent ?? '');
  return PAGER_WORDS.test(text) || PAGE_NUMBER.test(text) || NUMBERED_PAGE.test(new URL(url).pathname);
}

/** A createPageHTML argument: a number, or a variable the script sets to one (var countPage = 6). */
function scriptNumber(arg: string, script: string): number | null {
  if (/^\d+$/.test(arg)) return Number(arg);
  const set = script.match(new RegExp(`\\b${arg.replace(/\$/g, '\\$')}\\s*=\\s*(\\d+)`));
  return set ? Number(set[1]) : null;
}

/** The pages a TRS/Hanweb pager script would write: prefix.ext for the first, prefix_N.ext after. */
function scriptPages(doc: HtmlDocument, base: string): string[] {
  const out: string[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0, el = nth(scripts, 0); el; el = nth(scripts, ++i)) {
    const script = el.textContent ?? '';
    const call = script.match(CREATE_PAGE);
    if (!call) continue;
    const [, , countArg, currentArg, prefix, ext] = call;
    const count = scriptNumber(countArg!, script);
    const current = scriptNumber(currentArg!, script);
    if (count === null || current === null) continue;
    for (let p = 0; p < Math.min(count, 1_000); p++) {
      if (p !== current) out.push(new URL(p === 0 ? `${prefix}.${ext}` : `${prefix}_${p}.${ext}`, base).href);
    }
  }
  return out;
}

function listPages(doc: HtmlDocument, pageUrl: string): string[] {
  const base = baseUrl(doc, pageUrl);
  const host = hostOf(pageUrl);
  const self = withoutHash(pageUrl);
  const seen = new Set<string>([self]);
  const out: string[] = [];
  const add = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    out.push(url);
  };
  const folders = new Set([directoryOf(self), directoryOf(base)]);
  const links = doc.getElementsByTagName('a');
  for (let i = 0, a = nth(links, 0); a; a = nth(links, ++i)) {
    const url = sameSite(a.getAttribute('href'), base, host);
    if (url !== null && isPagerLink(a, url, folders)) add(url);
  }
  for (const url of scriptPages(doc, base)) if (hostOf(url) === host) add(url);
  return out;
}

export function readListPage(doc: HtmlDocument, pageUrl: string): ListPage {
  return { reports: reportLinks(doc, pageUrl, Infinity), pages: listPages(doc, pageUrl) };
}

/** How many reports the page lists, looking at its first links only; 0 when it is no list (a
 *  report's own page links one or two reports at most: a list takes two distinct ones). */
export function looksLikeListPage(doc: HtmlDocument, pageUrl: string): number {
  const n = reportLinks(doc, pageUrl, CHEAP_LINKS).length;
  return n >= 2 ? n : 0;
}
