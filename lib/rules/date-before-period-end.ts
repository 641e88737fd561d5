import { dateKindName, statedDates } from '../rule-kit/dates';
import { finding } from '../rule-kit/draft';
import type { FindingDraft } from '../rule-kit/types';
import { defineRule } from '../rule-kit/types';

export default defineRule({
  meta: {
    id: 'date-before-period-end', severity: 'error', wave: 1,
    title: { zh: '日期早于统计期结束', en: 'Dated before the period ended' },
    description: { zh: '落款或发布日期在报告年度 12 月 31 日或之前，报告不可能在统计期结束前写成。', en: 'The signature or publication date is on or before 31 December of the report year.' },
    messages: {
      early: { zh: '{kind}为 {date}，早于{year}年度统计期结束（{year}-12-31）', en: 'The {kind} is {date}, before the {year} reporting period ended ({year}-12-31)' },
    },
  },
  check(ctx) {
    const { year } = ctx.report;
    if (year === null) return { checked: 0, findings: [] };
    const dates = statedDates(ctx.report);
    const findings: FindingDraft<'early'>[] = dates.filter((d) => d.iso <= `${year}-12-31`).map((d) => finding('early', {}, {
      params: { kind: dateKindName(d.kind, ctx.lang), date: d.iso, year },
      subject: { kind: 'date', date: d.kind }, discriminator: d.kind,
    }));
    return { checked: dates.length, findings };
  },
});
