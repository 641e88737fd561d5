// The builder the rule tests stand on: its default pages are complete, consistent and clean, and
// its options change exactly what they say.
import { describe, expect, it } from 'vitest';
import { auditPage as audit } from '../../../lib/sources/html/page-audit';
import { cellKey } from '../../../lib/model';
import { documentFromHtml } from '../../support/fixtures';
import {
  APPEAL_GROUPS, APPLICANT_COLUMNS, REQUEST_COLUMNS, buildReportHtml, outcomeRows, proactiveCells, reportCells,
  reportNumbers, requestRows,
} from '../../support/report-builder';
import type { ReportOptions, TemplateId } from '../../support/report-builder';
import { NOW } from '../../support/rule-cases';

const TEMPLATES: TemplateId[] = ['2021', '2019'];

function run(page: ReportOptions) {
  return audit(documentFromHtml(buildReportHtml(page)), { source: 'builder.html', now: NOW });
}

describe.each(TEMPLATES)('default page, %s template', (template) => {
  const numbers = reportNumbers({ template });

  it('has every value non-zero', () => {
    for (const table of [numbers.proactive, numbers.requests, numbers.appeals]) {
      for (const [key, v] of Object.entries(table)) expect({ key, nonZero: v !== 0 }).toEqual({ key, nonZero: true });
    }
    expect(Object.keys(numbers.requests)).toHaveLength(requestRows(template).length * 7);
    expect(Object.keys(numbers.appeals)).toHaveLength(15);
    expect(Object.keys(numbers.proactive)).toHaveLength(template === '2021' ? 10 : 22);
  });

  it('satisfies every relation of rules.md', () => {
    const q = numbers.requests;
    for (const row of requestRows(template)) {
      expect(q[`${row}/total`]).toBe(APPLICANT_COLUMNS.reduce((s, c) => s + q[`${row}/${c}`]!, 0));
    }
    expect(outcomeRows(template)).toHaveLength(template === '2021' ? 21 : 19);
    for (const c of REQUEST_COLUMNS) {
      expect(q[`total/${c}`]).toBe(outcomeRows(template).reduce((s, r) => s + q[`${r}/${c}`]!, 0));
      expect(q[`new/${c}`]! + q[`carried-in/${c}`]!).toBe(q[`total/${c}`]! + q[`carried-out/${c}`]!);
    }
    for (const g of APPEAL_GROUPS) {
      const a = numbers.appeals;
      expect(a[`${g}/total`]).toBe(a[`${g}/upheld`]! + a[`${g}/corrected`]! + a[`${g}/other`]! + a[`${g}/pending`]!);
    }
    const p = numbers.proactive;
    if (template === '2021') {
      for (const r of ['rules', 'normative-docs']) {
        expect(p[`art20-1/${r}/in-force`]!).toBeGreaterThanOrEqual(p[`art20-1/${r}/issued`]! - p[`art20-1/${r}/repealed`]!);
      }
    } else {
      for (const r of ['rules', 'normative-docs']) {
        expect(p[`art20-1/${r}/total-published`]!).toBeGreaterThanOrEqual(p[`art20-1/${r}/published`]!);
      }
      for (const k of ['art20-5/licensing', 'art20-5/other-services', 'art20-6/penalty', 'art20-6/coercion', 'art20-8/fees']) {
        expect(p[`${k}/prev-items`]! + p[`${k}/change`]!).toBeGreaterThanOrEqual(0);
      }
      expect(Object.entries(p).some(([k, v]) => k.endsWith('/change') && v < 0), 'a negative change is written').toBe(true);
    }
  });

  it('audits clean: no finding, every part found', () => {
    const { result } = run({ template });
    expect(result.findings.map((f) => `${f.rule} ${f.row} ${f.column}`)).toEqual([]);
    expect(result.report).toMatchObject({
      isReport: true, year: template === '2021' ? 2023 : 2020, template, agency: '宁安市生态环境局',
      signedOn: template === '2021' ? '2024-01-20' : '2021-01-20',
      publishedOn: template === '2021' ? '2024-01-25' : '2021-01-25',
      sections: ['overview', 'proactive', 'requests', 'appeals', 'problems', 'other'],
      tables: ['proactive', 'requests', 'appeals'],
    });
  });

  it('is read cell by cell as the builder wrote it', () => {
    const { model } = run({ template });
    const cells = reportCells({ template });
    const t = model.tables;
    expect(Object.keys(t.requests!.cells).length).toBe(template === '2021' ? 175 : 161);
    expect(Object.keys(t.appeals!.cells).length).toBe(15);
    expect(Object.keys(t.proactive!.cells).length).toBe(proactiveCells(template).length);
    for (const [k, text] of Object.entries(cells.requests)) {
      const [row, column] = k.split('/') as [string, string];
      expect({ k, text: t.requests!.cells[cellKey('requests', null, row, column)]?.value.text }).toEqual({ k, text });
    }
    for (const [k, text] of Object.entries(cells.appeals)) {
      const [row, column] = k.split('/') as [string, string];
      expect({ k, text: t.appeals!.cells[cellKey('appeals', null, row, column)]?.value.text }).toEqual({ k, text });
    }
    for (const [k, text] of Object.entries(cells.proactive)) {
      const [block, row, column] = k.split('/') as [string, string, string];
      expect({ k, text: t.proactive!.cells[cellKey('proactive', block, row, column)]?.value.text }).toEqual({ k, text });
    }
  });

  it('uses the official requests layout', () => {
    const doc = documentFromHtml(buildReportHtml({ template }));
    const table = [...doc.querySelectorAll('table')].find((x) => x.textContent!.includes('勾稽关系'))!;
    const note = table.querySelector('tr')!.children[0]!;
    expect([note.getAttribute('colspan'), note.getAttribute('rowspan')]).toEqual(['3', '3']);
    expect(table.querySelector('tr')!.children[1]!.getAttribute('colspan')).toBe('7');
    const byText = (s: string) => [...table.querySelectorAll('td')].find((td) => td.textContent === s)!;
    expect(byText('三、本年度办理结果').getAttribute('rowspan')).toBe(template === '2021' ? '22' : '20');
    expect(byText('（三）不予公开').getAttribute('rowspan')).toBe('8');
    expect(byText('（四）无法提供').getAttribute('rowspan')).toBe('3');
    expect(byText('（五）不予处理').getAttribute('rowspan')).toBe('5');
    if (template === '2021') expect(byText('（六）其他处理').getAttribute('rowspan')).toBe('3');
    else expect(byText('（六）其他处理').getAttribute('colspan')).toBe('2');
    expect(table.querySelectorAll('tr')).toHaveLength(3 + requestRows(template).length);
  });
});

describe('options', () => {
  it('values keep the page consistent', () => {
    const page: ReportOptions = { values: { requests: { 'granted/business': 0, 'carried-in/research': 0 }, appeals: { 'review/other': 0 } } };
    const n = reportNumbers(page);
    expect(n.requests['granted/business']).toBe(0);
    expect(n.requests['granted/total']).toBe(reportNumbers().requests['granted/total']! - reportNumbers().requests['granted/business']!);
    expect(n.appeals['review/total']).toBe(reportNumbers().appeals['review/total']! - 1);
    expect(run(page).result.findings).toEqual([]);
  });

  it('cells override one written text and recompute nothing', () => {
    const c = reportCells({ cells: { requests: { 'granted/total': '999' } } });
    expect(c.requests['granted/total']).toBe('999');
    expect(c.requests['total/total']).toBe(String(reportNumbers().requests['total/total']));
  });

  it('rejects keys that are not cells or base values', () => {
    expect(() => reportCells({ cells: { requests: { 'granted/everyone': '1' } } })).toThrow();
    expect(() => reportNumbers({ values: { requests: { 'granted/total': 1 } } })).toThrow();
  });

  it('splits the requests table into <table>s without repeating the header', () => {
    const doc = documentFromHtml(buildReportHtml({ splitRequestsAfter: ['carried-in'] }));
    const tables = [...doc.querySelectorAll('table')];
    expect(tables).toHaveLength(4);
    expect(tables[1]!.querySelectorAll('tr')).toHaveLength(5);
    expect(tables[2]!.textContent).not.toContain('申请人情况');
    expect(tables[2]!.querySelector('td')!.getAttribute('rowspan')).toBe('22');
  });

  it('removes sections, tables, rows and columns', () => {
    const html = buildReportHtml({
      order: ['overview', 'proactive', 'requests', 'appeals', 'other'],
      remove: { tables: ['appeals'], rows: { requests: ['denied-process'] }, columns: { requests: ['research'] } },
    });
    expect(html).not.toContain('五、存在的主要问题');
    expect(html).not.toContain('结果维持');
    expect(html).not.toContain('6.属于四类过程性信息');
    expect(html).not.toContain('科研机构');
    expect(html).toContain('四、政府信息公开行政复议、行政诉讼情况');
  });
});
