// The parsed report: what the rules read. Built once per scan from the DOM; rules never see the DOM,
// but every cell and heading keeps a reference to its element so findings can be drawn in place.
import type { CellValue } from './text/cell-value';
import type { SectionKey, TableKey, TemplateId } from './templates/types';

export interface ModelCell {
  table: TableKey;
  block: string | null;
  row: string;
  column: string;
  value: CellValue;
  /** The value converted to the column's unit when the cell wrote another one (251000元 in 万元). */
  converted: number | null;
  /** The page's own words for the row and the column. */
  rowLabel: string;
  columnLabel: string;
  /** Unit printed in the column header (万元), if any. */
  columnUnit: string | null;
  el: Element | null;
}

export interface LabelVariant {
  kind: 'row' | 'column';
  table: TableKey;
  block: string | null;
  row: string | null;
  column: string | null;
  page: string;
  template: string;
  el: Element | null;
}

export interface ParsedTable {
  key: TableKey;
  /** The template whose labels this table carries, when it tells (appeals never does). */
  template: TemplateId | null;
  /** The <table> elements that make up this logical table (more than one: split). */
  parts: Element[];
  cells: Map<string, ModelCell>;
  /** Blocks (proactive), rows and columns that the template has and the page does not. */
  missingBlocks: string[];
  missingRows: { block: string | null; row: string }[];
  missingColumns: { block: string | null; row: string | null; column: string }[];
  unexpectedRows: { block: string | null; label: string; el: Element | null; cells: Element[] }[];
  variants: LabelVariant[];
  /** Where a missing row would stand (the element after which it belongs), by row key. */
  rowAnchors: Map<string, Element>;
}

export interface SectionHit {
  key: SectionKey;
  /** The heading's ordinal value, null when it has none. */
  ordinal: number | null;
  text: string;
  /** Matched only through a variant or keywords (`label-variant`). */
  variant: boolean;
  el: Element;
  /** The section's text, heading excluded, up to the next section or the end of the report. */
  body: string;
}

export type AgencyKind = 'government' | 'department' | 'unknown';

export interface ReportModel {
  isReport: boolean;
  title: string | null;
  titleEl: Element | null;
  agency: string | null;
  agencyKind: AgencyKind;
  year: number | null;
  signedOn: string | null;
  signedEl: Element | null;
  publishedOn: string | null;
  publishedEl: Element | null;
  /** Every date the page states about itself, for date-future. */
  sections: SectionHit[];
  tables: Partial<Record<TableKey, ParsedTable>>;
  template: TemplateId | 'mixed' | 'unknown';
  /** The first element of the report body: where a marker for a part with no place goes. */
  top: Element | null;
}

export function cellKey(table: TableKey, block: string | null, row: string, column: string): string {
  return `${table}/${block ?? ''}/${row}/${column}`;
}
