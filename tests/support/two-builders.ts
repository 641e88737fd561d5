// The same page built by jsdom and by the command line's own builder, and the engine's views of a
// document reduced to plain data, so the two can be compared with toEqual.
import { JSDOM, VirtualConsole } from 'jsdom';
import type { HtmlElement } from '../../lib/sources/html/dom';
import type { Grid, Item } from '../../lib/sources/types';
import { buildDocument } from '../../lib/sources/html/build-document';
import type { LightAttribute } from '../../lib/sources/html/light-dom';

// One window for every page: DOMParser runs jsdom's parser (scripting off) without a window per page.
const parser = new new JSDOM('', { virtualConsole: new VirtualConsole() }).window.DOMParser();

export function jsdomDocument(html: string): Document {
  return parser.parseFromString(html, 'text/html');
}

/** Our tree, typed as a DOM Document so one set of comparison helpers reads both builders' trees
 *  (they read only the HtmlDocument surface, and the light tree's own attribute list). */
export function lightDocument(html: string): Document {
  return buildDocument(html) as unknown as Document;
}

/** Every node as one line: depth, type, tag and attributes or text. */
export function treeShape(root: Node): string[] {
  const out: string[] = [];
  const visit = (node: Node, depth: number) => {
    const pad = ' '.repeat(depth);
    if (node.nodeType === 1) {
      const el = node as Element;
      // jsdom's attributes, or the light tree's own list (it has no NamedNodeMap).
      const own = (el as { attrs?: LightAttribute[] }).attrs;
      const list: { name: string; value: string; prefix?: string | null }[] = own ?? Array.from(el.attributes);
      const attrs = list.map((a) => `${a.prefix ? `${a.prefix}:` : ''}${a.name.replace(/^.*:/, '')}=${JSON.stringify(a.value)}`).sort().join(' ');
      out.push(`${pad}<${el.tagName}${attrs ? ` ${attrs}` : ''}> ${JSON.stringify(el.textContent)}`);
    } else if (node.nodeType === 3) out.push(`${pad}#text ${JSON.stringify(node.nodeValue)}`);
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c, depth + 1);
  };
  visit(root, 0);
  return out;
}

export function gridShape(grid: Grid<HtmlElement>) {
  return {
    width: grid.width,
    height: grid.height,
    cells: grid.cells.map((c) => ({ row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, text: c.text, tag: c.ref.tagName })),
    slots: grid.slots.map((line) => Array.from(line, (c) => (c ? grid.cells.indexOf(c) : -1))),
  };
}

export function itemsShape(items: Item<HtmlElement>[]) {
  return items.map((i) => (i.kind === 'line' ? { text: i.line.text, tag: i.line.ref.tagName, inTable: i.line.inTable }
    : i.kind === 'table' ? { table: i.table, tag: i.ref.tagName } : { image: i.ref.getAttribute('src') }));
}
