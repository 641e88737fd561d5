// The tables of a page, read off their ruling lines: lines that cross each other form one table,
// their positions give its column and row boundaries, and a missing line between two slots joins
// them into one cell (a merged cell). Each glyph run falls in the cell holding its centre.
import type { Grid, GridCell } from '../types';
import { glyphs } from './glyphs';
import { joinCellLines } from './text-join';
import { groupLines } from './page-lines';
import type { PdfPage, PdfRef, Rule, Run } from './types';

const TOL = 1.5;

export interface RuledTable {
  grid: Grid<PdfRef>;
  /** The runs read into its cells (not part of the page's lines). */
  runs: Set<Run>;
  /** Column boundaries, left to right (PDF units). */
  xs: number[];
  /** Cut by the page's right edge: its lines run on to the right with no border closing them
   *  there or on past the clip around the page's content (a browser printing a table wider than
   *  the paper), or its last line stands on the edge itself (LibreOffice clips a table wider than
   *  the page). Its last column is read as far as it is printed: a label cut short names no column. */
  cut: boolean;
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - group[group.length - 1]! > TOL) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

const crosses = (h: Rule, v: Rule) => v.at >= h.a - TOL && v.at <= h.b + TOL && h.at >= v.a - TOL && h.at <= v.b + TOL;
/** Two lines of one direction that continue each other (a border drawn cell by cell). */
const continuesLine = (p: Rule, q: Rule) => Math.abs(p.at - q.at) <= TOL && p.a <= q.b + TOL && q.a <= p.b + TOL;

/** Groups of rules that touch one another. */
function components(rules: readonly Rule[]): Rule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const hs = rules.map((r, i) => [r, i] as const).filter(([r]) => r.dir === 'h');
  const vs = rules.map((r, i) => [r, i] as const).filter(([r]) => r.dir === 'v');
  const join = (i: number, j: number) => void (parent[find(i)] = find(j));
  for (const [h, i] of hs) for (const [v, j] of vs) if (crosses(h, v)) join(i, j);
  for (const list of [hs, vs]) {
    const sorted = [...list].sort(([p], [q]) => p.at - q.at || p.a - q.a);
    for (let k = 0; k < sorted.length; k++) {
      for (let m = k + 1; m < sorted.length && sorted[m]![0].at - sorted[k]![0].at <= TOL; m++) {
        if (continuesLine(sorted[k]![0], sorted[m]![0])) join(sorted[k]![1], sorted[m]![1]);
      }
    }
  }
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, i) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = []));
    g.push(r);
  });
  return [...groups.values()];
}

/** Punctuation that closes a phrase: a word processor lets it hang past the cell's edge (Word's
 *  「允许标点溢出边界」), so it belongs to the text on its left whatever its centre. */
const HANGING = /^[、，。；：？！）」』】》〉”’,.;:)]+$/;

/** A run that crosses column boundaries (a producer wrote a row's header cells as one run), cut
 *  where its glyphs cross them, each glyph's width estimated from its kind; hanging punctuation
 *  stays with the glyphs before it. */
function splitAt(run: Run, xs: readonly number[]): Run[] {
  const inner = xs.filter((x) => x > run.x + run.size * 0.3 && x < run.x + run.w - run.size * 0.3);
  if (inner.length === 0) return [run];
  const out: Run[] = [];
  let piece = '';
  let start = run.x;
  let k = 0;
  let end = run.x;
  for (const { ch, x: at, w } of glyphs(run)) {
    if (k < inner.length && at + w / 2 > inner[k]! && !(HANGING.test(ch) && at < inner[k]!)) {
      if (piece.trim()) out.push({ text: piece, x: start, y: run.y, w: at - start, size: run.size });
      piece = '';
      start = at;
      while (k < inner.length && at + w / 2 > inner[k]!) k++;
    }
    piece += ch;
    end = at + w;
  }
  if (piece.trim()) out.push({ text: piece, x: start, y: run.y, w: end - start, size: run.size });
  return out;
}

/** The text of a cell's runs: its lines top to bottom, joined as a cell's wrapped lines. */
export function cellText(runs: readonly Run[]): string {
  return groupLines(runs).reduce((text, line) => joinCellLines(text, line.text), '');
}

function buildTable(page: Pick<PdfPage, 'number' | 'width' | 'clipRight'>, rules: readonly Rule[], runs: readonly Run[]): RuledTable | null {
  const hs = rules.filter((r) => r.dir === 'h');
  const vs = rules.filter((r) => r.dir === 'v');
  // A row continued from the last page has no line above it (its border was the last page's):
  // the table's edges are where its lines reach.
  const reach = (list: Rule[]) => (list.length ? [Math.min(...list.map((r) => r.a)), Math.max(...list.map((r) => r.b))] : []);
  const xs = vs.length ? cluster([...vs.map((r) => r.at), ...reach(hs)]) : [];
  const ys = hs.length ? cluster([...hs.map((r) => r.at), ...reach(vs)]).reverse() : []; // top first
  const bordered = (x: number) => vs.some((v) => Math.abs(v.at - x) <= TOL);
  // Cut by the page's right edge: a browser draws the lines on with no border closing them, or
  // on past the clip around the page's content; LibreOffice clips the table's drawing to the
  // page, so its last line stands on the edge itself.
  const right = xs[xs.length - 1]!;
  const cut = xs.length > 2 && bordered(xs[0]!) && (!bordered(right) || right > page.clipRight + TOL || right >= page.width - TOL);
  if (xs.length < 2 || ys.length < 2) return null;
  const R = ys.length - 1;
  const C = xs.length - 1;
  const hasV = (ci: number, r: number) => {
    const mid = (ys[r]! + ys[r + 1]!) / 2;
    return vs.some((v) => Math.abs(v.at - xs[ci]!) <= TOL && v.a - TOL <= mid && mid <= v.b + TOL);
  };
  const hasH = (ri: number, c: number) => {
    const mid = (xs[c]! + xs[c + 1]!) / 2;
    return hs.some((h) => Math.abs(h.at - ys[ri]!) <= TOL && h.a - TOL <= mid && mid <= h.b + TOL);
  };
  const slots: (GridCell<PdfRef> | undefined)[][] = Array.from({ length: R }, () => []);
  const cells: GridCell<PdfRef>[] = [];
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (slots[r]![c]) continue;
      let colSpan = 1;
      while (c + colSpan < C && !hasV(c + colSpan, r) && !slots[r]![c + colSpan]) colSpan++;
      let rowSpan = 1;
      while (r + rowSpan < R && !hasH(r + rowSpan, c)) rowSpan++;
      const ref: PdfRef = { page: page.number, x: xs[c]!, y: ys[r + rowSpan]!, w: xs[c + colSpan]! - xs[c]!, h: ys[r]! - ys[r + rowSpan]! };
      const cell: GridCell<PdfRef> = { ref, row: r, col: c, rowSpan, colSpan, text: '' };
      cells.push(cell);
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) slots[r + dr]![c + dc] ??= cell;
    }
  }
  const inside = new Set<Run>();
  const byCell = new Map<GridCell<PdfRef>, Run[]>();
  // A bottom cell with no line under it was cut by the page's end: a browser paints the rest of a
  // merged cell's text just below the cut, and it is that cell's.
  const openBelow = (cx: number) => {
    const c = xs.findIndex((x, i) => i < C && cx >= x && cx < xs[i + 1]!);
    return c >= 0 && !hasH(R, c);
  };
  for (const whole of runs) {
    const cy = whole.y + whole.size * 0.35;
    const cx = whole.x + whole.w / 2;
    if (cx < xs[0]! || cx > xs[C]! || cy > ys[0]!) continue;
    if (cy < ys[R]! && !(cy >= ys[R]! - whole.size * 2.5 && openBelow(cx))) continue;
    inside.add(whole);
    for (const run of splitAt(whole, xs)) place(run, cy);
  }
  function place(run: Run, cy: number) {
    // Hanging punctuation by where it starts; anything else by its centre.
    const cx = HANGING.test(run.text.trim()) ? run.x + Math.min(run.w / 2, 0.5) : run.x + run.w / 2;
    const c = Math.min(C - 1, xs.findIndex((x, i) => i < C && cx >= x && cx < xs[i + 1]!) >>> 0);
    const r = Math.min(R - 1, ys.findIndex((y, i) => i < R && cy <= y && cy > ys[i + 1]!) >>> 0);
    const cell = slots[r]?.[c];
    if (!cell) return;
    let list = byCell.get(cell);
    if (!list) byCell.set(cell, (list = []));
    list.push(run);
  }
  for (const [cell, list] of byCell) cell.text = cellText(list);
  const ref: PdfRef = { page: page.number, x: xs[0]!, y: ys[R]!, w: xs[C]! - xs[0]!, h: ys[0]! - ys[R]! };
  return { grid: { ref, slots, cells, width: C, height: R }, runs: inside, xs, cut };
}

/** A horizontal line just under a line of text, from its first glyph to its last: the text is
 *  underlined (a link), the line is no cell's border (a border runs on past a cell's padding). */
function underlines(rule: Rule, runs: readonly Run[]): boolean {
  if (rule.dir !== 'h') return false;
  const over = runs.filter((r) => r.y > rule.at && r.y - rule.at <= r.size * 0.3 && r.x < rule.b && r.x + r.w > rule.a);
  if (over.length === 0) return false;
  const from = Math.min(...over.map((r) => r.x));
  const to = Math.max(...over.map((r) => r.x + r.w));
  const inked = over.reduce((n, r) => n + r.w, 0);
  return Math.abs(from - rule.a) <= TOL && Math.abs(to - rule.b) <= TOL && inked >= (rule.b - rule.a) * 0.8;
}

const contains = (outer: PdfRef, inner: PdfRef) => outer !== inner && inner.x >= outer.x - TOL && inner.y >= outer.y - TOL
  && inner.x + inner.w <= outer.x + outer.w + TOL && inner.y + inner.h <= outer.y + outer.h + TOL;

/** A cell holding more than this many characters holds prose: its lines are a frame. */
const FRAME_CHARS = 100;

/** The page's ruled tables, top to bottom. Lines that frame other tables or prose (a portal's
 *  layout box around its article) are a frame, not a table: what is inside is read as it stands.
 *  A single box inside a table (the frame of an image or a text box in a cell) is that cell's. */
export function ruledTables(page: Pick<PdfPage, 'number' | 'width' | 'clipRight' | 'rules' | 'runs'>): RuledTable[] {
  const out: RuledTable[] = [];
  for (const group of components(page.rules.filter((r) => !underlines(r, page.runs)))) {
    const t = buildTable(page, group, page.runs);
    if (t && t.grid.height > 0 && t.grid.width > 0) out.push(t);
  }
  const box = (t: RuledTable) => t.grid.width * t.grid.height === 1;
  const frame = (t: RuledTable) => out.some((o) => !box(o) && contains(t.grid.ref, o.grid.ref))
    || t.grid.cells.some((c) => c.text.replace(/\s+/g, '').length > FRAME_CHARS);
  const tables = out.filter((t) => !frame(t));
  return tables.filter((t) => !box(t) || !tables.some((o) => contains(o.grid.ref, t.grid.ref)))
    .sort((a, b) => b.grid.ref.y + b.grid.ref.h - (a.grid.ref.y + a.grid.ref.h));
}
