// A Word table as a plain grid: w:gridSpan widens a cell, a w:vMerge chain ('restart' then
// 'continue' cells in the same grid column) makes one cell tall. Every cell that starts a merge
// (or stands alone) is placed once at its top-left slot and covers the slots it spans.
import type { Steps } from '../../steps';
import type { Grid, GridCell } from '../types';
import type { DocxTable } from './body';
import type { DocxRef } from './ref';
import { blocksText } from './text';

const MAX_WIDTH = 2000;

export function* docxGridSteps(table: DocxTable): Steps<Grid<DocxRef>> {
  const height = table.rows.length;
  const slots: (GridCell<DocxRef> | undefined)[][] = Array.from({ length: height }, () => []);
  const cells: GridCell<DocxRef>[] = [];
  let width = 0;
  for (const [r, row] of table.rows.entries()) {
    if (r % 64 === 63) yield;
    for (const tc of row) {
      if (tc.col >= MAX_WIDTH) continue;
      const colSpan = Math.min(tc.span, MAX_WIDTH - tc.col);
      const above = r > 0 ? slots[r - 1]![tc.col] : undefined;
      if (tc.merge === 'continue' && above && above.col === tc.col) {
        // The cell above grows down over this row (its text is the merged cell's; Word shows no other).
        above.rowSpan = r - above.row + 1;
        for (let dc = 0; dc < above.colSpan; dc++) slots[r]![above.col + dc] ??= above;
        continue;
      }
      const cell: GridCell<DocxRef> = { ref: tc.ref, row: r, col: tc.col, rowSpan: 1, colSpan, text: blocksText(tc.blocks) };
      cells.push(cell);
      for (let dc = 0; dc < colSpan; dc++) slots[r]![tc.col + dc] ??= cell;
      width = Math.max(width, tc.col + colSpan);
    }
  }
  for (const line of slots) width = Math.max(width, line.length);
  return { ref: table.ref, slots, cells, width, height };
}
