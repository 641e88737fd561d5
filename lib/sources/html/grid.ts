// Turns a <table> into a plain grid with rowspan/colspan expanded, built once per table.
// Every original cell is placed exactly once (at its top-left slot) and covers the slots it spans.
import type { Steps } from '../../steps';
import { runNow } from '../../steps';
import type { Grid, GridCell } from '../types';
import { elementText } from './cell-text';
import type { HtmlElement } from './dom';

const MAX_COLSPAN = 1000;
const MAX_WIDTH = 2000;

function span(el: HtmlElement, name: string, max: number): number {
  const raw = el.getAttribute(name);
  if (raw === null) return 1;
  const n = Number.parseInt(raw.trim(), 10);
  if (!Number.isFinite(n)) return 1;
  if (n === 0 && name === 'rowspan') return 0; // "to the end of the table"
  return Math.min(Math.max(n, 1), max);
}

/** The rows of this table only (not of tables nested in its cells), in document order. */
export function tableRows(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = [];
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName.toUpperCase();
    if (tag === 'TR') rows.push(child);
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
      for (let tr = child.firstElementChild; tr; tr = tr.nextElementSibling) if (tr.tagName.toUpperCase() === 'TR') rows.push(tr);
    }
  }
  return rows;
}

export function buildGrid(table: HtmlElement): Grid<HtmlElement> {
  return runNow(buildGridSteps(table));
}

export function* buildGridSteps(table: HtmlElement): Steps<Grid<HtmlElement>> {
  const rows = tableRows(table);
  const height = rows.length;
  const slots: (GridCell<HtmlElement> | undefined)[][] = Array.from({ length: height }, () => []);
  const cells: GridCell<HtmlElement>[] = [];
  let width = 0;
  for (let r = 0; r < height; r++) {
    if (r % 64 === 63) yield;
    const line = slots[r]!;
    let c = 0;
    for (let el = rows[r]!.firstElementChild; el; el = el.nextElementSibling) {
      const tag = el.tagName.toUpperCase();
      if (tag !== 'TD' && tag !== 'TH') continue;
      while (line[c] !== undefined) c++;
      const rs = span(el, 'rowspan', height - r);
      const rowSpan = rs === 0 ? height - r : Math.min(rs, height - r);
      // Spans are clamped so the grid stays small, but a cell is always placed.
      const colSpan = Math.max(1, Math.min(span(el, 'colspan', MAX_COLSPAN), MAX_WIDTH - c));
      const cell: GridCell<HtmlElement> = { ref: el, row: r, col: c, rowSpan, colSpan, text: elementText(el) };
      cells.push(cell);
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = slots[r + dr]!;
        for (let dc = 0; dc < colSpan; dc++) if (target[c + dc] === undefined) target[c + dc] = cell;
      }
      c += colSpan;
      if (c > width) width = c;
    }
  }
  for (const line of slots) if (line.length > width) width = line.length;
  return { ref: table, slots, cells, width, height };
}
