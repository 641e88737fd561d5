import { dateKindName, isoOf, statedDates } from '../rule-kit/dates';
import { finding } from '../rule-kit/draft';
import { defineRule } from '../rule-kit/types';

export default defineRule({
  meta: {
    id: 'date-future', severity: 'warning', wave: 1,
    title: { zh: '日期晚于今天', en: 'Date in the future' },
    description: { zh: '落款或发布日期晚于今天，多为笔误。', en: 'A signature or publication date later than today, most often a typo.' },
    messages: {
      future: { zh: '{kind}为 {date}，晚于今天（{today}）', en: 'The {kind} is {date}, later than today ({today})' },
    },
  },
  check(ctx) {
    const today = isoOf(ctx.now);
    const dates = statedDates(ctx.report);
    return {
      checked: dates.length,
      findings: dates.filter((d) => d.iso > today).map((d) => finding('future', {}, {
        params: { kind: dateKindName(d.kind, ctx.lang), date: d.iso, today },
        subject: { kind: 'date', date: d.kind }, discriminator: d.kind,
      })),
    };
  },
});
