// Reads the `appeals` table (section 四): header labels give each of the 15 columns its group and
// outcome; the data row is the first row under the headers that holds anything (not the last row).
import type { PlaceIndex } from '../sources/places';
import type { Grid } from '../sources/types';
import { rowCells } from '../sources/types';
import { readCellValue } from '../text/cell-value';
import type { ParsedTable } from '../model';
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPEAL_ROW_ORDER } from '../templates/appeals';
import { matchLabel } from './labels';
import { addCell, addVariant, startTable, textOf } from './table-model';

interface Column<R> {
  group: string;
  key: string;
  col: number;
  page: string;
  groupPage: string;
  exact: boolean;
  ref: R;
}

function isHeaderRow(grid: Grid<unknown>, r: number): boolean {
  const cells = rowCells(grid, r).filter((c) => textOf(c) !== '');
  return cells.length > 0 && cells.every((c) => readCellValue(c.text).cls === 'text');
}

function mapColumns<R>(grid: Grid<R>, headerRows: number): Column<R>[] {
  const out: Column<R>[] = [];
  for (let c = 0; c < grid.width; c++) {
    let group: { key: string; page: string; exact: boolean } | null = null;
    let column: { key: string; page: string; exact: boolean; ref: R } | null = null;
    for (let r = 0; r < headerRows; r++) {
      const cell = grid.slots[r]?.[c];
      if (!cell) continue;
      const text = textOf(cell);
      const g = matchLabel(text, APPEAL_GROUPS);
      if (g && !(group && group.key !== 'review' && g.def.key === 'review')) group = { key: g.def.key, page: text, exact: g.exact };
      const m = matchLabel(text, APPEAL_COLUMNS);
      if (m && !g) column = { key: m.def.key, page: text, exact: m.exact, ref: cell.ref };
    }
    if (group && column && !out.some((o) => o.group === group.key && o.key === column.key)) {
      out.push({ group: group.key, key: column.key, col: c, page: column.page, groupPage: group.page, exact: column.exact && group.exact, ref: column.ref });
    }
  }
  return out;
}

export function parseAppeals<R>(parts: Grid<R>[], places: PlaceIndex<R>): ParsedTable {
  const reading = startTable('appeals', parts, places);
  const { table } = reading;
  let columns: Column<R>[] = [];
  let dataRow: { grid: Grid<R>; r: number } | null = null;
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
        const template = `${APPEAL_GROUPS.find((g) => g.key === group)!.label} ${def.label}`;
        addVariant(reading, { kind: 'column', block: null, row: group, column: def.key, page: `${col.groupPage} ${col.page}`, template }, col.ref);
      }
      const slot = dataRow ? dataRow.grid.slots[dataRow.r]?.[col.col] : undefined;
      addCell(reading, { block: null, row: group, column: def.key }, slot, { row: col.groupPage, column: col.page, unit: null });
    }
  }
  return table;
}
