// Reads cells and relations off the report model: the blank/placeholder/text rules of rules.md.
import { cellKey } from '../model';
import type { ModelCell, ReportModel } from '../model';
import { numericValue } from '../text/cell-value';
import type { CellAddr, Relation, TableKey } from '../templates/types';
import type { DerivedFacts, DraftCell, CellRole } from './types';
import { REQUEST_COLUMNS } from '../templates/requests';
import { APPEAL_COLUMNS, APPEAL_ROW_ORDER } from '../templates/appeals';

export function cellAt(report: ReportModel, a: CellAddr): ModelCell | undefined {
  return report.tables[a.table]?.cells[cellKey(a.table, a.block, a.row, a.column)];
}

export function keyOf(c: { table: TableKey; block: string | null; row: string; column: string }): string {
  return cellKey(c.table, c.block, c.row, c.column);
}

export function draftCell(c: ModelCell, role: CellRole): DraftCell {
  return { table: c.table, block: c.block, row: c.row, column: c.column, text: c.value.text, role };
}

/** The value a cell stands for in arithmetic: converted amounts, digits of malformed numbers. */
export function arithmeticValue(c: ModelCell): number | null {
  return c.converted ?? numericValue(c.value);
}

export type Verdict =
  | { kind: 'skip' }
  | { kind: 'pass' }
  | { kind: 'fail'; left: number; right: number; blanksAsZero: boolean; cells: ModelCell[] }
  | { kind: 'review'; blocking: ModelCell[]; cells: ModelCell[] };

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Judges one relation. A missing cell (its row or column is not on the page) skips it. Text blocks
 * it (review). Blanks and placeholders are read as 0: still failing is a failure, passing is none
 * of the arithmetic's business. A blank total already reported as cell-empty-total stands for the
 * sum of its parts here, except in its own relations (that finding is reported instead).
 */
export function judge(rel: Relation, report: ReportModel, emptyTotals: ReadonlyMap<string, number>): Verdict {
  const terms = [...rel.left.map((t) => ({ ...t, side: 1 })), ...rel.right.map((t) => ({ ...t, side: -1 }))];
  const cells: ModelCell[] = [];
  for (const t of terms) {
    const c = cellAt(report, t.cell);
    if (!c) return { kind: 'skip' };
    cells.push(c);
  }
  if (rel.sum && emptyTotals.has(keyOf(rel.left[0]!.cell))) return { kind: 'skip' };
  const blocking = cells.filter((c) => c.value.cls === 'text');
  if (blocking.length > 0) return { kind: 'review', blocking, cells };
  let left = 0;
  let right = 0;
  let blanks = false;
  terms.forEach((t, i) => {
    const c = cells[i]!;
    let v = arithmeticValue(c);
    if (v === null) {
      const imputed = emptyTotals.get(keyOf(c));
      if (imputed !== undefined) v = imputed;
      else {
        blanks = true;
        v = 0;
      }
    }
    if (t.side === 1) left += t.coef * v;
    else right += t.coef * v;
  });
  left = round(left);
  right = round(right);
  const ok = rel.op === 'eq' ? left === right : left >= right;
  return ok ? { kind: 'pass' } : { kind: 'fail', left, right, blanksAsZero: blanks, cells };
}

/**
 * Blank totals whose parts hold non-zero numbers, each with the sum of its parts. A part may itself
 * be a blank total (the 总计 row's 总计 cell sums blank row totals), so the sums are recomputed
 * until they settle, whatever the order of the relations.
 */
function findEmptyTotals(report: ReportModel, relations: readonly Relation[]): Map<string, number> {
  const out = new Map<string, number>();
  const sums = relations.filter((r) => r.sum).map((rel) => ({
    total: cellAt(report, rel.left[0]!.cell),
    parts: rel.right.map((t) => cellAt(report, t.cell)),
  })).filter((s) => s.total && s.total.value.cls === 'empty' && s.parts.every((p) => p && p.value.cls !== 'text'));
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const { total, parts } of sums) {
      const key = keyOf(total!);
      let sum = 0;
      let nonZero = false;
      for (const p of parts) {
        const v = arithmeticValue(p!) ?? out.get(keyOf(p!)) ?? 0;
        if (v !== 0) nonZero = true;
        sum += v;
      }
      const first = sums.find((s) => keyOf(s.total!) === key)!;
      if (!nonZero || (first.parts !== parts && out.has(key))) continue;
      if (out.get(key) !== round(sum)) {
        out.set(key, round(sum));
        changed = true;
      }
    }
    if (!changed) break;
  }
  return out;
}

/** Logical blocks whose every cell is blank: an appeals group, a requests row. */
export function blankBlocks(report: ReportModel): { table: TableKey; row: string; cells: ModelCell[] }[] {
  const out: { table: TableKey; row: string; cells: ModelCell[] }[] = [];
  const scan = (table: TableKey, rows: readonly string[], columns: readonly string[]) => {
    const t = report.tables[table];
    if (!t) return;
    for (const row of rows) {
      const cells = columns.map((column) => t.cells[cellKey(table, null, row, column)]);
      if (cells.some((c) => !c)) continue;
      if (cells.every((c) => c!.value.cls === 'empty')) out.push({ table, row, cells: cells as ModelCell[] });
    }
  };
  scan('appeals', APPEAL_ROW_ORDER, APPEAL_COLUMNS.map((c) => c.key));
  const requests = report.tables.requests;
  if (requests) {
    const rows = [...new Set(Object.values(requests.cells).map((c) => c.row))];
    scan('requests', rows, REQUEST_COLUMNS.map((c) => c.key));
  }
  return out;
}

/** A table that writes 0 somewhere: then a blank block in it is an omission, not the page's habit. */
export function writesZero(report: ReportModel, table: TableKey): boolean {
  const t = report.tables[table];
  if (!t) return false;
  for (const c of Object.values(t.cells)) if (numericValue(c.value) === 0) return true;
  return false;
}

export function deriveFacts(report: ReportModel, relations: readonly Relation[]): DerivedFacts {
  const emptyBlocks = blankBlocks(report).filter((b) => writesZero(report, b.table));
  const emptyBlockCells = new Set(emptyBlocks.flatMap((b) => b.cells.map(keyOf)));
  return {
    emptyTotals: findEmptyTotals(report, relations),
    emptyBlockCells,
    emptyBlocks: emptyBlocks.map((b) => ({ table: b.table, row: b.row, cells: b.cells.map(keyOf) })),
  };
}

