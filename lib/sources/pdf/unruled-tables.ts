// The statistical tables of a page drawn without ruling lines (LibreOffice drops a page's table
// borders it cannot draw, a word processor's table may have none), read off where their text
// stands: the numbers' columns give the table's columns, each line holding numbers a row, and the
// lines above them its header. Read into the shape of a ruled table, so pages join them as they
// join ruled ones.
import { matchLabel } from '../../parse/labels';
import { tableKindOfText } from '../../parse/table-kind';
import { TEMPLATES } from '../../templates';
import { opensWithOrdinal, splitOrdinal } from '../../text/normalize';
import { REQUEST_ROWS } from '../../templates/requests';
import type { LabelDef, TableKey } from '../../templates/types';
import type { GridCell } from '../types';
import { baselineGroups, groupLines } from './page-lines';
import { glyphs } from './glyphs';
import { cellText } from './ruled-tables';
import type { RuledTable } from './ruled-tables';
import type { PdfPage, PdfRef, Run } from './types';

/** A gap wider than this share of the text's size parts a line into segments: a cell's padding
 *  at least, where a word space is narrower (the space's own run is no gap). */
const SEGMENT_GAP = 0.3;
/** Glyph runs of one piece of text abut; cells' texts that touch (narrow cells filled by their
 *  text) leave a sliver between them, which parts them where a column boundary falls. */
const ABUT = 0.1;
/** A table's lines stand at most this many sizes apart, and lines of several segments at most
 *  `SPAN_REACH` (a row label wrapped over lines, a caption between them). */
const ROW_REACH = 5;
const SPAN_REACH = 10;
/** A line this close (in sizes) to its neighbour is part of the same text (a wrapped cell). */
const WRAPPED = 1.6;
/** Lines of a header this close (in sizes) are one band of header rows; farther apart, two (a
 *  caption over a block's header). */
const BAND_GAP = 2.2;
/** A label-only line joins a row whose numbers stand at most this many sizes from it. */
const WRAP_REACH = 2.8;
/** A region holds a table when this many of its lines hold numbers, or one line this many. */
const MIN_NUMBER_LINES = 3;
const MIN_NUMBERS_ON_LINE = 5;
/** Rows of a table whose kind its text does not tell hold this many numbers each. */
const MIN_NUMBERS_IN_ROW = 3;

/** Text this close (in sizes) to the page's right edge stands on it: the page's margin is far
 *  wider, a cell's padding is not (the cell's edge, or the next column's, is on the edge). */
const CUT_REACH = 0.6;
/** A value: digits, perhaps grouped or with decimals (「1.」 opens a label, it is no value). */
const NUMBER = /^[-−+]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?%?$/;
/** Labels' segments closer than this share of the size are one label (「1.」 and its words). */
const LABEL_GAP = 0.5;

interface Segment {
  runs: Run[];
  text: string;
  x0: number;
  x1: number;
}

interface Line {
  /** All its runs, spaces too: the table takes them from the page's lines. */
  runs: Run[];
  segments: Segment[];
  /** The top run's baseline and the lowest's (a label's baseline a little off its numbers'). */
  y: number;
  low: number;
  size: number;
  x0: number;
  x1: number;
}

/** A column: where it starts, the point a text covers to be in it, and whether it holds values. */
interface Column {
  start: number;
  key: number;
  value: boolean;
}

const isBlank = (r: Run) => r.text.trim() === '';

/** Where a run's glyphs end: a trailing space's width (in the run's share) is not ink. */
const inkEnd = (r: Run) => r.x + (r.w * [...r.text.trimEnd()].length) / Math.max(1, [...r.text].length);

function segment(runs: Run[]): Segment {
  return { runs, text: groupLines(runs).map((l) => l.text).join(''), x0: runs[0]!.x, x1: Math.max(...runs.map(inkEnd)) };
}

/** A line's inked runs parted where `parts` says two neighbours are apart. */
function partRuns(runs: readonly Run[], parts: (left: Run, right: Run, gap: number) => boolean): Segment[] {
  const out: Run[][] = [];
  let right = -Infinity;
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && !parts(last[last.length - 1]!, run, run.x - right)) last.push(run);
    else out.push([run]);
    right = Math.max(right, run.x + run.w);
  }
  return out.map(segment);
}

/** The page's lines (of the runs given), top first, each parted into segments at wide gaps. */
function pageLines(runs: readonly Run[]): Line[] {
  return baselineGroups(runs).flatMap((group) => {
    const inked = group.filter((r) => !isBlank(r)).sort((a, b) => a.x - b.x);
    if (inked.length === 0) return [];
    const segments = partRuns(inked, (_, run, gap) => gap > run.size * SEGMENT_GAP);
    const size = Math.max(...inked.map((r) => r.size));
    return [{ runs: group, segments, y: inked[0]!.y, low: Math.min(...inked.map((r) => r.y)), size, x0: segments[0]!.x0, x1: Math.max(...segments.map((s) => s.x1)) }];
  });
}

const tabular = (l: Line) => l.segments.length >= 2;

/** How far apart two lines stand: from the nearer baselines of each. */
const apart = (a: Line, b: Line) => Math.min(Math.abs(a.low - b.y), Math.abs(a.y - b.low), Math.abs(a.y - b.y));

/**
 * Runs of consecutive lines that may be a table: lines of several segments, with the lines between
 * them that are set in from the text's left edge (a caption, a label's second line) or close to a
 * neighbour (a label wrapped over lines), and above them the set-in lines over the first (a
 * heading over its columns). Prose and headings at the left edge part them.
 */
function regions(lines: readonly Line[]): Line[][] {
  const left = Math.min(...lines.map((l) => l.x0));
  const inset = (l: Line) => l.x0 > left + l.size * 2;
  const near = (i: number) => [lines[i - 1], lines[i + 1]].some((n) => n && apart(n, lines[i]!) <= lines[i]!.size * WRAPPED);
  const out: Line[][] = [];
  let i = 0;
  while (i < lines.length) {
    if (!tabular(lines[i]!)) {
      i++;
      continue;
    }
    let end = i;
    for (let j = i + 1; j < lines.length && apart(lines[j - 1]!, lines[j]!) <= lines[j]!.size * ROW_REACH; j++) {
      if (apart(lines[end]!, lines[j]!) > lines[end]!.size * SPAN_REACH) break;
      if (!tabular(lines[j]!)) continue;
      const between = Array.from({ length: j - end - 1 }, (_, k) => end + 1 + k);
      if (!between.every((k) => inset(lines[k]!) || near(k))) break;
      end = j;
    }
    let start = i;
    const floor = out.length ? lines.indexOf(out[out.length - 1]![out[out.length - 1]!.length - 1]!) : -1;
    // Beside a line of the table, a line close to it or set in not far from it.
    const joins = (l: Line, to: Line) => !tabular(l) && (apart(l, to) <= l.size * WRAPPED || (inset(l) && apart(l, to) <= l.size * ROW_REACH));
    while (start - 1 > floor && joins(lines[start - 1]!, lines[start]!)) start--;
    while (end + 1 < lines.length && joins(lines[end + 1]!, lines[end]!)) end++;
    out.push(lines.slice(start, end + 1));
    i = end + 1;
  }
  return joinHeaders(lines, out, inset);
}

/** A region without numbers is a header printed apart from its rows (a page's repeated header,
 *  the rows' merged label set far below it): it joins the next region when only set-in lines
 *  stand between them. */
function joinHeaders(lines: readonly Line[], found: Line[][], inset: (l: Line) => boolean): Line[][] {
  const out: Line[][] = [];
  for (const region of found) {
    const last = out[out.length - 1];
    if (last && !last.some((l) => l.segments.some(isNumber))) {
      const between = lines.slice(lines.indexOf(last[last.length - 1]!) + 1, lines.indexOf(region[0]!));
      if (between.every(inset)) {
        out[out.length - 1] = [...last, ...between, ...region];
        continue;
      }
    }
    out.push(region);
  }
  return out;
}

const isNumber = (s: Segment) => NUMBER.test(s.text);

/** The value columns: numbers whose extents overlap stand in one column. Each column's key is the
 *  mean of its numbers' centres (centred and right-aligned numbers alike stand under it). */
function valueColumns(lines: readonly Line[]): { centre: number; numbers: number }[] {
  const numbers = lines.flatMap((l) => l.segments.filter(isNumber)).sort((a, b) => a.x0 - b.x0);
  const groups: Segment[][] = [];
  let right = -Infinity;
  for (const s of numbers) {
    const last = groups[groups.length - 1];
    if (last && s.x0 <= right) last.push(s);
    else groups.push([s]);
    right = last && s.x0 <= right ? Math.max(right, s.x1) : s.x1;
  }
  return groups.map((g) => ({ centre: g.reduce((n, s) => n + (s.x0 + s.x1) / 2, 0) / g.length, numbers: g.length }));
}

/** Columns left of the values that no row fills (the appeals table's 行政复议 columns all
 *  blank): when no line holding numbers has a label, the header's lines of many headings (its
 *  leaf headings, one a column) name them, where they stand left of the first value. */
function blankCentres(lines: readonly Line[], centres: readonly number[]): number[] {
  const first = lines.findIndex((l) => l.segments.some(isNumber));
  const labelled = lines.slice(first).some((l) => l.segments.some((s) => !isNumber(s) && (s.x0 + s.x1) / 2 < centres[0]!));
  if (labelled) return [];
  const left = Math.min(...lines.flatMap((l) => l.segments.filter(isNumber).map((s) => s.x0)));
  const heads = lines.slice(0, first).filter((l) => l.segments.length >= MIN_NUMBERS_IN_ROW)
    .flatMap((l) => l.segments.filter((s) => s.x1 < left)).sort((a, b) => a.x0 - b.x0);
  const groups: Segment[][] = [];
  for (const s of heads) {
    const last = groups[groups.length - 1];
    if (last && s.x0 <= Math.max(...last.map((g) => g.x1))) last.push(s);
    else groups.push([s]);
  }
  return groups.map((g) => g.reduce((n, s) => n + (s.x0 + s.x1) / 2, 0) / g.length);
}

/** The label columns (where the labels left of the values start) and the value columns, halfway
 *  between the values' centres; the right edge last. Labels are read off the lines holding
 *  numbers and the lines next to them (a label's other lines): a header's lines are no labels.
 *  The table's left edge is the page text's (`pageLeft`), so each page's part has the same edges
 *  whatever labels it holds. */
function columns(region: readonly Line[], centres: readonly number[], pageLeft: number): { cols: Column[]; right: number } {
  const half = (centres[1]! - centres[0]!) / 2;
  const valueLeft = centres[0]! - half;
  const anchors = region.filter((l) => l.segments.some(isNumber));
  const lines = region.filter((l) => anchors.some((a) => apart(a, l) <= l.size * WRAP_REACH));
  const left = Math.min(pageLeft, ...lines.map((l) => l.x0));
  const size = lines[0]!.size;
  const starts = lines
    .flatMap((l) => partRuns(l.segments.filter((s) => !isNumber(s) && s.x1 <= valueLeft + size).flatMap((s) => s.runs), (_, run, gap) => gap > run.size * LABEL_GAP))
    .map((s) => s.x0).sort((a, b) => a - b);
  const labelStarts: number[] = [];
  for (const x of starts) if (labelStarts.length === 0 || x - labelStarts[labelStarts.length - 1]! > size / 2) labelStarts.push(x);
  if (labelStarts.length === 0 && left < valueLeft - size) labelStarts.push(left);
  if (labelStarts.length > 0) labelStarts[0] = Math.min(labelStarts[0]!, left);
  const cols: Column[] = [
    ...labelStarts.map((start) => ({ start, key: start + size, value: false })),
    ...centres.map((c, i) => ({ start: i === 0 ? (labelStarts.length ? valueLeft : Math.min(valueLeft, left)) : (centres[i - 1]! + c) / 2, key: c, value: true })),
  ];
  const lastStep = centres[centres.length - 1]! - centres[centres.length - 2]!;
  const right = Math.max(centres[centres.length - 1]! + lastStep / 2, ...region.map((l) => l.x1));
  return { cols, right };
}

/** Which columns a piece of text stands in: those whose key it covers, else the one its centre is in. */
function covered(s: Segment, cols: readonly Column[]): [number, number] {
  const hit = cols.flatMap((c, i) => (s.x0 <= c.key && c.key <= s.x1 ? [i] : []));
  if (hit.length > 0) return [hit[0]!, hit[hit.length - 1]!];
  const mid = (s.x0 + s.x1) / 2;
  let i = 0;
  while (i + 1 < cols.length && cols[i + 1]!.start <= mid) i++;
  return [i, i];
}

/** A run holding spaces (a producer wrote cells' texts on one line as one run: 「本年制发件数
 *  本年废止件数」) as its words, each where its glyphs' estimated widths put it. */
function words(run: Run): Run[] {
  const out: Run[] = [];
  let word: { text: string; x: number; w: number } | null = null;
  for (const { ch, x, w } of glyphs(run)) {
    if (/\s/.test(ch)) {
      if (word) out.push({ ...word, y: run.y, size: run.size });
      word = null;
    } else if (word) {
      word.text += ch;
      word.w += w;
    } else {
      word = { text: ch, x, w };
    }
  }
  if (word) out.push({ ...word, y: run.y, size: run.size });
  return out;
}

/** A segment parted at the spaces in its runs and where its runs leave a sliver at a column
 *  boundary (touching cells' texts). */
function pieces(s: Segment, cols: readonly Column[]): Segment[] {
  // Parted at its spaces when each word stands over a column key of its own (spaced-out letters,
  // 「科 研」, stay whole).
  const keys = (r: Run) => cols.flatMap((c, i) => (r.x <= c.key && c.key <= r.x + r.w ? [i] : []));
  const ownKeys = (list: Run[]) => list.every((w) => keys(w).length === 1) && new Set(list.map((w) => keys(w)[0])).size === list.length;
  const split = s.runs.map((r) => {
    const list = /\S\s+\S/.test(r.text) ? words(r) : [r];
    return ownKeys(list) ? list : [r];
  });
  const spaced = new Set(split.flatMap((list) => list.slice(1)));
  return partRuns(split.flat(), (a, b, gap) => {
    const at = (a.x + a.w + b.x) / 2;
    return spaced.has(b) || (gap > ABUT && cols.some((c) => Math.abs(c.start - at) <= b.size / 2));
  });
}

/** A cell being built: its slot range within its row group and the runs of its text. */
interface Draft {
  row: number;
  rowSpan: number;
  c0: number;
  c1: number;
  runs: Run[];
}

/** Pieces gathered into cells: a piece and the cells over columns it overlaps (growing as they
 *  join) are one cell. */
function mergeCells(list: { c0: number; c1: number; runs: Run[] }[], row: number, rowSpan: number): Draft[] {
  let out: Draft[] = [];
  for (const p of list) {
    const draft: Draft = { row, rowSpan, c0: p.c0, c1: p.c1, runs: [...p.runs] };
    const overlapping = () => out.filter((d) => d.c0 <= draft.c1 && draft.c0 <= d.c1);
    for (let hit = overlapping(); hit.length > 0; hit = overlapping()) {
      for (const d of hit) {
        draft.c0 = Math.min(draft.c0, d.c0);
        draft.c1 = Math.max(draft.c1, d.c1);
        draft.runs.push(...d.runs);
      }
      out = out.filter((d) => !hit.includes(d));
    }
    out.push(draft);
  }
  return out;
}

/** A heading over several value columns, the columns it heads. */
interface Spanner {
  c0: number;
  c1: number;
  level: number;
  runs: Run[];
}

/** Headings on one line under one parent part its columns between them: each heading is centred
 *  over its columns, so the parts are those whose centres come nearest the headings' centres. */
function partition(heads: readonly Segment[], lo: number, hi: number, centreOf: (c0: number, c1: number) => number): [number, number][] {
  const centre = (s: Segment) => (s.x0 + s.x1) / 2;
  if (heads.length === 1) {
    let best: [number, number] = [lo, hi];
    let err = Infinity;
    const k0 = centre(heads[0]!);
    for (let a = lo; a <= hi; a++) {
      for (let b = a; b <= hi; b++) {
        const e = Math.abs(centreOf(a, b) - k0);
        if (e < err - 1 || (Math.abs(e - err) <= 1 && b - a < best[1] - best[0])) [best, err] = [[a, b], Math.min(e, err)];
      }
    }
    return [best];
  }
  // Cut points between neighbours: each heading's part runs from the last cut to the next.
  const out: [number, number][] = [];
  let from = lo;
  heads.forEach((h, i) => {
    if (i === heads.length - 1) {
      out.push([from, hi]);
      return;
    }
    let best = from;
    let err = Infinity;
    for (let b = from; b < hi; b++) {
      const e = Math.abs(centreOf(from, b) - centre(h));
      if (e < err) [best, err] = [b, e];
    }
    out.push([from, best]);
    from = best + 1;
  });
  return out;
}

interface Layout {
  cols: Column[];
  right: number;
}

const edgeOf = (layout: Layout, c: number) => (c + 1 < layout.cols.length ? layout.cols[c + 1]!.start : layout.right);

/** The cells of a band of lines that hold no numbers (a header, a caption, a block's header in the
 *  table): headings over several value columns on rows above the rest, by how deep they are. */
function bandCells(band: readonly Line[], layout: Layout, spanners: Spanner[]): { drafts: Draft[]; height: number } {
  const { cols } = layout;
  const valueCols = cols.flatMap((c, i) => (c.value ? [i] : []));
  const centreOf = (c0: number, c1: number) => (cols[c0]!.start + edgeOf(layout, c1)) / 2;
  const mine: Spanner[] = [];
  const rest: { c0: number; c1: number; runs: Run[] }[] = [];
  for (const line of band) {
    const heads: { s: Segment; range: [number, number] }[] = [];
    const linePieces = line.segments.flatMap((seg) => pieces(seg, cols)).map((s) => ({ s, range: covered(s, cols) }));
    const taken = (c: number, by: Segment) => linePieces.some((p) => p.s !== by && p.range[0] <= c && c <= p.range[1]);
    for (const { s, range } of linePieces) {
      const values = valueCols.filter((c) => c >= range[0] && c <= range[1]);
      // Over several columns: it covers their keys, or it is wider than its one column and its
      // neighbours hold nothing on the line (a short heading centred over narrow columns).
      const neighbours = [range[0] - 1, range[1] + 1].filter((c) => cols[c]?.value);
      const lone = neighbours.length > 0 && neighbours.every((c) => !taken(c, s));
      const wide = s.x1 - s.x0 >= edgeOf(layout, range[1]) - cols[range[0]]!.start;
      if (values.length >= 2 || (values.length === 1 && lone && wide)) heads.push({ s, range });
      else rest.push({ c0: range[0], c1: range[1], runs: s.runs });
    }
    // Headings under the same parent (the nearest heading above over their columns) share it out.
    const byParent = new Map<Spanner | null, Segment[]>();
    for (const { s, range } of heads) {
      const parent = [...spanners].reverse().find((p) => p.c0 <= range[0] && range[1] <= p.c1) ?? null;
      byParent.set(parent, [...(byParent.get(parent) ?? []), s]);
    }
    for (const [parent, list] of byParent) {
      const lo = parent ? parent.c0 : valueCols[0]!;
      const hi = parent ? parent.c1 : valueCols[valueCols.length - 1]!;
      partition(list, lo, hi, centreOf).forEach(([c0, c1], k) => {
        const sp: Spanner = { c0, c1, level: parent ? parent.level + 1 : 0, runs: list[k]!.runs };
        spanners.push(sp);
        mine.push(sp);
      });
    }
  }
  const levels = [...new Set(mine.map((s) => s.level))].sort((a, b) => a - b);
  const height = levels.length + (rest.length > 0 ? 1 : 0);
  const drafts: Draft[] = [];
  for (const level of levels) drafts.push(...mergeCells(mine.filter((s) => s.level === level), levels.indexOf(level), 1));
  for (const d of mergeCells(rest, 0, 1)) {
    const above = drafts.filter((s) => s.c0 <= d.c1 && d.c0 <= s.c1);
    const row = above.length ? Math.max(...above.map((s) => s.row)) + 1 : 0;
    drafts.push({ ...d, row, rowSpan: height - row });
  }
  return { drafts, height };
}

const PROACTIVE_ROWS = Object.values(TEMPLATES).flatMap((t) => t.proactive.flatMap((b) => b.rows));

/** Row labels of the table's kind (of either table that has row labels when its text does not
 *  tell): a label-only line that is one is a row of its own. */
function rowLabels(kind: TableKey | null): readonly LabelDef[] {
  if (kind === 'requests') return REQUEST_ROWS;
  if (kind === 'proactive') return PROACTIVE_ROWS;
  return kind === 'appeals' ? [] : [...REQUEST_ROWS, ...PROACTIVE_ROWS];
}

/** A group of rows of the grid: one row's lines, or a band's rows. */
interface RowGroup {
  lines: Line[];
  drafts: Draft[];
  height: number;
}

/** The rows of a region: each line holding numbers a row, label-only lines near one joined to the
 *  nearest, the other lines in bands (lines close together) of header rows. */
function rowGroups(region: readonly Line[], layout: Layout, kind: TableKey | null): RowGroup[] {
  const { cols } = layout;
  const anchors = region.filter((l) => l.segments.some(isNumber));
  const labels = rowLabels(kind);
  const ownPieces = (l: Line) => l.segments.flatMap((s) => pieces(s, cols)).map((s) => ({ s, range: covered(s, cols) }));
  // A label's ordinal spaced apart from its words (「(一)」 and 「予以公开」) is one label with them.
  const isLabel = (range: [number, number]) => !cols[range[1]]!.value;
  const ordinalOnly = (text: string) => opensWithOrdinal(text) && splitOrdinal(text).rest === '';
  const rowPieces = (l: Line) => ownPieces(l).reduce<{ s: Segment; range: [number, number] }[]>((out, p) => {
    const last = out[out.length - 1];
    if (!last || !isLabel(last.range) || !isLabel(p.range) || !ordinalOnly(last.s.text) || opensWithOrdinal(p.s.text) || p.s.x0 - last.s.x1 > l.size) return [...out, p];
    const s = segment([...last.s.runs, ...p.s.runs]);
    return [...out.slice(0, -1), { s, range: covered(s, cols) }];
  }, []);
  const wrapsTo = new Map<Line, Line>();
  const wrapping = region.filter((l) => !anchors.includes(l)
    && ownPieces(l).every(({ range }) => cols.slice(range[0], range[1] + 1).every((c) => !c.value))
    && !(matchLabel(l.segments.map((s) => s.text).join(''), labels)?.exact ?? false));
  const firstCol = (l: Line) => ownPieces(l)[0]!.range[0];
  for (const l of wrapping) {
    // The next line of a label too far from any row's numbers (a merged label set between
    // rows) stays with it, however near a row it comes: 「不予公」 over 「开」.
    const above = region[region.indexOf(l) - 1];
    if (above && wrapping.includes(above) && !wrapsTo.has(above) && apart(above, l) <= l.size * WRAP_REACH && firstCol(above) === firstCol(l)) continue;
    const nearest = [...anchors].sort((a, b) => apart(a, l) - apart(b, l))[0];
    if (nearest && apart(nearest, l) <= l.size * WRAP_REACH) wrapsTo.set(l, nearest);
  }
  // A label's further lines go with its line next to them.
  for (let grew = true; grew;) {
    grew = false;
    for (const l of wrapping) {
      if (wrapsTo.has(l)) continue;
      const i = region.indexOf(l);
      const by = [region[i - 1], region[i + 1]].find((n) => n && wrapsTo.has(n) && apart(n, l) <= l.size * WRAPPED);
      if (by) {
        wrapsTo.set(l, wrapsTo.get(by)!);
        grew = true;
      }
    }
  }
  const groups: RowGroup[] = [];
  const spanners: Spanner[] = [];
  let band: Line[] = [];
  const closeBand = () => {
    if (band.length === 0) return;
    const { drafts, height } = bandCells(band, layout, spanners);
    groups.push({ lines: band, drafts, height });
    band = [];
  };
  for (const l of region) {
    if (wrapsTo.has(l)) continue;
    if (!anchors.includes(l)) {
      // A label's lines far from any row's numbers (a merged label set between rows) stay one band.
      const last = band[band.length - 1];
      const reach = last && wrapping.includes(last) && wrapping.includes(l) ? WRAP_REACH : BAND_GAP;
      if (last && apart(last, l) > l.size * reach) closeBand();
      band.push(l);
      continue;
    }
    closeBand();
    const lines = [l, ...region.filter((w) => wrapsTo.get(w) === l)].sort((a, b) => b.y - a.y);
    const list = lines.flatMap(rowPieces).map(({ s, range }) => ({ c0: range[0], c1: range[1], runs: s.runs }));
    groups.push({ lines, drafts: mergeCells(list, 0, 1), height: 1 });
  }
  closeBand();
  return groups.sort((a, b) => Math.max(...b.lines.map((l) => l.y)) - Math.max(...a.lines.map((l) => l.y)));
}

/** The grid of a region's row groups, every slot filled, each cell's box its slots' box; `cut`:
 *  the page's edge cut the table (see RuledTable). */
function toTable(page: number, region: readonly Line[], layout: Layout, groups: readonly RowGroup[], cut: boolean): RuledTable {
  const xs = [...layout.cols.map((c) => c.start), layout.right];
  const width = layout.cols.length;
  // Row edges: each group's lines from its top to its bottom, halfway between neighbouring groups.
  const tops = groups.map((g) => Math.max(...g.lines.map((l) => l.y + l.size)));
  const bottoms = groups.map((g) => Math.min(...g.lines.map((l) => l.y - l.size * 0.3)));
  const ys: number[] = [tops[0]!];
  groups.forEach((g, i) => {
    const lower = i + 1 < groups.length ? (bottoms[i]! + tops[i + 1]!) / 2 : bottoms[i]!;
    const upper = ys[ys.length - 1]!;
    for (let k = 1; k <= g.height; k++) ys.push(upper - ((upper - lower) * k) / g.height);
  });
  const height = ys.length - 1;
  const slots: (GridCell<PdfRef> | undefined)[][] = Array.from({ length: height }, () => []);
  const cells: GridCell<PdfRef>[] = [];
  const add = (row: number, col: number, rowSpan: number, colSpan: number, text: string) => {
    const ref: PdfRef = { page, x: xs[col]!, y: ys[row + rowSpan]!, w: xs[col + colSpan]! - xs[col]!, h: ys[row]! - ys[row + rowSpan]! };
    const cell: GridCell<PdfRef> = { ref, row, col, rowSpan, colSpan, text };
    cells.push(cell);
    for (let r = row; r < row + rowSpan; r++) for (let c = col; c < col + colSpan; c++) slots[r]![c] = cell;
  };
  let row = 0;
  for (const g of groups) {
    for (const d of g.drafts) add(row + d.row, d.c0, d.rowSpan, d.c1 - d.c0 + 1, cellText(d.runs));
    row += g.height;
  }
  for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) if (!slots[r]![c]) add(r, c, 1, 1, '');
  const ref: PdfRef = { page, x: xs[0]!, y: ys[height]!, w: xs[width]! - xs[0]!, h: ys[0]! - ys[height]! };
  return { grid: { ref, slots, cells, width, height }, runs: new Set(region.flatMap((l) => l.runs)), xs, cut };
}

/** A region read as a table, when it is one: two value columns or more, its text a statistical
 *  table's with numbers on several lines (or many on one: the appeals table's single row), or
 *  rows of several numbers each (the rest of a table the last page began, its kind not told by
 *  the rows it holds). */
function readRegion(page: Pick<PdfPage, 'number' | 'width' | 'clipRight'>, region: readonly Line[], pageLeft: number): RuledTable | null {
  const kind = tableKindOfText(region.flatMap((l) => l.segments.map((s) => s.text)).join(''));
  const counts = region.map((l) => l.segments.filter(isNumber).length);
  const values = valueColumns(region);
  // Columns of numbers: two at least holding several, or one line of many (figures set apart in
  // lines of prose stand in no column).
  const columned = values.filter((c) => c.numbers >= 2).length >= 2 || Math.max(...counts) >= MIN_NUMBERS_ON_LINE;
  const statistical = kind && (counts.filter((n) => n > 0).length >= MIN_NUMBER_LINES || Math.max(...counts) >= MIN_NUMBERS_ON_LINE);
  if (!columned || (!statistical && counts.filter((n) => n >= MIN_NUMBERS_IN_ROW).length < MIN_NUMBER_LINES)) return null;
  const found = values.map((c) => c.centre);
  const centres = [...blankCentres(region, found), ...found];
  const layout = columns(region, centres, pageLeft);
  // Its text runs on to the page's right edge (or the clip around the page's content): the page
  // cut a table wider than the paper, its last columns are not printed.
  const edge = Math.min(page.width, page.clipRight);
  const cut = region.some((l) => l.runs.some((r) => !isBlank(r) && inkEnd(r) >= edge - r.size * CUT_REACH));
  return toTable(page.number, region, layout, rowGroups(region, layout, kind), cut);
}

/** The page's statistical tables drawn without ruling lines, among `runs` (those no ruled table holds). */
export function unruledTables(page: Pick<PdfPage, 'number' | 'width' | 'clipRight'>, runs: readonly Run[]): RuledTable[] {
  const lines = pageLines(runs);
  if (lines.length === 0) return [];
  const left = Math.min(...lines.map((l) => l.x0));
  return regions(lines).flatMap((r) => readRegion(page, r, left) ?? []);
}
