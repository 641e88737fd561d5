// A PDF's pages → the reader's items in order: each page's lines and tables top to bottom, running
// headers, footers and page numbers left out, lines wrapped by the page's width joined back into
// their paragraph, and a statistical table continued on the next page read as one table.
import { tableKindOfText } from '../../parse/table-kind';
import { opensWithOrdinal } from '../../text/normalize';
import type { TableKey } from '../../templates/types';
import type { Grid, GridCell } from '../types';
import { groupLines } from './page-lines';
import type { VisualLine } from './page-lines';
import { ruledTables } from './ruled-tables';
import type { RuledTable } from './ruled-tables';
import { unruledTables } from './unruled-tables';
import { joinWrapped } from './text-join';
import type { PdfPage, PdfRef } from './types';

export type PdfItem =
  | { kind: 'line'; text: string; ref: PdfRef; inTable: boolean }
  | { kind: 'table'; table: TableKey; grid: Grid<PdfRef>; xs: number[]; cut: boolean }
  | { kind: 'image'; ref: PdfRef };

/** What stands on one page, top to bottom, before pages are joined. */
type Block =
  | { kind: 'line'; line: VisualLine; ref: PdfRef; top: number }
  | { kind: 'table'; t: RuledTable; top: number }
  | { kind: 'image'; ref: PdfRef; top: number };

/** Smaller images are icons, logos and stamps, not content that stands in for a table or text. */
const MIN_IMAGE = { w: 120, h: 40 };

/** Where running headers and footers stand: this share of the page's height at its top and bottom. */
const MARGIN_BAND = 0.09;
const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d+\s*(?:页)?\s*(?:[/／]\s*\d+|共\s*\d+\s*页)?[-—–\s]*$|^(?:Page\s*)?\d+\s*(?:of\s*\d+)?$/i;

const lineRef = (page: number, l: VisualLine): PdfRef => ({ page, x: l.x0, y: l.y - l.size * 0.2, w: l.x1 - l.x0, h: l.size * 1.2 });

function gridText(grid: Grid<PdfRef>): string {
  return grid.cells.map((c) => c.text).join(' ');
}

function pageBlocks(page: PdfPage): Block[] {
  const ruled = ruledTables(page);
  const inRuled = new Set(ruled.flatMap((t) => [...t.runs]));
  // A table without ruling lines is looked for among the runs no ruled table holds.
  const tables = [...ruled, ...unruledTables(page, page.runs.filter((r) => !inRuled.has(r)))];
  const inTables = new Set(tables.flatMap((t) => [...t.runs]));
  const lines = groupLines(page.runs.filter((r) => !inTables.has(r)), true);
  const blocks: Block[] = [
    ...lines.map((line): Block => ({ kind: 'line', line, ref: lineRef(page.number, line), top: line.y + line.size })),
    ...tables.map((t): Block => ({ kind: 'table', t, top: t.grid.ref.y + t.grid.ref.h })),
    ...page.images.filter((b) => b.w >= MIN_IMAGE.w && b.h >= MIN_IMAGE.h)
      .map((b): Block => ({ kind: 'image', ref: { page: page.number, ...b }, top: b.y + b.h })),
  ];
  return columnOrder(blocks.sort((a, b) => b.top - a.top));
}

/** A block's left and right edges and its bottom. */
function extent(b: Block): { x0: number; x1: number; bottom: number } {
  if (b.kind === 'line') return { x0: b.line.x0, x1: b.line.x1, bottom: b.line.y };
  const r = b.kind === 'table' ? b.t.grid.ref : b.ref;
  return { x0: r.x, x1: r.x + r.w, bottom: r.y };
}

/** Blocks in each column of the page must stand on each side of a gutter this often to be read as columns. */
const MIN_COLUMN_BLOCKS = 4;

/**
 * A page in two columns (a portal's sidebar beside its article) read column by column: a gutter
 * that no block crosses over the left column's height, with blocks on both sides; blocks across
 * it above the left column come first, the left column next, then the right column with whatever
 * spans the page below. Blocks sorted top first come back so when the page has no such gutter.
 */
function columnOrder(blocks: Block[]): Block[] {
  const boxes = blocks.map(extent);
  let best: { left: Set<number>; score: number; top: number } | null = null;
  for (const g of new Set(boxes.map((b) => Math.round(b.x1) + 2))) {
    const left = new Set<number>();
    let right = 0;
    boxes.forEach((b, i) => (b.x1 <= g ? left.add(i) : b.x0 >= g && right++));
    if (left.size < MIN_COLUMN_BLOCKS || right < MIN_COLUMN_BLOCKS) continue;
    const tops = [...left].map((i) => blocks[i]!.top);
    const bottoms = [...left].map((i) => boxes[i]!.bottom);
    const top = Math.max(...tops);
    const bottom = Math.min(...bottoms);
    const crossed = boxes.some((b, i) => !left.has(i) && b.x0 < g && b.x1 > g && blocks[i]!.top > bottom && b.bottom < top);
    const score = Math.min(left.size, right);
    if (!crossed && (!best || score > best.score)) best = { left, score, top };
  }
  if (!best) return blocks;
  const { left, top } = best;
  const above = blocks.filter((b, i) => !left.has(i) && b.top > top && boxes[i]!.bottom >= top);
  const leftBlocks = blocks.filter((_, i) => left.has(i));
  const rest = blocks.filter((b, i) => !left.has(i) && !above.includes(b));
  return [...above, ...leftBlocks, ...rest];
}

/** Lines in the top or bottom band that repeat on other pages (digits aside), or are page numbers. */
function runningLines(pages: readonly PdfPage[], blocks: readonly Block[][]): Set<Block> {
  const inBand = (b: Block, page: PdfPage) => b.kind === 'line' && (b.top > page.height * (1 - MARGIN_BAND) || b.top < page.height * MARGIN_BAND);
  const key = (b: Block) => (b.kind === 'line' ? b.line.text.replace(/\d+/g, '#') : '');
  const seen = new Map<string, number>();
  blocks.forEach((list, i) => {
    for (const k of new Set(list.filter((b) => inBand(b, pages[i]!)).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  });
  const out = new Set<Block>();
  blocks.forEach((list, i) => {
    for (const b of list) {
      if (b.kind !== 'line' || !inBand(b, pages[i]!)) continue;
      if (PAGE_NUMBER.test(b.line.text) || (pages.length > 1 && (seen.get(key(b)) ?? 0) > 1)) out.add(b);
    }
  });
  return out;
}

/** A wrapped line runs on into the next when it reaches the text's right edge and the next one is
 *  the same size, close below (or at the top of the next page), and not a numbered heading. */
const HEADING_START = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])/;

/** Where a page's text runs full width: the right end of its lines, and the left end of those that
 *  reach it (a sidebar's lines do not). */
interface Edges {
  left: number;
  right: number;
}

function pageEdges(lines: readonly VisualLine[]): Edges {
  const long = lines.filter((l) => l.text.length >= 8);
  const right = Math.max(0, ...long.map((l) => l.x1));
  const full = long.filter((l) => l.x1 >= right - l.size * 3);
  return { left: Math.min(right, ...full.map((l) => l.x0)), right };
}

function continues(prev: VisualLine, next: VisualLine, edges: Edges, samePage: boolean): boolean {
  const rightEdge = edges.right;
  if (Math.abs(prev.size - next.size) > Math.max(0.5, prev.size * 0.1)) return false;
  // A centred title wrapped over two lines.
  const centred = Math.abs((prev.x0 + prev.x1) / 2 - (next.x0 + next.x1) / 2) < prev.size;
  // A centred title wrapped over two lines: its first line as wide as the text runs (another
  // character would not fit); a shorter centred line (a byline above a title) stands alone.
  const fullWidth = prev.x1 - prev.x0 >= edges.right - edges.left - prev.size * 2;
  if (samePage && centred && fullWidth && prev.y - next.y <= prev.size * 2.4 && next.x1 < prev.x1) return true;
  if (prev.x1 < rightEdge - prev.size * 3) return false;
  // A line set off from the left edge that reaches the right one is right-aligned (a signature, a
  // date): a line of its own.
  if (prev.x0 > edges.left + prev.size * 4) return false;
  if (samePage && (prev.y - next.y > prev.size * 2.4 || prev.y <= next.y)) return false;
  if (next.x0 > prev.x0 + prev.size * 0.5 && samePage) return false;
  return !HEADING_START.test(next.text);
}

/** Rows of `part` at its top that repeat the first rows of `first` (a header printed again). */
function repeatedHeader(first: Grid<PdfRef>, part: Grid<PdfRef>): number {
  const rowText = (g: Grid<PdfRef>, r: number) => (g.slots[r] ?? []).map((c) => c?.text.replace(/\s+/g, '') ?? '').join('|');
  let n = 0;
  while (n < part.height && n < first.height - 1 && rowText(part, n) === rowText(first, n) && rowText(part, n).replace(/\|/g, '') !== '') n++;
  return n;
}

/** Where each of `part`'s column boundaries stands among `xs` (give or take a few points), or null
 *  when one of them is not among them. */
function boundaryMap(xs: readonly number[], part: readonly number[]): number[] | null {
  const map = part.map((x) => xs.findIndex((y) => Math.abs(x - y) <= 3));
  return map.includes(-1) ? null : map;
}

/** The part's grid on the columns of the table it continues. */
function onColumns(part: Grid<PdfRef>, map: readonly number[], width: number): Grid<PdfRef> {
  const cells = new Map<GridCell<PdfRef>, GridCell<PdfRef>>();
  for (const c of part.cells) {
    const col = map[c.col]!;
    cells.set(c, { ...c, col, colSpan: map[c.col + c.colSpan]! - col });
  }
  const slots = part.slots.map(() => [] as (GridCell<PdfRef> | undefined)[]);
  for (const c of cells.values()) {
    for (let dr = 0; dr < c.rowSpan; dr++) for (let dc = 0; dc < c.colSpan; dc++) slots[c.row + dr]![c.col + dc] = c;
  }
  return { ref: part.ref, slots, cells: [...cells.values()], width, height: part.height };
}

const isNumber = (c: GridCell<PdfRef>) => /^[-\d０-９]/.test(c.text.trim());

/** A cell that may go on over rows below it: a merged cell or a label, not a number. */
const spansOn = (a: GridCell<PdfRef>) => a.rowSpan > 1 || (a.text.trim() !== '' && !isNumber(a));

/** A merged cell over every row a page holds of the table has no lines of its own there (a
 *  browser draws none at the page's break), so the part has no cell in its columns: the cell of
 *  the last row before the part spans on over the part's rows. */
function spanOnOverEmptyColumns(into: Grid<PdfRef>, lastRow: number): void {
  const added = into.slots.slice(lastRow + 1);
  if (added.length === 0) return;
  for (const a of new Set(into.slots[lastRow] ?? [])) {
    if (!a || a.row + a.rowSpan - 1 !== lastRow || !spansOn(a)) continue;
    const cols = Array.from({ length: a.colSpan }, (_, k) => a.col + k);
    if (added.some((row) => cols.some((c) => row[c]))) continue;
    a.rowSpan += added.length;
    for (const row of added) for (const c of cols) row[c] = a;
  }
}

/** `part`'s rows appended to `into`, its repeated header skipped. A row cut by the page break
 *  (every cell of the part's first row under a cell of the table's last row) is one row again:
 *  the texts are joined, and a cell that goes on below spans on from the cell above. */
function appendRows(into: Grid<PdfRef>, part: Grid<PdfRef>): void {
  const skip = repeatedHeader(into, part);
  const lastRow = into.height - 1;
  const first = part.cells.filter((c) => c.row === skip);
  const aboveOf = (c: GridCell<PdfRef>) => {
    const a = into.slots[lastRow]?.[c.col];
    return a && a.col === c.col && a.colSpan === c.colSpan && a.row + a.rowSpan - 1 === lastRow ? a : null;
  };
  // Cells of the last row itself (not spans from above it) hold the row's own values: when the
  // part's cells under them are mostly empty, the part's row is the rest of that row.
  const own = first.filter((c) => aboveOf(c)?.row === lastRow);
  const filled = own.filter((c) => c.text.trim() !== '').length;
  // A header row cut by the break: no number above it or in it, its column labels' last lines
  // below, nothing in its first column (a row of blank cells under the header has its label) and
  // no label the same as above it (the header's last row printed again).
  const filledCells = first.filter((c) => c.text.trim() !== '');
  const inHeader = !into.cells.some(isNumber) && !first.some(isNumber)
    && !filledCells.some((c) => c.col === 0 || c.text.trim() === aboveOf(c)?.text.trim());
  // The rest of a row whose labels (a group's and its own) both went on below the break: words,
  // no number, none of them opening a label of its own (「（四）」, 「1.」).
  const labelsGoOn = filledCells.length > 1 && filledCells.every((c) => !isNumber(c) && !opensWithOrdinal(c.text));
  const cut = own.length > 0 && first.every((c) => aboveOf(c)) && (inHeader || (filled < own.length && (filled <= 1 || labelsGoOn)));
  const moved = new Map<GridCell<PdfRef>, GridCell<PdfRef>>();
  // Rows of the part from `from` on become the table's rows from `into.height` on.
  const from = cut ? skip + 1 : skip;
  if (cut) {
    for (const c of first) {
      const a = aboveOf(c)!;
      a.text = joinWrapped(a.text, c.text.trim());
      a.rowSpan += c.rowSpan - 1;
      moved.set(c, a);
    }
  } else {
    // A merged cell the page break cut (a row label over several rows, the rows after the break on
    // this page): its part here is an empty cell under a merged cell or a label, and spans on from
    // it. An empty cell under a number is a blank cell of its own.
    for (const c of first) {
      const a = aboveOf(c);
      if (!a || !spansOn(a) || c.text.trim() !== '') continue;
      a.rowSpan += c.rowSpan;
      moved.set(c, a);
    }
  }
  const offset = into.height - from;
  for (const cell of part.cells) {
    if (cell.row < from || moved.has(cell)) continue;
    const copy: GridCell<PdfRef> = { ...cell, row: cell.row + offset };
    moved.set(cell, copy);
    into.cells.push(copy);
  }
  for (let r = from; r < part.height; r++) {
    into.slots[r + offset] = (part.slots[r] ?? []).map((c) => (c ? moved.get(c) : undefined));
  }
  spanOnOverEmptyColumns(into, lastRow);
  into.height = into.slots.length;
  into.width = Math.max(into.width, part.width);
}

/** A ruled table and the page it stands on, continued parts merged in. */
interface TablePart {
  grid: Grid<PdfRef>;
  xs: number[];
  /** One of its parts was cut by the page's right edge. */
  cut: boolean;
  /** The page its last part stands on. */
  page: number;
}

/** The column boundaries of both, when they are one table's: the same outer edges, or the
 *  boundaries of one all among the other's (a part whose first column has no lines of its own). */
function unionColumns(a: readonly number[], b: readonly number[]): number[] | null {
  const near = (x: number, list: readonly number[]) => list.some((y) => Math.abs(x - y) <= 3);
  const sameEdges = near(a[0]!, [b[0]!]) && near(a[a.length - 1]!, [b[b.length - 1]!]);
  if (!sameEdges && !b.every((x) => near(x, a)) && !a.every((x) => near(x, b))) return null;
  const out: number[] = [];
  for (const x of [...a, ...b].sort((p, q) => p - q)) if (out.length === 0 || x - out[out.length - 1]! > 3) out.push(x);
  return out;
}

/** `part` appended to `into` when it continues it: its columns line up with the table's. A part's
 *  left edge inside one of the table's columns is that column's left edge (a table read off its
 *  text has its edge where the part's labels start, further in than the column's). */
function mergeInto(into: TablePart, part: TablePart): boolean {
  const left = part.xs[0]!;
  const before = into.xs.filter((x) => x < left - 3);
  const partXs = before.length > 0 && !into.xs.some((x) => Math.abs(x - left) <= 3) ? [before[before.length - 1]!, ...part.xs.slice(1)] : part.xs;
  const xs = unionColumns(into.xs, partXs);
  const a = xs && boundaryMap(xs, into.xs);
  const b = xs && boundaryMap(xs, partXs);
  if (!xs || !a || !b) return false;
  const grid = onColumns(into.grid, a, xs.length - 1);
  appendRows(grid, onColumns(part.grid, b, xs.length - 1));
  into.grid = grid;
  into.xs = xs;
  into.cut ||= part.cut;
  into.page = part.page;
  return true;
}

export function readingOrder(pages: readonly PdfPage[]): PdfItem[] {
  const blocks = pages.map(pageBlocks);
  const running = runningLines(pages, blocks);
  // Blocks in order, a table at the top of a page merged into the table that closed the last page.
  type Placed = { kind: 'line'; line: VisualLine; ref: PdfRef; page: number; edges: Edges } | { kind: 'table'; part: TablePart }
    | { kind: 'image'; ref: PdfRef };
  const placed: Placed[] = [];
  blocks.forEach((list, i) => {
    const page = pages[i]!;
    const kept = list.filter((b) => !running.has(b));
    const edges = pageEdges(kept.flatMap((b) => (b.kind === 'line' ? [b.line] : [])));
    kept.forEach((b, k) => {
      if (b.kind === 'line') {
        placed.push({ kind: 'line', line: b.line, ref: b.ref, page: page.number, edges });
        return;
      }
      if (b.kind === 'image') {
        placed.push({ kind: 'image', ref: b.ref });
        return;
      }
      const last = placed[placed.length - 1];
      const part: TablePart = { grid: b.t.grid, xs: b.t.xs, cut: b.t.cut, page: page.number };
      if (k === 0 && last?.kind === 'table' && last.part.page === page.number - 1 && mergeInto(last.part, part)) return;
      placed.push({ kind: 'table', part });
    });
  });
  const items: PdfItem[] = [];
  let prev: { line: VisualLine; page: number; edges: Edges; item: PdfItem & { kind: 'line' } } | null = null;
  for (const p of placed) {
    if (p.kind === 'image') {
      prev = null;
      items.push({ kind: 'image', ref: p.ref });
      continue;
    }
    if (p.kind === 'table') {
      prev = null;
      const { grid, xs, cut } = p.part;
      const kind = tableKindOfText(gridText(grid));
      if (kind) items.push({ kind: 'table', table: kind, grid, xs, cut });
      else for (const cell of grid.cells) if (cell.text.trim()) items.push({ kind: 'line', text: cell.text.trim(), ref: cell.ref, inTable: true });
      continue;
    }
    const { line, ref } = p;
    if (prev && continues(prev.line, line, prev.edges, prev.page === p.page)) {
      prev.item.text = joinWrapped(prev.item.text, line.text);
      if (prev.page === p.page) {
        const r = prev.item.ref;
        const x = Math.min(r.x, ref.x);
        const y = Math.min(r.y, ref.y);
        prev.item.ref = { page: r.page, x, y, w: Math.max(r.x + r.w, ref.x + ref.w) - x, h: r.y + r.h - y };
      }
      prev = { line, page: p.page, edges: p.edges, item: prev.item };
      continue;
    }
    const item: PdfItem & { kind: 'line' } = { kind: 'line', text: line.text, ref, inTable: false };
    items.push(item);
    prev = { line, page: p.page, edges: p.edges, item };
  }
  return items;
}
