import { tableName } from '../i18n/terms';
import { templateForYear } from '../templates';
import type { TableKey } from '../templates/types';
import { finding } from '../rule-kit/draft';
import { defineRule } from '../rule-kit/types';

export default defineRule({
  meta: {
    id: 'template-year-mismatch', severity: 'error', wave: 1,
    title: { zh: '模板与年度不符', en: 'Template does not fit the year' },
    description: { zh: '2021 年及以后的报告应使用 2021 版模板（国办公开办函〔2021〕30号），2019、2020 年度使用 2019 版。', en: 'Reports for 2021 onward use the 2021 template (Guobangongkaibanhan [2021] 30); 2019 and 2020 use the 2019 trial template.' },
    messages: {
      mismatch: { zh: '{year}年度报告应使用{expected}版模板，但{tables}使用的是{actual}版格式', en: 'A {year} report must use the {expected} template, but {tables} follow the {actual} template' },
    },
  },
  check(ctx) {
    const { year, tables } = ctx.report;
    if (year === null) return { checked: 0, findings: [] };
    const expected = templateForYear(year);
    const wrong = (['proactive', 'requests'] as TableKey[]).filter((k) => tables[k]?.template && tables[k]!.template !== expected);
    if (wrong.length === 0) return { checked: 1, findings: [] };
    const actual = tables[wrong[0]!]!.template!;
    return {
      checked: 1,
      findings: [finding('mismatch', {}, {
        params: { year, expected, actual, tables: wrong.map((k) => tableName(k, ctx.lang)).join(ctx.lang === 'zh' ? '、' : ' and ') },
        subject: { kind: 'table', table: wrong[0]!, part: 0 },
      })],
    };
  },
});
