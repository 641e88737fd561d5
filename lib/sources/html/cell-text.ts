// The text of an element as a reader sees it: line breaks and block children become spaces,
// scripts, styles and Word's <o:p> markers contribute nothing.
import type { HtmlElement, HtmlNode } from './dom';
import { ELEMENT_NODE, TEXT_NODE } from './dom';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'O:P']);
const BREAKS = new Set(['BR', 'P', 'DIV', 'LI', 'TR', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export function elementText(el: HtmlElement): string {
  let out = '';
  // Depth-first over sibling pointers: no child list is materialised.
  let node: HtmlNode | null = el.firstChild;
  while (node && node !== el) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) out += node.nodeValue ?? '';
    else if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as HtmlElement).tagName.toUpperCase();
      if (!SKIP.has(tag)) {
        if (BREAKS.has(tag)) out += ' ';
        descend = node.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    if (!node || node === el) break;
    node = node.nextSibling;
  }
  return out;
}
