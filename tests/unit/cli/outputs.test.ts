// The command line's outputs for a batch, run in-process: --json entries (error entries in place),
// text with totals, --csv bytes, the --xlsx workbook read back with exceljs, folders, progress.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../lib/cli/main';
import { BATCH_CSV_COLUMNS } from '../../../lib/export/batch-csv';
import { BatchEntrySchema } from '../../../lib/export/batch-entry-schema';
import { SEVERITY_FILL } from '../../../lib/export/workbook';
import { ui } from '../../../lib/i18n/ui';
import type { AuditResult } from '../../../lib/result/schema';
import { FIXTURE_NOW, PAGES_DIR } from '../../support/fixtures';

const INPUTS = fileURLToPath(new URL('../../fixtures/inputs/', import.meta.url));
const SEED2 = `${PAGES_DIR}seed-002-huzhu-2024.html`; // 1 error, 7 warnings
const NEWS = `${PAGES_DIR}not-report-news.html`;
const MISSING = `${INPUTS}missing.html`;

async function run(argv: string[], progress?: (t: string | null) => void) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), progress, now: FIXTURE_NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A folder: b/ (a report and a PDF), a.html (a report), notes.txt (not read), in that disorder. */
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'xxgk-cli-'));
  mkdirSync(join(folder, 'b'));
  copyFileSync(`${PAGES_DIR}seed-000-huzhu-2021.html`, join(folder, 'b', 'huzhu.html'));
  writeFileSync(join(folder, 'b', 'scan.pdf'), '%PDF-1.4\n');
  copyFileSync(`${PAGES_DIR}clean-2021-city-bureau.html`, join(folder, 'a.html'));
  writeFileSync(join(folder, 'notes.txt'), 'not a report');
});

describe('--json over a batch', () => {
  it('gives one entry per input in the order given, an error entry where an input fails', async () => {
    const { code, out } = await run(['--json', '--jobs', '3', MISSING, SEED2, NEWS, folder]);
    expect(code).toBe(1);
    const entries = BatchEntrySchema.array().parse(JSON.parse(out));
    expect(entries.map((e) => e.source)).toEqual([MISSING, SEED2, NEWS, join(folder, 'a.html'), join(folder, 'b', 'huzhu.html'), join(folder, 'b', 'scan.pdf')]);
    expect(entries[0]).toEqual({ source: MISSING, error: { code: 'not-found', message: '文件不存在' } });
    expect((entries[1] as AuditResult).summary).toEqual({ error: 1, warning: 7, info: 0 });
    expect(entries[5]).toEqual({ source: join(folder, 'b', 'scan.pdf'), error: { code: 'binary', message: 'PDF 文件不完整（已截断）' } });
  });

  it('gives the same entries whatever --jobs', async () => {
    const one = await run(['--json', '--jobs', '1', SEED2, NEWS, folder]);
    const many = await run(['--json', '--jobs', '8', SEED2, NEWS, folder]);
    // Apart from the time each audit took.
    const untimed = (out: string) => (JSON.parse(out) as Record<string, unknown>[]).map(({ timing: _, ...rest }) => rest);
    expect(untimed(many.out)).toEqual(untimed(one.out));
  });

  it('lists an empty folder as an error entry', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'xxgk-empty-'));
    const { code, out } = await run(['--json', empty]);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual([{ source: empty, error: { code: 'empty', message: '文件夹中没有网页、PDF 或 Word 文件' } }]);
  });
});

describe('text output', () => {
  it('prints a line for an unreadable input and a line of totals under several', async () => {
    const { code, out, err } = await run([SEED2, MISSING, NEWS]);
    expect(code).toBe(1);
    expect(err).toBe(`xxgk-audit: 无法读取 ${MISSING}：文件不存在`);
    expect(out).toContain(`== ${MISSING}\n  无法读取：文件不存在`);
    expect(out.trimEnd().split('\n').at(-1)).toBe('合计：报告 2 份 · 无法读取 1 个 · 错误 1 · 警告 7 · 提示 0');
  });

  it('has no totals for one report, and English totals with --lang en', async () => {
    expect((await run([SEED2])).out).not.toContain('合计');
    const { out } = await run(['--lang', 'en', SEED2, SEED2]);
    expect(out.trimEnd().split('\n').at(-1)).toBe('Total: 2 reports · 0 unreadable · 2 errors · 14 warnings · 0 notes');
  });

  it('reports progress (done / total, the input) when asked, and clears it at the end', async () => {
    const lines: (string | null)[] = [];
    await run(['--jobs', '1', SEED2, NEWS], (t) => lines.push(t));
    expect(lines).toEqual([`0/2 ${SEED2}`, `1/2 ${SEED2}`, `1/2 ${NEWS}`, `2/2 ${NEWS}`, null]);
  });
});

describe('--csv', () => {
  it('writes UTF-8 with a BOM, the batch columns and one row per finding over every report', async () => {
    const { code, out } = await run(['--csv', SEED2, NEWS, MISSING, `${PAGES_DIR}seed-001-wuzhong-2020.html`]);
    expect(code).toBe(1);
    const bytes = Buffer.from(out, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = out.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('页面,报告,机关,年度,规则,规则名称,严重程度,状态,部分,表格,栏目,行,列,应为,实际,说明,忽略原因');
    const seed2 = lines.filter((l) => l.startsWith(`${SEED2},2024年度互助县教育局信息公开工作报告,互助县教育局,2024,`));
    expect(seed2).toHaveLength(8);
    const wuzhong = JSON.parse(readFileSync(`${PAGES_DIR}seed-001-wuzhong-2020.expected.json`, 'utf8')) as { findings: unknown[] };
    expect(lines).toHaveLength(1 + 8 + wuzhong.findings.length);
  });

  it('neutralises text a spreadsheet would run as a formula, as the popup export does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-formula-'));
    const path = join(dir, '=HYPERLINK("x").html');
    copyFileSync(SEED2, path);
    const { out } = await run(['--csv', path]);
    expect(out).not.toMatch(/(^|\n|,)=HYPERLINK/);
  });
});

describe('--xlsx', () => {
  async function workbook(argv: string[]) {
    const file = join(mkdtempSync(join(tmpdir(), 'xxgk-xlsx-')), 'out.xlsx');
    const res = await run(['--xlsx', file, ...argv]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    return { ...res, wb };
  }

  it('writes 汇总 (a row per entry) and 问题 (a row per finding) with frozen headers, widths and severity fills', async () => {
    const { code, out, wb } = await workbook([SEED2, MISSING, NEWS]);
    expect(code).toBe(1);
    expect(out).toMatch(/已写出 .*out\.xlsx（报告 2 份，问题 8 个）/);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题']);
    const [summary, findings] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    for (const ws of [summary, findings]) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).font?.bold).toBe(true);
      ws.columns.forEach((c) => expect(c.width).toBeGreaterThanOrEqual(6));
    }
    expect(summary.getRow(1).values).toEqual([undefined, '页面', '报告', '机关', '年度', '模板', '错误', '警告', '提示', '未能检查的原因']);
    expect(summary.getRow(2).values).toEqual([undefined, SEED2, '2024年度互助县教育局信息公开工作报告', '互助县教育局', 2024, '2021 版', 1, 7, 0]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => summary.getRow(3).getCell(c).value)).toEqual([MISSING, ...Array(7).fill(null), '文件不存在']);
    expect(summary.getRow(4).getCell(9).value).toBe('不是政府信息公开工作年度报告');
    expect(summary.rowCount).toBe(4);
    expect(findings.rowCount).toBe(9);
    expect((findings.getRow(1).values as unknown[]).slice(1)).toEqual(BATCH_CSV_COLUMNS.map((k) => ui(k, 'zh')));
    const sevCol = BATCH_CSV_COLUMNS.indexOf('exportColSeverity') + 1;
    const fills = new Map<string, string | undefined>();
    for (let r = 2; r <= 9; r++) {
      const cell = findings.getRow(r).getCell(sevCol);
      fills.set(String(cell.value), (cell.fill as ExcelJS.FillPattern).fgColor?.argb);
    }
    expect(Object.fromEntries(fills)).toEqual({ 错误: SEVERITY_FILL.error, 警告: SEVERITY_FILL.warning });
    expect(findings.getRow(2).getCell(4).value).toBe(2024);
  });

  it('localises the headers with --lang en', async () => {
    const { wb } = await workbook(['--lang', 'en', `${PAGES_DIR}seed-001-wuzhong-2020.html`]);
    const [summary, findings] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(summary.getRow(1).getCell(1).value).toBe('Page');
    expect((findings.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['Page', 'Report', 'Agency', 'Year']);
    const sevCol = BATCH_CSV_COLUMNS.indexOf('exportColSeverity') + 1;
    const info = findings.getColumn(sevCol).values.indexOf('Note');
    expect(info).toBeGreaterThan(1);
    expect((findings.getRow(info).getCell(sevCol).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(SEVERITY_FILL.info);
  });
});

describe('usage', () => {
  it('exits 2, naming the file, when the workbook cannot be written', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xxgk-nodir-')), 'no', 'such', 'dir.xlsx');
    const { code, err } = await run(['--xlsx', file, SEED2]);
    expect(code).toBe(2);
    expect(err).toBe(`xxgk-audit: 无法写出 ${file}（ENOENT）`);
  });

  it.each([[['--jobs', '0', SEED2]], [['--jobs', 'x', SEED2]], [['--csv', '--json', SEED2]], [['--xlsx']]])('exits 2 on %j', async (argv) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toContain('用法：xxgk-audit');
  });
});
