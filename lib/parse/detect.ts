// The cheap first look: could this page be a disclosure report at all? Reads the title, the first
// headings and the fixed phrases of at most a few dozen tables, so an ordinary page costs next to nothing.
import { squash } from '../text/normalize';
import { tableKind } from './table-kind';

const REPORT_WORDS = /(?:信息公开|政务公开).{0,16}(?:年度报告|工作报告|年报)|年度报告/;
const MAX_TABLES = 40;
const MAX_HEADINGS = 8;

export function mayBeReport(doc: Document): boolean {
  if (REPORT_WORDS.test(squash(doc.title ?? ''))) return true;
  // Portals put their article meta in the head; a huge body is not searched for it.
  const meta = doc.head?.querySelector('meta[name="ArticleTitle" i]')?.getAttribute('content');
  if (meta && REPORT_WORDS.test(squash(meta))) return true;
  // One walk per tag (the browser's own, cached per document); a list selector would be slower.
  for (const tag of ['h1', 'h2', 'h3']) {
    const headings = doc.getElementsByTagName(tag);
    for (let i = 0; i < MAX_HEADINGS; i++) {
      const h = headings[i];
      if (!h) break;
      if (REPORT_WORDS.test(squash(h.textContent ?? ''))) return true;
    }
  }
  const tables = doc.getElementsByTagName('table');
  for (let i = 0; i < MAX_TABLES; i++) {
    const t = tables[i];
    if (!t) break;
    if (t.getElementsByTagName('table')[0]) continue;
    if (tableKind(t)) return true;
  }
  return false;
}
