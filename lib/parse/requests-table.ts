// Reads the `requests` table (section 三): columns by their header labels, rows by their labels,
// over one or several <table> parts, tolerant of the layouts real portals publish.
import type { PlaceIndex } from '../sources/places';
import type { Grid, GridCell } from '../sources/types';
import { rowCells } from '../sources/types';
import { readCellValue } from '../text/cell-value';
import { squash } from '../text/normalize';
import type { ParsedTable } from '../model';
import type { Steps } from '../steps';
import { REQUEST_COLUMNS, REQUEST_GROUPS, REQUEST_ROWS, requestRowsFor } from '../templates/requests';
import type { LabelDef, RowDef, TemplateId } from '../templates/types';
import { bareWords, matchLabel } from './labels';
import { addCell, addUnexpectedRow, addVariant, startTable, textOf, trimmedWidth } from './table-model';

interface ColumnHit<R> {
  key: string;
  col: number;
  page: string;
  exact: boolean;
  ref: R | null;
}

interface RowHit<R> {
  def: RowDef | null;
  exact: boolean;
  page: string;
  labelRef: R | null;
  grid: Grid<R>;
  r: number;
  columns: ColumnHit<R>[];
  hasValues: boolean;
  /** Only a 其他处理 label: the 2019 `other` row, or the 2021 group heading. */
  otherOnly: boolean;
}

/** Words that only a data or group row holds (anchored keywords need a cell of their own). */
const DATA_ROW_WORDS = [
  ...REQUEST_ROWS.flatMap((d) => d.keywords).filter((k) => !k.source.startsWith('^')),
  ...REQUEST_GROUPS,
];
const ORDINAL_ONLY = /^[(]?[一二三四五六七八九十\d]+[)]?[、.]?$/;

function isGroupLabel(text: string): boolean {
  const words = bareWords(text);
  return words === '' || ORDINAL_ONLY.test(squash(text)) || REQUEST_GROUPS.some((g) => g.test(words));
}

function headerRowCount(grid: Grid<unknown>): number {
  for (let r = 0; r < grid.height; r++) {
    const text = squash(rowCells(grid, r).map(textOf).join(''));
    if (!/勾稽/.test(text) && DATA_ROW_WORDS.some((k) => k.test(text))) return r;
  }
  return grid.height;
}

function mapColumns<R>(grid: Grid<R>, headerRows: number): ColumnHit<R>[] {
  const hits: ColumnHit<R>[] = [];
  for (let c = 0; c < grid.width; c++) {
    // The deepest header cell of this column that names a column.
    for (let r = headerRows - 1; r >= 0; r--) {
      const cell = grid.slots[r]?.[c];
      if (!cell) continue;
      const text = textOf(cell);
      if (/法人或其他组织|申请人情况|勾稽/.test(squash(text))) continue;
      const m = matchLabel(text, REQUEST_COLUMNS);
      if (m && !hits.some((h) => h.key === m.def.key)) {
        hits.push({ key: m.def.key, col: c, page: text, exact: m.exact, ref: cell.ref });
      }
      if (m) break;
    }
  }
  return hits.sort((a, b) => a.col - b.col);
}

/** How many cells under `columns` hold a number. */
function numbersUnder<R>(grid: Grid<R>, columns: ColumnHit<R>[]): number {
  let n = 0;
  for (let r = 0; r < grid.height; r++) {
    for (const c of columns) {
      const cell = grid.slots[r]?.[c.col];
      if (cell && cell.col === c.col && readCellValue(cell.text).cls === 'number') n++;
    }
  }
  return n;
}

function positionalColumns<R>(grid: Grid<R>): ColumnHit<R>[] {
  const width = trimmedWidth(grid);
  const first = width - REQUEST_COLUMNS.length;
  if (first < 1) return [];
  return REQUEST_COLUMNS.map((def, i) => ({ key: def.key, col: first + i, page: def.label, exact: true, ref: null }));
}

function matchRow(texts: string[]): { def: RowDef; exact: boolean; page: string } | null {
  const nonGroup = texts.filter((t) => !isGroupLabel(t));
  const candidates = [nonGroup[nonGroup.length - 1], nonGroup.join(''), texts.join('')].filter(
    (c): c is string => !!c,
  );
  let fallback: { def: RowDef; exact: boolean; page: string } | null = null;
  for (const page of candidates) {
    const m = matchLabel(page, REQUEST_ROWS.filter((d) => d.key !== 'other'));
    if (m?.exact) return { def: m.def, exact: true, page };
    if (m && !fallback) fallback = { def: m.def, exact: false, page };
  }
  return fallback;
}

function* readRows<R>(grid: Grid<R>, start: number, columns: ColumnHit<R>[]): Steps<RowHit<R>[]> {
  const firstValueCol = Math.min(...columns.map((c) => c.col));
  const rows: RowHit<R>[] = [];
  for (let r = start; r < grid.height; r++) {
    if (r % 128 === 127) yield;
    const labelCells = rowCells(grid, r, 0, firstValueCol);
    const texts = labelCells.map(textOf).filter((t) => t !== '');
    const valueSlots = columns.map((c) => grid.slots[r]?.[c.col]).filter((s): s is GridCell<R> => !!s && s.col >= firstValueCol);
    const hasValues = valueSlots.some((s) => readCellValue(s.text).cls !== 'empty');
    if (texts.length === 0) {
      if (hasValues) rows.push({ def: null, exact: false, page: '', labelRef: null, grid, r, columns, hasValues, otherOnly: false });
      continue;
    }
    const nonGroup = texts.filter((t) => !isGroupLabel(t));
    const labelRef = labelCells[labelCells.length - 1]?.ref ?? null;
    if (nonGroup.length === 0) {
      const otherOnly = texts.some((t) => /^其他处理$/.test(bareWords(t)));
      if (otherOnly || hasValues) {
        rows.push({ def: null, exact: false, page: texts[texts.length - 1]!, labelRef, grid, r, columns, hasValues, otherOnly });
      }
      continue;
    }
    const m = matchRow(texts);
    const prev = rows[rows.length - 1];
    if (!m && !hasValues && prev?.def && squash(nonGroup.join('')).length <= 8) {
      // A label broken over two rows (「8.属于行政查询事」 / 「项」): it continues the row above.
      const again = matchRow([prev.page + nonGroup.join('')]);
      if (again && again.def.key === prev.def.key) {
        prev.page = again.page;
        prev.exact = again.exact;
      }
      continue;
    }
    rows.push({ def: m?.def ?? null, exact: m?.exact ?? false, page: m?.page ?? texts.join(' '), labelRef, grid, r, columns, hasValues, otherOnly: false });
  }
  return rows;
}

/** `fallback`: the template to read by when the table's own labels do not tell (templates/choice). */
export function* parseRequestsSteps<R>(parts: Grid<R>[], fallback: TemplateId, places: PlaceIndex<R>): Steps<ParsedTable> {
  const reading = startTable('requests', parts, places);
  const { table } = reading;
  let columns: ColumnHit<R>[] = [];
  let headerFound = false;
  const rows: RowHit<R>[] = [];
  let headerWidth = { text: 0, grid: 0 };
  for (const grid of parts) {
    const headerRows = headerRowCount(grid);
    let cols = mapColumns(grid, headerRows);
    if (cols.length >= 3) {
      if (!headerFound) {
        columns = cols;
        headerWidth = { text: trimmedWidth(grid), grid: grid.width };
      }
      headerFound = true;
    } else if (columns.length > 0) {
      // A part without a header takes the header's columns, lined up by the right edge: its label
      // columns may be fewer or more (a PDF's part whose label cells have no inner lines).
      // Lined up by the written right edge, or by the grid's (a PDF's last column cut by the page,
      // its values lost): whichever puts more numbers under the header's columns.
      const shifted = (shift: number) => columns.map((c) => ({ ...c, col: c.col + shift }));
      const [byText, byGrid] = [shifted(trimmedWidth(grid) - headerWidth.text), shifted(grid.width - headerWidth.grid)];
      cols = numbersUnder(grid, byGrid) > numbersUnder(grid, byText) ? byGrid : byText;
      if (cols.some((c) => c.col < 1 || c.col >= grid.width)) cols = positionalColumns(grid);
    } else {
      cols = positionalColumns(grid);
    }
    if (cols.length > 0) rows.push(...(yield* readRows(grid, headerRows, cols)));
  }

  const has2021 = rows.some((r) => r.def?.only === '2021');
  const hasOther = rows.some((r) => r.otherOnly && r.hasValues);
  const template: TemplateId | null = has2021 ? '2021' : hasOther ? '2019' : rows.some((r) => r.otherOnly) ? '2019' : null;
  table.template = template;
  const effective: TemplateId = template ?? fallback;
  const expected = requestRowsFor(effective);
  const otherDef = REQUEST_ROWS.find((d) => d.key === 'other')!;

  const seen = new Set<string>();
  for (const row of rows) {
    let def = row.def;
    let exact = row.exact;
    if (row.otherOnly) {
      if (effective === '2021') continue; // the group heading of 其他处理
      def = otherDef;
      exact = matchLabel(row.page, [otherDef])?.exact ?? false;
    }
    if (!def || seen.has(def.key) || !expected.includes(def)) {
      if (row.hasValues) addUnexpectedRow(reading, { block: null, label: row.page }, row.labelRef);
      continue;
    }
    seen.add(def.key);
    if (!exact) addVariant(reading, { kind: 'row', block: null, row: def.key, column: null, page: row.page, template: def.label }, row.labelRef);
    for (const col of row.columns) {
      const colDef = REQUEST_COLUMNS.find((d) => d.key === col.key)!;
      addCell(reading, { block: null, row: def.key, column: col.key }, row.grid.slots[row.r]?.[col.col], {
        row: row.page, column: headerFound ? col.page : colDef.label, unit: null,
      });
    }
  }
  for (const def of expected) if (!seen.has(def.key)) table.missingRows.push({ block: null, row: def.key });
  if (headerFound) {
    for (const col of columns) {
      if (!col.exact) {
        const def = REQUEST_COLUMNS.find((d) => d.key === col.key) as LabelDef;
        addVariant(reading, { kind: 'column', block: null, row: null, column: col.key, page: col.page, template: def.label }, col.ref);
      }
    }
    for (const def of REQUEST_COLUMNS) {
      if (!columns.some((c) => c.key === def.key)) table.missingColumns.push({ block: null, row: null, column: def.key });
    }
  }
  return table;
}
