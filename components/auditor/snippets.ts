// The page's table rows involved in each finding, as HTML for the readable export.
// Page-derived and untrusted: the export sanitises it before showing it.
import { documentOrder } from '../../lib/sources/html/order';
import type { FindingLocation } from '../../lib/sources/html/page-audit';
import { ATTR_ANCHOR, ATTR_FINDING, ATTR_SEVERITY } from '../marks/overlay';

const MAX_ROWS = 30;
const MAX_CHARS = 40_000;

export function rowsSnippet(loc: FindingLocation | undefined): string | null {
  if (!loc || loc.cells.length === 0) return null;
  const rows: Element[] = [];
  for (const { el } of loc.cells) {
    const tr = el.closest('tr');
    if (tr && !rows.includes(tr)) rows.push(tr);
  }
  rows.sort(documentOrder());
  // Copies go into an inert document: no image loads, no handler of the page's ever fires for them.
  const inert = rows[0]!.ownerDocument.implementation.createHTMLDocument('');
  let html = '';
  for (const tr of rows.slice(0, MAX_ROWS)) {
    const copy = inert.importNode(tr, true) as Element;
    for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
      el.removeAttribute(ATTR_FINDING);
      el.removeAttribute(ATTR_SEVERITY);
      el.removeAttribute(ATTR_ANCHOR);
    }
    html += copy.outerHTML;
    if (html.length > MAX_CHARS) break;
  }
  return `<table>${html.slice(0, MAX_CHARS)}</table>`;
}

export function allSnippets(ids: readonly string[], locations: ReadonlyMap<string, FindingLocation>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of ids) {
    const s = rowsSnippet(locations.get(id));
    if (s) out[id] = s;
  }
  return out;
}
