// The text of an element as a reader sees it: line breaks and block children become spaces,
// scripts, styles and Word's <o:p> markers contribute nothing.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'O:P']);
const BREAKS = new Set(['BR', 'P', 'DIV', 'LI', 'TR', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export function elementText(el: Element): string {
  let out = '';
  // Depth-first over sibling pointers: no child list is materialised.
  let node: Node | null = el.firstChild;
  while (node && node !== el) {
    let descend = false;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
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
