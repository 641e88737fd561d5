// The CSV export read back with a strict RFC 4180 parser: what Excel and WPS will see.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, neutraliseCsvText, toCsv } from '../../../lib/export';
import { ui } from '../../../lib/i18n/ui';
import { AuditResultSchema } from '../../../lib/result/schema';
import type { Finding } from '../../../lib/result/schema';
import { TITLE, sampleInput, sampleResult } from './sample';

interface Field { value: string; quoted: boolean }

/** RFC 4180: CRLF records, fields quoted with "", "" inside quotes is one ". Throws on anything else. */
function parseCsv(text: string): Field[][] {
  const rows: Field[][] = [];
  let row: Field[] = [];
  let i = 0;
  const endRow = () => { rows.push(row); row = []; };
  while (i < text.length) {
    let value = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') { value += '"'; i += 2; continue; }
          i++;
          break;
        }
        value += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        value += text[i++];
      }
    }
    row.push({ value, quoted });
    if (text[i] === ',') { i++; continue; }
    if (text[i] === '\r' && text[i + 1] === '\n') { i += 2; endRow(); continue; }
    if (i >= text.length) { endRow(); break; }
    throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
  }
  return rows;
}

function read(csv: string) {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(csv.slice(1));
  return { header: rows[0]!.map((f) => f.value), rows: rows.slice(1) };
}

const COL = {
  page: 0, report: 1, rule: 2, ruleTitle: 3, severity: 4, status: 5, section: 6, table: 7, block: 8,
  row: 9, column: 10, expected: 11, actual: 12, message: 13, dismissal: 14,
};

function withFinding(over: Partial<Finding>, base = sampleResult()) {
  const f: Finding = { ...base.findings[0]!, ...over };
  return AuditResultSchema.parse({ ...base, findings: [f] });
}

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and has no bare LF between records', () => {
    const csv = toCsv(sampleInput());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the localised header, in order', () => {
    expect(read(toCsv(sampleInput())).header).toEqual([
      '页面', '报告', '规则', '规则名称', '严重程度', '状态', '部分', '表格', '栏目', '行', '列', '应为', '实际', '说明', '忽略原因',
    ]);
    expect(read(toCsv(sampleInput({ lang: 'en' }))).header).toEqual(CSV_COLUMNS.map((k) => ui(k, 'en')));
    expect(read(toCsv(sampleInput({ lang: 'en' }))).header[0]).toBe('Page');
  });

  it('writes one row per finding with every column', () => {
    const input = sampleInput();
    const { rows } = read(toCsv(input));
    expect(rows).toHaveLength(input.result.findings.length);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const granted = rows.find((r) => r[COL.rule]!.value === 't3-row-total')!.map((f) => f.value);
    expect(granted).toEqual([
      input.result.source, TITLE, 't3-row-total', '表三行合计（各类申请人之和等于总计）', '错误', '不符',
      '三、收到和处理政府信息公开申请情况', '表三（依申请公开）', '', '（一）予以公开', '总计', '272', '', input.result.findings[3]!.message, '',
    ]);
  });

  it('marks review and dismissed findings, with the reason and date of the dismissal', () => {
    const { rows } = read(toCsv(sampleInput()));
    const byRule = (id: string) => rows.find((r) => r[COL.rule]!.value === id)!;
    expect(byRule('t4-direct-total')[COL.status]!.value).toBe('待人工核对');
    expect(byRule('t3-balance')[COL.status]!.value).toBe('已忽略');
    expect(byRule('t3-balance')[COL.dismissal]!.value).toBe('不是问题（2026-11-24）');
    const en = read(toCsv(sampleInput({ lang: 'en' }))).rows.find((r) => r[COL.rule]!.value === 't3-balance')!;
    expect(en[COL.status]!.value).toBe('Dismissed');
    expect(en[COL.dismissal]!.value).toBe('Not a defect (2026-11-24)');
    expect(en[COL.severity]!.value).toBe('Error');
  });

  it('writes numbers bare, negatives included, so a spreadsheet reads them as numbers', () => {
    const { rows } = read(toCsv(sampleInput()));
    const neg = rows.find((r) => r[COL.rule]!.value === 'cell-negative')!;
    expect(neg[COL.actual]).toEqual({ value: '-7', quoted: false });
    expect(neg[COL.expected]).toEqual({ value: '', quoted: false });
    const bal = rows.find((r) => r[COL.rule]!.value === 't3-balance')!;
    expect(bal[COL.expected]).toEqual({ value: '14', quoted: false });
    expect(bal[COL.actual]).toEqual({ value: '15', quoted: false });
    const frac = read(toCsv(sampleInput({ result: withFinding({ expected: -0.5, actual: 1234567 }) }))).rows[0]!;
    expect(frac[COL.expected]!.value).toBe('-0.5');
    expect(frac[COL.actual]!.value).toBe('1234567');
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\nx', "'\nx"],
    ['\rx', "'\rx"],
    ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
    ['＝1+1', "'＝1+1"],
  ])('neutralises %j in messages', (message, shown) => {
    const { rows } = read(toCsv(sampleInput({ result: withFinding({ message }) })));
    expect(rows[0]![COL.message]!.value).toBe(shown);
  });

  it('neutralises page-derived titles and sources too', () => {
    const base = sampleResult();
    const result = AuditResultSchema.parse({ ...base, source: '=HYPERLINK("http://evil")', report: { ...base.report, title: '@SUM(1+1)*cmd' } });
    const { rows } = read(toCsv(sampleInput({ result })));
    for (const r of rows) {
      expect(r[COL.page]!.value).toBe('\'=HYPERLINK("http://evil")');
      expect(r[COL.report]!.value).toBe("'@SUM(1+1)*cmd");
    }
    const untitled = AuditResultSchema.parse({ ...base, report: { ...base.report, title: null } });
    expect(read(toCsv(sampleInput({ result: untitled, pageTitle: '-1+2' }))).rows[0]![COL.report]!.value).toBe("'-1+2");
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseCsvText('表三「予以公开」行')).toBe('表三「予以公开」行');
    expect(neutraliseCsvText('a=b')).toBe('a=b');
    expect(csvField(-7)).toBe('-7');
    expect(csvField(null)).toBe('');
    expect(csvField('-7')).toBe("'-7");
  });

  it('round-trips quotes, commas and line breaks inside a message', () => {
    const message = '他说"总计"错了, 应为 272\r\n第二行\n第三行，"结束"';
    const { rows } = read(toCsv(sampleInput({ result: withFinding({ message }) })));
    expect(rows).toHaveLength(1);
    expect(rows[0]![COL.message]).toEqual({ value: message, quoted: true });
  });

  it('writes only the header for a page that is not a report', () => {
    const base = sampleResult();
    const result = AuditResultSchema.parse({ ...base, report: { ...base.report, isReport: false }, findings: [], checks: [], summary: { error: 0, warning: 0, info: 0 } });
    expect(read(toCsv(sampleInput({ result }))).rows).toHaveLength(0);
  });
});
