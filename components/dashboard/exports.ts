// The dashboard's exports of a whole batch: the command line's `--json` array (entry for entry),
// its CSV (lib/export/batch-csv) and its workbook (lib/export/workbook, loaded only when asked).
import type { Lang } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import { toBatchCsv } from '../../lib/export/batch-csv';
import type { BinaryFile, ExportFile } from '../popup/export-file';
import type { BatchExportFormat } from './dashboard-app';
import { jsonEntries } from './entries';
import type { ReportEntry } from './entries';

/** 「年度报告批量审核-www.example.gov.cn-2026-12-02」: the list's host and the day. */
export function batchFileName(listUrl: string, now: Date, lang: Lang): string {
  let host = '';
  try {
    host = new URL(listUrl).hostname.replace(/[^a-z0-9.-]/gi, '');
  } catch {
    host = '';
  }
  return [ui('dashboardFileName', lang), host, now.toISOString().slice(0, 10)].filter(Boolean).join('-');
}

export async function batchExport(format: BatchExportFormat, entries: readonly ReportEntry[], opts: { lang: Lang; listUrl: string; now?: Date }): Promise<ExportFile | BinaryFile> {
  const data = jsonEntries(entries);
  const base = batchFileName(opts.listUrl, opts.now ?? new Date(), opts.lang);
  if (format === 'json') return { name: `${base}.json`, mime: 'application/json', text: `${JSON.stringify(data, null, 2)}\n` };
  if (format === 'csv') return { name: `${base}.csv`, mime: 'text/csv;charset=utf-8', text: toBatchCsv(data, opts.lang) };
  const { buildWorkbook } = await import('../../lib/export/workbook');
  return {
    name: `${base}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: new Uint8Array(await buildWorkbook(data, opts.lang)),
  };
}
