// Across-years rule tests: two pages made by report-builder, this year's and last year's, audited
// each on its own and compared with withPrevious, as the command line and the extension do.
import { expect } from 'vitest';
import type { Lang } from '../../../lib/i18n/lang';
import type { AuditResult, Finding } from '../../../lib/result/schema';
import { AuditResultSchema } from '../../../lib/result/schema';
import { auditPage } from '../../../lib/sources/html/page-audit';
import { withPrevious } from '../../../lib/years/with-previous';
import { documentFromHtml } from '../../support/fixtures';
import { APPLICANT_COLUMNS, buildReportHtml } from '../../support/report-builder';
import type { ReportOptions } from '../../support/report-builder';
import { NOW } from '../../support/rule-cases';

export const THIS_SOURCE = 'https://www.example.gov.cn/xxgk/this-year.html';
export const LAST_SOURCE = 'https://www.example.gov.cn/xxgk/last-year.html';

/** Last year's 结转下年度 written as this year's default 上年结转 (report-builder: 1, 2, 1, 2, 1, 2). */
const CARRIED_ON = Object.fromEntries(APPLICANT_COLUMNS.map((c, j) => [`carried-out/${c}`, 1 + (j % 2)]));

/** A 2022 report (2021 template) that this year's default 2023 page continues in every relation. */
export function lastYear2021(o: ReportOptions = {}): ReportOptions {
  return {
    year: 2022, ...o,
    values: {
      ...o.values,
      requests: { ...CARRIED_ON, ...o.values?.requests },
      // 2023 in force: 规章 5 = 4 + 2 − 1; 行政规范性文件 12 = 10 + 3 − 1.
      proactive: { 'art20-1/rules/in-force': 4, 'art20-1/normative-docs/in-force': 10, ...o.values?.proactive },
    },
  };
}

/** A 2019 report (2019 template) that this year's default 2020 page continues in every relation. */
export function lastYear2019(o: ReportOptions = {}): ReportOptions {
  return {
    template: '2019', year: 2019, ...o,
    values: {
      ...o.values,
      requests: { ...CARRIED_ON, ...o.values?.requests },
      // 2020 上一年项目数量 12, 26, 8, 2, 4 = these + the builder's 本年增/减 +2, −1, +1, −1, −1.
      proactive: {
        'art20-5/licensing/prev-items': 10, 'art20-5/other-services/prev-items': 27, 'art20-6/penalty/prev-items': 7,
        'art20-6/coercion/prev-items': 3, 'art20-8/fees/prev-items': 5, ...o.values?.proactive,
      },
    },
  };
}

function audited(page: ReportOptions, source: string, lang: Lang) {
  return auditPage(documentFromHtml(buildReportHtml(page)), { source, now: NOW, lang });
}

/** This year's page compared with last year's. */
export function compare(thisYear: ReportOptions, lastYear: ReportOptions, lang: Lang = 'zh') {
  const last = audited(lastYear, LAST_SOURCE, lang);
  const outcome = audited(thisYear, THIS_SOURCE, lang);
  const compared = withPrevious(outcome, { model: last.model, source: LAST_SOURCE }, { lang });
  expect(AuditResultSchema.safeParse(compared.result).success, 'result matches the schema').toBe(true);
  return compared;
}

export function findingsOf(result: AuditResult, rule: string): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}

export function checkOf(result: AuditResult, rule: string): AuditResult['checks'][number] {
  return result.checks.find((c) => c.rule === rule)!;
}

/** A finding's cells as `row/column role [year]`, sorted. */
export function cellList(f: Finding): string[] {
  return f.cells.map((c) => `${c.block ? `${c.block}/` : ''}${c.row}/${c.column} ${c.role}${c.year === undefined ? '' : ` ${c.year}`}`).sort();
}
