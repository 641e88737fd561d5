import { finding } from '../rule-kit/draft';
import { defineRule } from '../rule-kit/types';

export default defineRule({
  meta: {
    id: 'report-year-missing', severity: 'warning', wave: 1,
    title: { zh: '未写明报告年度', en: 'Report year not stated' },
    description: { zh: '标题、统计期限句和首段都没有写明报告年度；年度不从发布日期推测。', en: 'Neither the title, the statistics-period sentence nor the first paragraph states the year; it is never guessed from a date.' },
    messages: {
      missing: { zh: '未找到报告年度：标题、统计期限和首段均未写明年份，与年份有关的检查未进行', en: 'No report year found in the title, the statistics period or the first paragraph; checks that need the year were not run' },
    },
  },
  check(ctx) {
    const { year } = ctx.report;
    return { checked: 1, findings: year === null ? [finding('missing', {}, { subject: { kind: 'title' } })] : [] };
  },
});
