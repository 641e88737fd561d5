// The report files a page attaches (附件: 「…年度报告.pdf」, a 「全真版」 PDF beside the HTML text, a
// Word file): links to PDF and Word files, absolute, each once, in page order. A link counts when
// its text, its title or its file names a report, or when the page itself is a report's page (titled as a report:
// its attachments are the report's; a notice about reports is not one). Names are kept as
// written (full-width brackets stay full-width). Read off the engine's DOM surface, looking at the first links only.
import type { HtmlDocument, HtmlElement } from '../sources/html/dom';
import { nth } from '../sources/html/dom';
import { fileNameOf, formatOfName } from '../sources/file-name';

import { baseUrl, isReportTitle } from './list-page';

export interface Attachment {
  url: string;
  /** What the page calls it: the link's text, else its title, else the file's name. */
  name: string;
  format: 'pdf' | 'docx' | 'doc' | 'wps';
}

const CHEAP_LINKS = 2_000;
const MAX_ATTACHMENTS = 10;
const NAMES_REPORT = /年度报告|年报|全真版|政府信息公开/;
const FILE_FORMATS = new Set(['pdf', 'docx', 'doc', 'wps']);

/** The file format a link leads to: its address's extension, else (a download script's address)
 *  the extension its text ends with. */
function fileFormat(url: URL, text: string): Attachment['format'] | null {
  const f = formatOfName(url.pathname) ?? formatOfName(text.trim());
  return f && FILE_FORMATS.has(f) ? (f as Attachment['format']) : null;
}

/** A name as the page writes it, its white space collapsed. */
const written = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

function absolute(href: string | null, base: string): URL | null {
  if (href === null || /^\s*(?:#|javascript:|mailto:|tel:|data:)/i.test(href)) return null;
  try {
    const url = new URL(href.trim(), base);
    if (!/^https?:$/.test(url.protocol)) return null;
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}

export function reportAttachments(doc: HtmlDocument, pageUrl: string): Attachment[] {
  const base = baseUrl(doc, pageUrl);
  const pageIsReport = isReportTitle(doc.title);
  const links = doc.getElementsByTagName('a');
  const out: Attachment[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < Math.min(links.length, CHEAP_LINKS) && out.length < MAX_ATTACHMENTS; i++) {
    const a: HtmlElement = nth(links, i)!;
    const url = absolute(a.getAttribute('href'), base);
    if (!url || seen.has(url.href)) continue;
    const text = written(a.textContent ?? '');
    const format = fileFormat(url, text);
    if (!format) continue;
    const file = fileNameOf(url.pathname);
    const title = written(a.getAttribute('title') ?? '');
    const name = text || title || file;
    if (!pageIsReport && ![text, title, file].some((t) => NAMES_REPORT.test(t))) continue;
    seen.add(url.href);
    out.push({ url: url.href, name, format });
  }
  return out;
}
