import { finding } from '../rule-kit/draft';
import { defineRule } from '../rule-kit/types';
import { isOldFormatYear } from '../templates';

/** A report for 2018 or earlier: one note, and no rule of the 2019/2021 templates runs (lib/audit.ts). */
export default defineRule({
  meta: {
    id: 'report-old-format', severity: 'info', wave: 1, oldFormat: true,
    title: { zh: '2018 年及以前的旧格式报告', en: 'Report in the pre-2019 format' },
    description: {
      zh: '2018 年度及以前的报告按 2008 年条例的格式编写（概述、主动公开、依申请公开、收费及减免、复议诉讼、问题和改进），不按 2019/2021 版模板核对。',
      en: 'Reports for 2018 and before follow the 2008 regulations’ format (overview, proactive disclosure, requests, fees, appeals, problems); they are not checked against the 2019/2021 templates.',
    },
    messages: {
      old: {
        zh: '这是 {year} 年度的报告，按 2008 年条例的格式编写；未按 2019/2021 版模板核对章节和表格',
        en: 'This is a report for {year}, in the 2008 regulations’ format; its sections and tables were not checked against the 2019/2021 templates',
      },
    },
  },
  check(ctx) {
    const { year } = ctx.report;
    return { checked: 1, findings: isOldFormatYear(year) ? [finding('old', {}, { params: { year }, subject: { kind: 'title' } })] : [] };
  },
});
