// The workbook of a batch (the command line's --xlsx, the dashboard's XLSX export): sheet 汇总,
// one row per entry (a report's counts, or why it could not be read); sheet 问题, the batch CSV's
// columns, one row per finding. Frozen header row, column widths from the contents, the severity
// cell filled by severity. Written by exceljs, which runs in Node and in browsers alike.
import ExcelJS from 'exceljs';
import type { Lang } from '../i18n/lang';
import { templateName } from '../i18n/terms';
import type { UiKey } from '../i18n/ui';
import { ui } from '../i18n/ui';
import type { Severity } from '../result/severity';
import { SEVERITY_KEY } from '../i18n/ui';
import { BATCH_CSV_COLUMNS, batchFindingRows, batchHeader } from './batch-csv';
import type { BatchEntry } from './batch-entry';
import { isErrorEntry } from './batch-entry';
import type { CsvValue } from './csv';

export const SUMMARY_SHEET = '汇总';
export const FINDINGS_SHEET = '问题';

export const SUMMARY_COLUMNS: readonly UiKey[] = [
  'exportColPage', 'exportColReport', 'exportColAgency', 'exportColYear', 'exportColTemplate',
  'exportColErrors', 'exportColWarnings', 'exportColNotes', 'exportColUnread',
];

/** ARGB fills of the severity cell: error red, warning amber, info blue-grey. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: 'FFF8CBCB', warning: 'FFFFE4A8', info: 'FFDCE3EA',
};

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function summaryRow(entry: BatchEntry, lang: Lang): CsvValue[] {
  if (isErrorEntry(entry)) return [entry.source, null, null, null, null, null, null, null, entry.error.message];
  const r = entry.report;
  return [
    entry.source, r.title, r.agency, r.year, templateName(r.template, lang),
    entry.summary.error, entry.summary.warning, entry.summary.info, r.isReport ? null : ui('exportNotReport', lang),
  ];
}

/** Display width of a value: CJK and full-width characters count two. */
function displayWidth(value: CsvValue): number {
  if (value === null) return 0;
  let w = 0;
  for (const ch of String(value)) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function addSheet(wb: ExcelJS.Workbook, name: string, header: string[], rows: CsvValue[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((col, i) => {
    const widest = Math.max(displayWidth(header[i] ?? null), ...rows.map((r) => displayWidth(r[i] ?? null)));
    col.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
  return ws;
}

export async function buildWorkbook(entries: readonly BatchEntry[], lang: Lang): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  addSheet(wb, SUMMARY_SHEET, batchHeader(SUMMARY_COLUMNS, lang), entries.map((e) => summaryRow(e, lang)));
  const findings = batchFindingRows(entries, lang);
  const sheet = addSheet(wb, FINDINGS_SHEET, batchHeader(BATCH_CSV_COLUMNS, lang), findings);
  const severityColumn = BATCH_CSV_COLUMNS.indexOf('exportColSeverity') + 1;
  const fillOf = new Map((Object.keys(SEVERITY_FILL) as Severity[]).map((s) => [ui(SEVERITY_KEY[s], lang), SEVERITY_FILL[s]]));
  findings.forEach((_, i) => {
    const cell = sheet.getRow(i + 2).getCell(severityColumn);
    const argb = fillOf.get(String(cell.value));
    if (argb) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
