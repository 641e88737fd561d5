// Linearises a document into the lines a reader sees, in page order, with the statistical tables
// as single items. Headings, titles, dates and section bodies are all read off this list.
import { squash } from '../../text/normalize';
import { tableKindOfText } from '../../parse/table-kind';
import type { Steps } from '../../steps';
import { ITEMS_PER_STEP, runNow, ticker } from '../../steps';
import type { Item } from '../types';
import type { HtmlElement, HtmlNode } from './dom';
import { ELEMENT_NODE, TEXT_NODE, nth } from './dom';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION', 'BODY',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'SELECT', 'TEXTAREA', 'HEAD']);

/** Attribute that marks our own UI in a page: never read as report content. */
export const OWN_UI_ATTR = 'data-xxgk-ui';

export function linearize(root: HtmlElement): Item<HtmlElement>[] {
  return runNow(linearizeSteps(root));
}

export function* linearizeSteps(root: HtmlElement): Steps<Item<HtmlElement>[]> {
  const tick = ticker(ITEMS_PER_STEP);
  const items: Item<HtmlElement>[] = [];
  let buf = '';
  let bufEl: HtmlElement | null = null;
  let bufInTable = false;
  const flush = () => {
    const text = buf.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    if (text && bufEl) items.push({ kind: 'line', line: { text, ref: bufEl, inTable: bufInTable } });
    buf = '';
    bufEl = null;
  };
  // Explicit stack of nodes to visit, each with its block ancestor and whether it sits in a data
  // table, and whether its next siblings follow it; a marker entry flushes when a block closes.
  // A node's next sibling is pushed when the node is visited (never all children at once: an
  // element with 30,000 children would be one long step).
  type Frame = { node: HtmlNode; block: HtmlElement; inTable: boolean; siblings: boolean } | { close: true };
  const stack: Frame[] = [{ node: root, block: root, inTable: false, siblings: false }];
  while (stack.length > 0) {
    if (tick()) yield;
    const f = stack.pop()!;
    if ('close' in f) {
      flush();
      continue;
    }
    const { node } = f;
    // Below everything this node holds on the stack: its subtree is read first.
    const next = f.siblings ? node.nextSibling : null;
    if (next) stack.push({ node: next, block: f.block, inTable: f.inTable, siblings: true });
    if (node.nodeType === TEXT_NODE) {
      const v = node.nodeValue ?? '';
      if (v.trim() === '' && buf === '') continue;
      if (!bufEl) {
        bufEl = f.block;
        bufInTable = f.inTable;
      }
      buf += v;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as HtmlElement;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.hasAttribute(OWN_UI_ATTR)) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (tag === 'IMG') {
      flush();
      items.push({ kind: 'image', ref: el });
      continue;
    }
    let inTable = f.inTable;
    if (tag === 'TABLE') {
      flush();
      const nested = el.getElementsByTagName('table').length > 0;
      if (!nested) {
        const kind = tableKindOfText(el.textContent ?? '');
        if (kind) {
          items.push({ kind: 'table', ref: el, table: kind });
          continue;
        }
        inTable = isDataTable(el);
      }
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) {
      flush();
      stack.push({ close: true });
    }
    const block = isBlock ? el : f.block;
    if (el.firstChild) stack.push({ node: el.firstChild, block, inTable, siblings: true });
  }
  flush();
  return items;
}

/** A leaf table of three or more columns holds data, not page layout. */
function isDataTable(table: HtmlElement): boolean {
  const first = nth(table.getElementsByTagName('tr'), 0);
  if (!first) return false;
  let cols = 0;
  for (let c = first.firstElementChild; c; c = c.nextElementSibling) cols += Number(c.getAttribute('colspan')) || 1;
  return cols >= 3 && squash(table.textContent ?? '').length < 4000;
}
