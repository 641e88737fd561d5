// The dashboard's exports of a batch: the command line's --json entries (a result or an error
// entry per report, queued ones left out), its CSV with a BOM, its workbook; the file's name.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { batchExport, batchFileName } from '../../../components/dashboard/exports';
import type { ReportEntry } from '../../../components/dashboard/entries';
import { audit } from '../../../lib/audit';
import { htmlSource } from '../../../lib/sources/html/source';
import { loadDocument } from '../../support/fixtures';

const NOW = new Date('2026-11-23T00:00:00Z');
const result = audit(htmlSource(loadDocument('defect-arith-2021')), { source: 'http://x.gov.cn/a.html', lang: 'zh', now: NOW }).result;
const entries: ReportEntry[] = [
  { source: 'http://x.gov.cn/a.html', linkTitle: 'A', state: 'done', result },
  { source: 'http://x.gov.cn/dead.html', linkTitle: 'B', state: 'failed', error: { code: 'not-found', message: '服务器返回 404' } },
  { source: 'http://x.gov.cn/c.html', linkTitle: 'C', state: 'queued' },
];

describe('the dashboard’s exports', () => {
  it('names the file after the list’s host and the day', () => {
    expect(batchFileName('http://www.x.gov.cn/ndbg/index.html', NOW, 'zh')).toBe('年度报告批量审核-www.x.gov.cn-2026-11-23');
    expect(batchFileName('not a url', NOW, 'en')).toBe('annual-reports-batch-2026-11-23');
  });

  it('JSON: the command line’s entries, a result or an error entry per report read', async () => {
    const file = await batchExport('json', entries, { lang: 'zh', listUrl: 'http://x.gov.cn/list.html', now: NOW });
    expect('text' in file && JSON.parse(file.text)).toEqual([result, { source: 'http://x.gov.cn/dead.html', error: { code: 'not-found', message: '服务器返回 404' } }]);
  });

  it('CSV: a BOM, a header and a row per finding', async () => {
    const file = await batchExport('csv', entries, { lang: 'zh', listUrl: 'http://x.gov.cn/list.html', now: NOW });
    expect(file.name).toBe('年度报告批量审核-x.gov.cn-2026-11-23.csv');
    const text = 'text' in file ? file.text : '';
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.trim().split(/\r?\n/)).toHaveLength(result.findings.length + 1);
  });

  it('XLSX: the 汇总 and 问题 sheets, read back', async () => {
    const file = await batchExport('xlsx', entries, { lang: 'zh', listUrl: 'http://x.gov.cn/list.html', now: NOW });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(('bytes' in file ? file.bytes : new Uint8Array()).buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['汇总', '问题']);
    expect(book.getWorksheet('汇总')!.actualRowCount).toBe(3);
    expect(book.getWorksheet('问题')!.actualRowCount).toBe(result.findings.length + 1);
  });
});
