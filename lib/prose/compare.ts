// Judges one statement against the tables: the count fits when any of its alternatives sums to it;
// a percentage fits when count ÷ base, rounded or cut to the digits written, gives it.
import type { CellAddr } from '../templates/types';
import type { Alternatives, CellSet } from '../templates/statements';
import type { Statement, StatedPercent } from './types';

/**
 * A cell's value: a number, null for a blank (read as 0 in sums), undefined when the cell is not in
 * the table. The caller reads a blank total already reported as `cell-empty-total` as its parts' sum.
 */
export type ValueOf = (addr: CellAddr) => number | null | undefined;

export type Verdict =
  | { verdict: 'match'; cells: CellSet }
  /** `expected`: the table's value (the first alternative whose cells all exist); `cells`: its cells. */
  | { verdict: 'mismatch'; expected: number; cells: CellSet }
  | { verdict: 'skip'; reason: 'approximate' | 'cell-missing' | 'no-base' };

interface Sum {
  cells: CellSet;
  value: number;
}

/** The sums of the alternatives whose cells all exist, in order. */
function sums(alternatives: Alternatives, valueOf: ValueOf): Sum[] {
  const out: Sum[] = [];
  for (const cells of alternatives) {
    const values = cells.map(valueOf);
    if (values.some((v) => v === undefined)) continue;
    out.push({ cells, value: values.reduce<number>((a, v) => a + (v ?? 0), 0) });
  }
  return out;
}

export function compareCount(s: Statement, valueOf: ValueOf): Verdict {
  if (s.approximate) return { verdict: 'skip', reason: 'approximate' };
  const found = sums(s.alternatives, valueOf);
  if (found.length === 0) return { verdict: 'skip', reason: 'cell-missing' };
  const fit = found.find((x) => x.value === s.count);
  return fit ? { verdict: 'match', cells: fit.cells } : { verdict: 'mismatch', expected: found[0]!.value, cells: found[0]!.cells };
}

/** Float slack for the products below (51.85 is not exact in binary). */
const EPS = 1e-9;

/** Whether `ratio` (a percentage) written with `digits` decimals, rounded or cut, gives `value`. */
export function percentFits(ratio: number, p: Pick<StatedPercent, 'value' | 'digits'>): boolean {
  const unit = 10 ** -p.digits;
  const rounded = Math.abs(ratio - p.value) <= unit / 2 + EPS;
  const cut = ratio >= p.value - EPS && ratio < p.value + unit - EPS;
  return rounded || cut;
}

/**
 * The percentage beside a statement, of its stated count over the base's table value (any base
 * alternative may fit). `expected` is the first base's percentage, rounded to the digits written.
 */
export function comparePercent(s: Statement, valueOf: ValueOf): Verdict | null {
  const p = s.percent;
  if (!p) return null;
  if (s.approximate) return { verdict: 'skip', reason: 'approximate' };
  const bases = sums(p.base, valueOf).filter((b) => b.value > 0);
  if (bases.length === 0) return { verdict: 'skip', reason: 'no-base' };
  const fit = bases.find((b) => percentFits((s.count / b.value) * 100, p));
  if (fit) return { verdict: 'match', cells: fit.cells };
  const first = bases[0]!;
  const expected = Number(((s.count / first.value) * 100).toFixed(p.digits));
  return { verdict: 'mismatch', expected, cells: first.cells };
}
