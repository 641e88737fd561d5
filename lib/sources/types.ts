// What every source of a report (an HTML page, later a PDF's text layer or a Word file) gives the
// parsers: the reader's lines in order with the statistical tables as items, each table as a grid,
// and the page's own metadata. `R` is the source's reference to where a thing stands (an Element for
// HTML); the parsers carry it through untouched and record it in the report's place index.
import type { Steps } from '../steps';
import type { TableKey } from '../templates/types';

export interface Line<R> {
  text: string;
  ref: R;
  /** Inside a data table that is not statistical (metadata boxes …): no section headings there. */
  inTable: boolean;
}

/** An image stands in the reading order too: a table published as a picture is one. A table `cut`
 *  by the page's right edge (a browser's print of a table wider than the paper) lacks the columns
 *  beyond it: they are not in the file. */
export type Item<R> = { kind: 'line'; line: Line<R> } | { kind: 'table'; ref: R; table: TableKey; cut?: true } | { kind: 'image'; ref: R };

export interface GridCell<R> {
  ref: R;
  /** Top-left slot of the cell. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** The cell's text as written. */
  text: string;
}

export interface Grid<R> {
  ref: R;
  /** slots[r][c]: the cell covering that slot, or undefined where a ragged row left a hole. */
  slots: (GridCell<R> | undefined)[][];
  cells: GridCell<R>[];
  width: number;
  height: number;
}

/** The page's own metadata: its <title> and its meta tags (name or property, lower-cased → the
 *  first content given for it). Sources without such things give an empty title and no tags. */
export interface PageMeta {
  title: string;
  tags: Readonly<Record<string, string>>;
}

/** What the cheap first look reads: the title, the page's article title, the first headings and
 *  the texts of the first few leaf tables, all produced lazily so a page that is not a report
 *  costs next to nothing. */
export interface DetectionSample {
  title: string;
  articleTitle: string | null;
  /** The first `perLevel` headings of each level h1–h3. */
  headings(perLevel: number): Iterable<string>;
  /** The text of each table among the first `limit` that holds no other table. */
  tableTexts(limit: number): Iterable<string>;
}

export interface ReportSource<R> {
  meta: PageMeta;
  sample: DetectionSample;
  /** The reader's lines and the statistical tables, in reading order. */
  items(): Steps<Item<R>[]>;
  /** A statistical table's grid (rowspan/colspan expanded). */
  grid(table: R): Steps<Grid<R>>;
}

/** The first content of the meta tags named, in the order of `names`. */
export function metaTag(meta: PageMeta, names: readonly string[]): string | null {
  for (const n of names) {
    const v = meta.tags[n.toLowerCase()];
    if (v !== undefined) return v;
  }
  return null;
}

/** The distinct cells of row r from column `from` (inclusive) to `to` (exclusive), left to right. */
export function rowCells<R>(grid: Grid<R>, r: number, from = 0, to = grid.width): GridCell<R>[] {
  const out: GridCell<R>[] = [];
  const line = grid.slots[r] ?? [];
  for (let c = from; c < to; c++) {
    const cell = line[c];
    if (cell && out[out.length - 1] !== cell && !out.includes(cell)) out.push(cell);
  }
  return out;
}
