// What the detector's cheap look reads of an HTML page, produced lazily: the browser's own tag
// lists (cached per document) rather than one walk with a list selector, which is slower.
import type { DetectionSample } from '../types';
import type { HtmlDocument } from './dom';
import { nth } from './dom';

const HEADING_TAGS = ['h1', 'h2', 'h3'];

function articleTitle(doc: HtmlDocument): string | null {
  const metas = doc.head?.getElementsByTagName('meta');
  if (!metas) return null;
  for (let i = 0, m = nth(metas, 0); m; m = nth(metas, ++i)) {
    if (m.getAttribute('name')?.toLowerCase() === 'articletitle') return m.getAttribute('content');
  }
  return null;
}

export function htmlSample(doc: HtmlDocument): DetectionSample {
  return {
    title: doc.title ?? '',
    // Portals put their article meta in the head; a huge body is not searched for it.
    articleTitle: articleTitle(doc),
    *headings(perLevel) {
      for (const tag of HEADING_TAGS) {
        // Item by item, never `length`: a live list's length walks the whole document.
        const list = doc.getElementsByTagName(tag);
        for (let i = 0, el = nth(list, 0); i < perLevel && el; el = nth(list, ++i)) yield el.textContent ?? '';
      }
    },
    *tableTexts(limit) {
      const tables = doc.getElementsByTagName('table');
      for (let i = 0, t = nth(tables, 0); i < limit && t; t = nth(tables, ++i)) {
        if (nth(t.getElementsByTagName('table'), 0)) continue;
        yield t.textContent ?? '';
      }
    },
  };
}
