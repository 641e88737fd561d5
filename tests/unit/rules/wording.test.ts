// The messages an auditor reads, pinned whole where issue 10 found them unclear: a unit converted
// (the number used, not the cell's text, named as such), a check blocked by a cell that is not a
// number (the row named once), the deadline of a department without the government's, blank cells
// grouped by row with 「；」 between groups, and the page's own brackets as it prints them.
import { describe, expect, it } from 'vitest';
import { auditPage } from '../../support/rule-cases';
import type { ReportOptions } from '../../support/report-builder';

function messages(page: ReportOptions, rule: string): string[] {
  return auditPage(page).findings.filter((f) => f.rule === rule).map((f) => f.message);
}

describe('messages in the auditor’s words', () => {
  it('cell-unit-inline: the value as written, the unit converted to the column’s, and the number used', () => {
    expect(messages({ cells: { proactive: { 'art20-8/fees/amount': '73802895.9元' } } }, 'cell-unit-inline')).toEqual([
      '表二（主动公开）第二十条第（八）项「行政事业性收费」行「本年收费金额（单位：万元）」列写作「73802895.9元」，单位「元」写在单元格内；已由「元」换算为栏目单位「万元」，计算时用数值 7380.28959',
    ]);
  });

  it('a relation blocked by a cell that is not a number names the row once, then the cell', () => {
    const page = { cells: { requests: { 'granted/business': '不详' } } };
    expect(messages(page, 't3-row-total')).toEqual(['表三（依申请公开）「（一）予以公开」行：「商业企业」列「不详」不是数字，无法核对这一关系，请人工判断']);
    expect(messages(page, 't3-results-total')).toEqual(['表三（依申请公开）「商业企业」列：「（一）予以公开」行「不详」不是数字，无法核对这一关系，请人工判断']);
  });

  it('date-late: a department’s deadline alone; a government on time gets no note', () => {
    expect(messages({ published: '2024-02-20' }, 'date-late')).toEqual(['发布日期为 2024-02-20，晚于政府部门的公布期限 2024-01-31']);
    const gov = auditPage({ title: '某县人民政府2023年政府信息公开工作年度报告', published: '2024-03-20' });
    expect(gov.findings.filter((f) => f.rule.startsWith('date-'))).toEqual([]);
  });

  it('cell-empty: blanks grouped by row, the groups apart with 「；」', () => {
    const page = {
      values: { requests: { 'denied-state-secret/research': 0, 'denied-state-secret/business': 0, 'carried-out/other-org': 0 } },
      cells: { requests: { 'denied-state-secret/research': '', 'denied-state-secret/business': '', 'carried-out/other-org': '' } },
    };
    expect(messages(page, 'cell-empty')).toEqual(['表三（依申请公开）有 3 个空白单元格：「1.属于国家秘密」行 2 处；「四、结转下年度继续办理」行「其他」列']);
  });

  it('a label keeps the brackets the page prints: full-width as full-width, half-width as half-width', () => {
    const total = { cells: { requests: { 'granted/total': '9999' } } };
    expect(messages(total, 't3-row-total')).toEqual(['表三（依申请公开）「（一）予以公开」行：各类申请人之和为 12，总计栏为 9999']);
    expect(messages({ ...total, rowLabels: { requests: { granted: '(一)予以公开' } } }, 't3-row-total'))
      .toEqual(['表三（依申请公开）「(一)予以公开」行：各类申请人之和为 12，总计栏为 9999']);
  });
});
