// Small helpers shared by the three table parsers.
import type { Grid, GridCell } from '../dom/grid';
import { cleanText } from '../text/normalize';
import { readCellValue } from '../text/cell-value';
import type { ModelCell, ParsedTable } from '../model';
import { cellKey } from '../model';
import type { TableKey } from '../templates/types';

export function emptyTable(key: TableKey, parts: Element[]): ParsedTable {
  return {
    key, template: null, parts, cells: new Map(), missingBlocks: [], missingRows: [], missingColumns: [],
    unexpectedRows: [], variants: [], rowAnchors: new Map(),
  };
}

/** The unit a header announces: （单位：万元） → 万元. */
export function headerUnit(text: string): string | null {
  const m = text.normalize('NFKC').match(/单位\s*[:：]?\s*(万元|亿元|千元|元)/) ?? text.normalize('NFKC').match(/[(（]\s*(万元|亿元|千元|元)\s*[)）]/);
  return m ? m[1]! : null;
}

const FACTORS: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 亿元: 1e8 };

export function addCell(
  table: ParsedTable,
  at: { block: string | null; row: string; column: string },
  slot: GridCell | undefined,
  labels: { row: string; column: string; unit: string | null },
): void {
  const value = readCellValue(slot ? slot.text : '');
  let converted: number | null = null;
  if (value.unit && labels.unit && value.unit !== labels.unit && value.value !== null && FACTORS[value.unit] && FACTORS[labels.unit]) {
    converted = (value.value * FACTORS[value.unit]!) / FACTORS[labels.unit]!;
  }
  const cell: ModelCell = {
    table: table.key, block: at.block, row: at.row, column: at.column, value, converted,
    rowLabel: labels.row, columnLabel: labels.column, columnUnit: labels.unit, el: slot?.el ?? null,
  };
  table.cells.set(cellKey(table.key, at.block, at.row, at.column), cell);
}

const cleaned = new WeakMap<GridCell, string>();

/** A grid cell's text, cleaned once. */
export function textOf(cell: GridCell): string {
  let t = cleaned.get(cell);
  if (t === undefined) {
    t = cleanText(cell.text);
    cleaned.set(cell, t);
  }
  return t;
}

/** Columns at the right that are blank in every row are not part of the table's data. */
export function trimmedWidth(grid: Grid): number {
  let w = grid.width;
  while (w > 0) {
    const col = w - 1;
    if (grid.slots.some((line) => line[col] && line[col]!.col === col && textOf(line[col]!) !== '')) break;
    w--;
  }
  return w;
}
