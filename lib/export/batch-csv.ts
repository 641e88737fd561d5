// The findings of a whole batch as one CSV table: the popup's columns (its 页面 column is the
// report's source) with the report's agency and year after its title, one row per finding over
// every report, cells escaped as the popup's are.
import type { Lang } from '../i18n/lang';
import type { UiKey } from '../i18n/ui';
import { ui } from '../i18n/ui';
import type { BatchEntry } from './batch-entry';
import { isErrorEntry } from './batch-entry';
import type { CsvValue } from './csv';
import { CSV_COLUMNS, csvText, findingCells } from './csv';

export const BATCH_CSV_COLUMNS: readonly UiKey[] = [
  ...CSV_COLUMNS.slice(0, 2), 'exportColAgency', 'exportColYear', ...CSV_COLUMNS.slice(2),
];

/** The header and one row per finding, values as the cells hold them (numbers stay numbers). */
export function batchFindingRows(entries: readonly BatchEntry[], lang: Lang): CsvValue[][] {
  const rows: CsvValue[][] = [];
  for (const e of entries) {
    if (isErrorEntry(e)) continue;
    for (const f of e.findings) {
      const [source, title, ...rest] = findingCells(e, f, e.report.title ?? '', undefined, lang);
      rows.push([source!, title!, e.report.agency, e.report.year, ...rest]);
    }
  }
  return rows;
}

export function batchHeader(columns: readonly UiKey[], lang: Lang): string[] {
  return columns.map((k) => ui(k, lang));
}

export function toBatchCsv(entries: readonly BatchEntry[], lang: Lang): string {
  return csvText([batchHeader(BATCH_CSV_COLUMNS, lang), ...batchFindingRows(entries, lang)]);
}
