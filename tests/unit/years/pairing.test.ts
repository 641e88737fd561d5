// previousYearOf: last year's report of the same body among the audited reports.
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../lib/model';
import { notAReport } from '../../../lib/parse/report';
import { auditPage } from '../../../lib/sources/html/page-audit';
import { previousYearOf } from '../../../lib/years/pairing';
import { documentFromHtml } from '../../support/fixtures';
import { buildReportHtml } from '../../support/report-builder';

const TABLES = auditPage(documentFromHtml(buildReportHtml()), { source: 'x' }).model.tables;

function report(name: string, agency: string | null, year: number | null, tables: (keyof ReportModel['tables'])[] = ['proactive', 'requests', 'appeals']) {
  const model: ReportModel = {
    ...notAReport(), isReport: true, agency, year, title: `${agency}${year}年政府信息公开工作年度报告`,
    tables: Object.fromEntries(tables.map((t) => [t, TABLES[t]])),
  };
  return { name, model };
}

const names = (list: ({ name: string } | null)[]) => list.map((x) => x?.name ?? null);

describe('previousYearOf', () => {
  it('pairs every consecutive year of one body, whatever the input order', () => {
    const list = [report('2023', '互助县教育局', 2023), report('2021', '互助县教育局', 2021), report('2022', '互助县 教育局', 2022)];
    expect(names(previousYearOf(list))).toEqual(['2022', null, '2021']);
  });

  it('does not compare years that are not consecutive', () => {
    expect(names(previousYearOf([report('2024', '互助县教育局', 2024), report('2022', '互助县教育局', 2022)]))).toEqual([null, null]);
  });

  it('does not compare different bodies', () => {
    expect(names(previousYearOf([report('a', '互助县教育局', 2024), report('b', '互助县卫生健康局', 2023)]))).toEqual([null, null]);
  });

  it('leaves a report of unknown body or year, and a page that is not a report, alone', () => {
    const notReport = { name: 'page', model: { ...notAReport(), agency: '互助县教育局', year: 2023 } };
    const list = [report('x', null, 2024), report('y', null, 2023), report('z', '互助县教育局', null), notReport, report('w', '互助县教育局', 2024)];
    expect(names(previousYearOf(list))).toEqual([null, null, null, null, null]);
  });

  it('of two reports of one body and year takes the one with more tables, then the first given', () => {
    const fewer = report('fewer', '互助县教育局', 2022, ['proactive']);
    const first = report('first', '互助县教育局', 2022);
    const second = report('second', '互助县教育局', 2022);
    const now = report('now', '互助县教育局', 2023);
    expect(names(previousYearOf([now, fewer, first, second]))[0]).toBe('first');
    expect(names(previousYearOf([now, second, fewer, first]))[0]).toBe('second');
    expect(names(previousYearOf([fewer, now]))[1]).toBe('fewer');
  });
});
