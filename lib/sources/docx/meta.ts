// A Word file's own metadata as a page's: the title from docProps/core.xml, the custom properties
// (docProps/custom.xml: what a word processor keeps of a saved page's <meta> tags, PubDate among
// them) as tags, and the file's created and modified times under their Dublin Core names. The
// engine reads a publication date from the tags a page would give it; a file's own times are
// when it was written and saved, not when it was published, and stand under names of their own.
import type { PageMeta } from '../types';
import type { XmlElement } from './xml';
import { childElements, ownText } from './xml';

function textOf(el: XmlElement): string {
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : textOf(c);
  return out;
}

export function docxMeta(core: XmlElement | null, custom: XmlElement | null): PageMeta {
  const tags: Record<string, string> = {};
  let title = '';
  for (const el of core ? childElements(core) : []) {
    const value = ownText(el).trim();
    if (!value) continue;
    if (el.name === 'dc:title') title = value.replace(/\s+/g, ' ');
    else if (el.name === 'dcterms:created') tags['dcterms.created'] = value;
    else if (el.name === 'dcterms:modified') tags['dcterms.modified'] = value;
  }
  for (const p of custom ? childElements(custom) : []) {
    const key = p.attrs.name?.toLowerCase();
    const value = textOf(p).trim();
    if (key && value && !(key in tags)) tags[key] = value;
  }
  return { title, tags };
}
