// The page's table rows involved in each finding, as HTML for the readable export: the table's
// column headings, then every row the finding names in page order, its cells marked by their role
// (`data-involved`). Page-derived and untrusted: the export sanitises it before showing it.
import { buildGrid } from '../../lib/sources/html/grid';
import type { FindingLocation } from '../../lib/sources/html/page-audit';
import type { Grid, GridCell } from '../../lib/sources/types';
import type { CellRole } from '../../lib/rule-kit/types';
import { readCellValue } from '../../lib/text/cell-value';
import { INVOLVED_ATTR } from '../../lib/export/html';

/** A snippet longer than this (in characters of HTML) keeps its first rows and ends with 「…」. */
const MAX_SNIPPET_CHARS = 60_000;
/** Leading rows read as column headings at most (the 2021 requests table has four). */
const MAX_HEADER_ROWS = 6;
/** Node.DOCUMENT_POSITION_FOLLOWING (no global Node under Node.js). */
const FOLLOWING = 4;
/** What of a cell's content is never copied: what runs, loads or is not text. */
const DROPPED = 'script, style, link, img, picture, video, audio, iframe, frame, object, embed, svg, math, template, noscript, input, button, select, textarea, form';
const KEPT_ATTRS = new Set(['colspan', 'rowspan']);

type TableGrid = Grid<Element>;
type Grids = Map<Element, TableGrid>;
/** A copy of a grid's cell for the snippet, spanning this many of the rows kept. */
type CopyCell<R> = (cell: GridCell<R>, rowSpan: number, role: CellRole | undefined) => Element;

function gridOf(table: Element, grids: Grids): TableGrid {
  let g = grids.get(table);
  if (!g) {
    g = buildGrid(table) as unknown as TableGrid;
    grids.set(table, g);
  }
  return g;
}

/** The leading rows holding only headings: no number, stopping at the first row a finding names. */
function headerRows<R>(grid: Grid<R>, named: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (let r = 0; r < Math.min(grid.height, MAX_HEADER_ROWS) && !named.has(r); r++) {
    const line = grid.slots[r] ?? [];
    if (line.some((c) => c && c.row === r && readCellValue(c.text).cls !== 'text' && readCellValue(c.text).cls !== 'empty')) break;
    out.push(r);
  }
  return out;
}

/** A copy of a page's cell in the inert document, stripped of every attribute of the page's. */
function copyCell(cell: GridCell<Element>, inert: Document, rowSpan: number, role: CellRole | undefined): Element {
  const copy = inert.importNode(cell.ref, true) as Element;
  for (const el of Array.from(copy.querySelectorAll(DROPPED))) el.remove();
  for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
    for (const name of el.getAttributeNames()) if (el !== copy || !KEPT_ATTRS.has(name)) el.removeAttribute(name);
  }
  copy.removeAttribute('rowspan');
  copy.removeAttribute('colspan');
  if (cell.colSpan > 1) copy.setAttribute('colspan', String(cell.colSpan));
  if (rowSpan > 1) copy.setAttribute('rowspan', String(rowSpan));
  if (role) copy.setAttribute(INVOLVED_ATTR, role);
  return copy;
}

/**
 * The chosen rows of a grid as <tr>s: a cell is copied once, at the first chosen row it covers
 * (so a label spanning rows from one left out still heads its column), its rowspan counted in
 * chosen rows.
 */
function rowsHtml<R>(grid: Grid<R>, rows: readonly number[], roles: ReadonlyMap<R, CellRole>, inert: Document, copy: CopyCell<R>): string[] {
  const done = new Set<GridCell<R>>();
  // rows is sorted: the chosen rows before grid row `end` are the first `below(end)` of them.
  const below = (end: number) => {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return rows.map((r, i) => {
    const tr = inert.createElement('tr');
    const line = grid.slots[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      const cell = line[c];
      if (!cell || done.has(cell)) continue;
      done.add(cell);
      const span = below(cell.row + cell.rowSpan) - i;
      tr.append(copy(cell, span, roles.get(cell.ref)));
    }
    return tr.outerHTML;
  });
}

/** The grid's heading rows and the rows holding the cells named (their roles), as a <table>. */
export function gridSnippet<R>(grid: Grid<R>, roles: ReadonlyMap<R, CellRole>, inert: Document, copy: CopyCell<R>): string {
  const named = new Set<number>();
  for (const cell of grid.cells) if (roles.has(cell.ref)) named.add(cell.row);
  const rows = [...new Set([...headerRows(grid, named), ...named])].sort((a, b) => a - b);
  let out = rowsHtml(grid, rows, roles, inert, copy);
  const total = out.reduce((n, s) => n + s.length, 0);
  if (total <= MAX_SNIPPET_CHARS) return `<table>${out.join('')}</table>`;
  // Too long: the first rows that fit (copied again, so spans count only the rows kept), then 「…」.
  let keep = 0;
  for (let n = 0; keep < out.length && n + out[keep]!.length <= MAX_SNIPPET_CHARS; keep++) n += out[keep]!.length;
  out = rowsHtml(grid, rows.slice(0, Math.max(keep, 1)), roles, inert, copy);
  return `<table>${out.join('')}<tr><td colspan="${Math.max(grid.width, 1)}">…</td></tr></table>`;
}

function tableSnippet(table: Element, cells: FindingLocation['cells'], grids: Grids, inert: Document): string {
  const roles = new Map<Element, CellRole>(cells.map((c) => [c.el, c.role]));
  return gridSnippet(gridOf(table, grids), roles, inert, (cell, span, role) => copyCell(cell, inert, span, role));
}

export function rowsSnippet(loc: FindingLocation | undefined, grids: Grids = new Map()): string | null {
  if (!loc || loc.cells.length === 0) return null;
  // Copies go into an inert document: no image loads, no handler of the page's ever fires for them.
  const inert = loc.cells[0]!.el.ownerDocument.implementation.createHTMLDocument('');
  const byTable = new Map<Element, FindingLocation['cells']>();
  for (const c of loc.cells) {
    const table = c.el.closest('table');
    if (!table) continue;
    const list = byTable.get(table);
    if (list) list.push(c);
    else byTable.set(table, [c]);
  }
  if (byTable.size === 0) return null;
  return [...byTable].sort(([a], [b]) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1)).map(([table, cells]) => tableSnippet(table, cells, grids, inert)).join('');
}

export function allSnippets(ids: readonly string[], locations: ReadonlyMap<string, FindingLocation>): Record<string, string> {
  const out: Record<string, string> = {};
  const grids: Grids = new Map();
  for (const id of ids) {
    const s = rowsSnippet(locations.get(id), grids);
    if (s) out[id] = s;
  }
  return out;
}
