// The shape of a template module: labels to match a page against, and the relations between cells.

export type TemplateId = '2019' | '2021';
export type TableKey = 'proactive' | 'requests' | 'appeals';
export type SectionKey = 'overview' | 'proactive' | 'requests' | 'appeals' | 'problems' | 'other';

/** A label as the template prints it, with what a page may write instead. */
export interface LabelDef {
  key: string;
  /** The template's own words (ordinal included where the template has one). */
  label: string;
  /** Known variants seen on real pages (matched as `label-variant`). */
  variants?: readonly string[];
  /** Distinctive words: a label holding one of them is this one (also `label-variant`). */
  keywords: readonly RegExp[];
}

export interface RowDef extends LabelDef {
  /** Only in this template (rows of `requests` that differ between 2019 and 2021). */
  only?: TemplateId;
}

export interface ProactiveBlockDef {
  key: string;
  /** The Arabic number of 第二十条第（X）项. */
  item: number;
  columns: readonly LabelDef[];
  rows: readonly RowDef[];
}

export interface CellAddr {
  table: TableKey;
  block: string | null;
  row: string;
  column: string;
}

export type RelationRule =
  | 't3-balance' | 't3-row-total' | 't3-results-total'
  | 't4-review-total' | 't4-direct-total' | 't4-after-review-total'
  | 't2-valid-floor' | 't2-2019-total-ge-new' | 't2-2019-count-nonneg';

/**
 * Σ left (op) Σ right. `left` holds the total side (role "total"), `right` the parts (role "part");
 * coef −1 subtracts. A relation with `sum: true` has one total cell on the left that should be
 * the plain sum of the right: a blank total there is `cell-empty-total`.
 */
export interface Relation {
  rule: RelationRule;
  /** Where the finding stands: its row and column keys. */
  at: { table: TableKey; block: string | null; row: string | null; column: string | null };
  left: readonly Term[];
  right: readonly Term[];
  op: 'eq' | 'ge';
  sum: boolean;
}

export interface Term {
  cell: CellAddr;
  coef: 1 | -1;
}

export interface Template {
  id: TemplateId;
  proactive: readonly ProactiveBlockDef[];
  requestRows: readonly RowDef[];
  relations: readonly Relation[];
}
