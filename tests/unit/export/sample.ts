// Realistic audit results for the export tests, validated against the schema, plus the untrusted
// snippets a page could hand us.
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import type { Dismissal } from '../../../lib/result/dismissal';
import { DismissalSchema } from '../../../lib/result/dismissal';
import type { AuditResult, Finding } from '../../../lib/result/schema';
import { AuditResultSchema } from '../../../lib/result/schema';
import type { ExportInput } from '../../../lib/export';

export const purify = createDOMPurify(new JSDOM('').window);

export const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">点我</a>',
  '<svg onload=alert(1)><circle r="1"/></svg>',
];

export const TITLE = '互助县教育局2021年度政府信息公开工作年度报告';

const granted: Finding = {
  id: '3f9c1a2b', rule: 't3-row-total', severity: 'error', status: 'fail',
  section: 'requests', table: 'requests', block: null, row: 'granted', column: 'total',
  expected: 272, actual: null,
  message: '表三（依申请公开）「（一）予以公开」行：各类申请人之和为 272，总计栏为空白',
  cells: [
    { table: 'requests', block: null, row: 'granted', column: 'total', text: '', role: 'total' },
    { table: 'requests', block: null, row: 'granted', column: 'natural-person', text: '258', role: 'part' },
    { table: 'requests', block: null, row: 'granted', column: 'business', text: '14', role: 'part' },
  ],
};

const balance: Finding = {
  id: '0a1b2c3d', rule: 't3-balance', severity: 'error', status: 'fail',
  section: 'requests', table: 'requests', block: null, row: null, column: 'legal-service',
  expected: 14, actual: 15,
  message: '表三（依申请公开）「法律服务机构」列：本年新收加上年结转为 14，办理结果总计加结转下年度为 15',
  cells: [
    { table: 'requests', block: null, row: 'new', column: 'legal-service', text: '13', role: 'part' },
    { table: 'requests', block: null, row: 'carried-out', column: 'legal-service', text: '2', role: 'total' },
  ],
};

const negative: Finding = {
  id: '9e8d7c6b', rule: 'cell-negative', severity: 'error', status: 'fail',
  section: 'proactive', table: 'proactive', block: 'art20-1', row: 'normative-docs', column: 'in-force',
  expected: null, actual: -7,
  message: '表二（主动公开）第二十条第（一）项「行政规范性文件」行「现行有效件数」列为负数 -7',
  cells: [{ table: 'proactive', block: 'art20-1', row: 'normative-docs', column: 'in-force', text: '-7', role: 'value' }],
};

const nonNumeric: Finding = {
  id: '5a5b5c5d', rule: 't4-direct-total', severity: 'warning', status: 'review',
  section: 'appeals', table: 'appeals', block: null, row: 'direct', column: 'total',
  expected: null, actual: null,
  message: '表四（复议诉讼）「未经复议直接起诉」：「尚未审结」列「/」不是数字，无法核对这一关系，请人工判断',
  cells: [{ table: 'appeals', block: null, row: 'direct', column: 'pending', text: '/', role: 'blocking' }],
};

const late: Finding = {
  id: '1234abcd', rule: 'date-late', severity: 'warning', status: 'fail',
  section: null, table: null, block: null, row: null, column: null,
  expected: null, actual: null,
  message: '发布日期为 2022-02-15，晚于政府部门的公布期限 2022-01-31',
  cells: [],
};

export function sampleResult(): AuditResult {
  const result: AuditResult = {
    schema: 1,
    engine: '0.1.0',
    source: 'http://www.huzhu.gov.cn/hzx/zwgk/xxgkndbg/202202/t20220215_123456.html',
    auditedAt: '2026-11-23T08:00:00.000Z',
    report: {
      isReport: true, title: TITLE, agency: '互助县教育局', year: 2021, template: '2021',
      signedOn: null, publishedOn: '2022-02-15',
      sections: ['overview', 'proactive', 'requests', 'appeals', 'problems', 'other'],
      tables: ['proactive', 'requests', 'appeals'],
    },
    findings: [late, negative, balance, granted, nonNumeric],
    checks: [
      { rule: 'date-late', checked: 1, failed: 1, review: 0 },
      { rule: 'cell-negative', checked: 96, failed: 1, review: 0 },
      { rule: 't3-balance', checked: 7, failed: 1, review: 0 },
      { rule: 't3-row-total', checked: 23, failed: 1, review: 0 },
      { rule: 't4-direct-total', checked: 1, failed: 0, review: 1 },
    ],
    summary: { error: 3, warning: 2, info: 0 },
    timing: { totalMs: 4.2 },
  };
  return AuditResultSchema.parse(result);
}

export const DISMISSALS: Dismissal[] = [
  DismissalSchema.parse({ findingId: '0a1b2c3d', reason: 'not-a-defect', at: '2026-11-24T02:30:00.000Z' }),
];

export const SNIPPETS: Record<string, string> = {
  '3f9c1a2b': '<table class="MsoTable" style="width:600px" id="t3"><tbody>'
    + '<tr style="height:20px"><td colspan="2" class="x" onclick="alert(1)">（一）予以公开</td><td data-id="7">258</td><td aria-label="b">14</td><td style="background:red"></td></tr>'
    + '</tbody></table>',
  '0a1b2c3d': '<table><tr><td rowspan="2">法律服务机构</td><td>13</td></tr><tr><td>2</td></tr></table>',
  '9e8d7c6b': '<table><tr><td>行政规范性文件</td><td>-7</td></tr></table>',
};

export function sampleInput(over: Partial<ExportInput> = {}): ExportInput {
  return { result: sampleResult(), dismissals: DISMISSALS, snippets: SNIPPETS, lang: 'zh', ...over };
}
