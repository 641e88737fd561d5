// Reads the `appeals` table (section 四): header labels give each of the 15 columns its group and
// outcome; the data row is the first row under the headers that holds anything (not the last row).
import type { Grid } from '../dom/grid';
import { rowCells } from '../dom/grid';
import { readCellValue } from '../text/cell-value';
import type { ParsedTable } from '../model';
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPEAL_ROW_ORDER } from '../templates/appeals';
import { matchLabel } from './labels';
import { addCell, emptyTable, textOf } from './table-model';

interface Column {
  group: string;
  key: string;
  col: number;
  page: string;
  groupPage: string;
  exact: boolean;
  el: Element;
}

function isHeaderRow(grid: Grid, r: number): boolean {
  const cells = rowCells(grid, r).filter((c) => textOf(c) !== '');
  return cells.length > 0 && cells.every((c) => readCellValue(c.text).cls === 'text');
}

function mapColumns(grid: Grid, headerRows: number): Column[] {
  const out: Column[] = [];
  for (let c = 0; c < grid.width; c++) {
    let group: { key: string; page: string; exact: boolean } | null = null;
    let column: { key: string; page: string; exact: boolean; el: Element } | null = null;
    for (let r = 0; r < headerRows; r++) {
      const cell = grid.slots[r]?.[c];
      if (!cell) continue;
      const text = textOf(cell);
      const g = matchLabel(text, APPEAL_GROUPS);
      if (g && !(group && group.key !== 'review' && g.def.key === 'review')) group = { key: g.def.key, page: text, exact: g.exact };
      const m = matchLabel(text, APPEAL_COLUMNS);
      if (m && !g) column = { key: m.def.key, page: text, exact: m.exact, el: cell.el };
    }
    if (group && column && !out.some((o) => o.group === group.key && o.key === column.key)) {
      out.push({ group: group.key, key: column.key, col: c, page: column.page, groupPage: group.page, exact: column.exact && group.exact, el: column.el });
    }
  }
  return out;
}

export function parseAppeals(parts: Grid[]): ParsedTable {
  const table = emptyTable('appeals', parts.map((g) => g.table));
  let columns: Column[] = [];
  let dataRow: { grid: Grid; r: number } | null = null;
  for (const grid of parts) {
    let headerRows = 0;
    while (headerRows < grid.height && isHeaderRow(grid, headerRows)) headerRows++;
    const cols = mapColumns(grid, headerRows);
    if (cols.length > columns.length) columns = cols;
    if (columns.length === 0) continue;
    for (let r = headerRows; r < grid.height && !dataRow; r++) {
      if (columns.some((c) => readCellValue(grid.slots[r]?.[c.col]?.text ?? '').cls !== 'empty')) dataRow = { grid, r };
    }
    if (!dataRow && headerRows < grid.height) dataRow = { grid, r: headerRows };
  }
  for (const group of APPEAL_ROW_ORDER) {
    const groupCols = columns.filter((c) => c.group === group);
    if (groupCols.length === 0) {
      table.missingRows.push({ block: null, row: group });
      continue;
    }
    for (const def of APPEAL_COLUMNS) {
      const col = groupCols.find((c) => c.key === def.key);
      if (!col) {
        table.missingColumns.push({ block: null, row: group, column: def.key });
        continue;
      }
      if (!col.exact) {
        table.variants.push({ kind: 'column', table: 'appeals', block: null, row: group, column: def.key, page: `${col.groupPage} ${col.page}`, template: `${APPEAL_GROUPS.find((g) => g.key === group)!.label} ${def.label}`, el: col.el });
      }
      const slot = dataRow ? dataRow.grid.slots[dataRow.r]?.[col.col] : undefined;
      addCell(table, { block: null, row: group, column: def.key }, slot, { row: col.groupPage, column: col.page, unit: null });
    }
    const first = groupCols[0]!;
    const anchor = dataRow?.grid.slots[dataRow.r]?.[first.col]?.el ?? first.el;
    table.rowAnchors.set(group, anchor);
  }
  return table;
}
