// The page's <title> and meta tags, read in one pass (attribute selectors are slow in some DOMs),
// and a CMS's own <publishtime> element.
import type { PageMeta } from '../types';
import type { HtmlDocument } from './dom';
import { nth } from './dom';

export function pageMeta(doc: HtmlDocument): PageMeta {
  const tags: Record<string, string> = {};
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && !(key in tags)) tags[key] = content;
  }
  // Some CMSs (TRS) write the publication time as an element of its own: <publishtime>2024-01-17</publishtime>.
  const own = nth(doc.getElementsByTagName('publishtime'), 0)?.textContent?.trim();
  if (own && !('publishtime' in tags)) tags.publishtime = own;
  return { title: doc.title ?? '', tags };
}
