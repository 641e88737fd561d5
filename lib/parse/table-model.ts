// Small helpers shared by the three table parsers.
import type { PlaceIndex } from '../sources/places';
import type { Grid, GridCell } from '../sources/types';
import { cleanLabel } from '../text/normalize';
import { readCellValue } from '../text/cell-value';
import type { LabelVariant, ModelCell, ParsedTable } from '../model';
import { cellKey } from '../model';
import type { TableKey } from '../templates/types';

/** A table being read: the model's table and the index its places go to. */
export interface TableReading<R> {
  table: ParsedTable;
  places: PlaceIndex<R>;
}

export function startTable<R>(key: TableKey, parts: Grid<R>[], places: PlaceIndex<R>): TableReading<R> {
  parts.forEach((g, part) => places.set({ kind: 'table', table: key, part }, g.ref));
  return {
    table: {
      key, template: null, parts: parts.length, cells: {}, missingBlocks: [], missingRows: [], missingColumns: [],
      unexpectedRows: [], variants: [],
    },
    places,
  };
}

/** A row of the page that the template does not have, with its label's place. */
export function addUnexpectedRow<R>(t: TableReading<R>, row: { block: string | null; label: string }, ref: R | null): void {
  const index = t.table.unexpectedRows.push(row) - 1;
  if (ref !== null) t.places.set({ kind: 'extra-row', table: t.table.key, index }, ref);
}

/** A label the page words differently from the template, with its place. */
export function addVariant<R>(t: TableReading<R>, v: Omit<LabelVariant, 'table'>, ref: R | null): void {
  const variant: LabelVariant = { ...v, table: t.table.key };
  t.table.variants.push(variant);
  if (ref === null) return;
  if (v.kind === 'row') t.places.set({ kind: 'row', table: variant.table, block: v.block, row: v.row! }, ref);
  else t.places.set({ kind: 'column', table: variant.table, block: v.block, row: v.row, column: v.column! }, ref);
}

/** The unit a header announces: （单位：万元） → 万元. */
export function headerUnit(text: string): string | null {
  const m = text.normalize('NFKC').match(/单位\s*[:：]?\s*(万元|亿元|千元|元)/) ?? text.normalize('NFKC').match(/[(（]\s*(万元|亿元|千元|元)\s*[)）]/);
  return m ? m[1]! : null;
}

const FACTORS: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 亿元: 1e8 };

export function addCell<R>(
  t: TableReading<R>,
  at: { block: string | null; row: string; column: string },
  slot: GridCell<R> | undefined,
  labels: { row: string; column: string; unit: string | null },
): void {
  const value = readCellValue(slot ? slot.text : '');
  let converted: number | null = null;
  if (value.unit && labels.unit && value.unit !== labels.unit && value.value !== null && FACTORS[value.unit] && FACTORS[labels.unit]) {
    converted = (value.value * FACTORS[value.unit]!) / FACTORS[labels.unit]!;
  }
  const table = t.table.key;
  const cell: ModelCell = {
    table, block: at.block, row: at.row, column: at.column, value, converted,
    rowLabel: labels.row, columnLabel: labels.column, columnUnit: labels.unit,
  };
  t.table.cells[cellKey(table, at.block, at.row, at.column)] = cell;
  if (slot) t.places.set({ kind: 'cell', table, block: at.block, row: at.row, column: at.column }, slot.ref);
}

const cleaned = new WeakMap<GridCell<unknown>, string>();

/** A grid cell's text as a label, cleaned once (its Chinese punctuation as printed). */
export function textOf(cell: GridCell<unknown>): string {
  let t = cleaned.get(cell);
  if (t === undefined) {
    t = cleanLabel(cell.text);
    cleaned.set(cell, t);
  }
  return t;
}

/** Columns at the right that are blank in every row are not part of the table's data. */
export function trimmedWidth(grid: Grid<unknown>): number {
  let w = grid.width;
  while (w > 0) {
    const col = w - 1;
    if (grid.slots.some((line) => line[col] && line[col]!.col === col && textOf(line[col]!) !== '')) break;
    w--;
  }
  return w;
}
