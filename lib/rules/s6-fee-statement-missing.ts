import { finding } from '../rule-kit/draft';
import { defineRule } from '../rule-kit/types';

const FEE = /信息处理费|处理费/;

export default defineRule({
  meta: {
    id: 's6-fee-statement-missing', severity: 'warning', wave: 1,
    title: { zh: '第六部分未说明信息处理费', en: 'Section 6 says nothing about the processing fee' },
    description: {
      zh: '2021 年起，第六部分应报告信息处理费的收取情况（国办函〔2020〕109号）；这不是表二的行政事业性收费。',
      en: 'From 2021, section 6 reports whether the fee for handling requests (信息处理费, Guobanhan [2020] 109) was charged; not the administrative fees of Table 2.',
    },
    messages: {
      missing: { zh: '{year}年度报告第六部分未说明信息处理费的收取情况（如「本年度未收取信息处理费」）', en: 'Section 6 of this {year} report does not say whether any processing fee (信息处理费) was charged' },
    },
  },
  check(ctx) {
    const { year, sections } = ctx.report;
    const s6 = sections.find((s) => s.key === 'other');
    if (year === null || year < 2021 || !s6) return { checked: 0, findings: [] };
    return {
      checked: 1,
      findings: FEE.test(s6.body.replace(/\s+/g, '')) ? [] : [finding('missing', { section: 'other' }, { params: { year }, subject: { kind: 'section', section: 'other' } })],
    };
  },
});
