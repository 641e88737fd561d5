import { finding } from '../rule-kit/draft';
import { defineRule } from '../rule-kit/types';

export default defineRule({
  meta: {
    id: 'date-missing', severity: 'warning', wave: 1,
    title: { zh: '没有落款日期或发布日期', en: 'No signature or publication date' },
    description: { zh: '报告末尾没有落款日期，页面上也没有发布日期，无法判断是否按时公布。', en: 'No signature date closes the report and the page states no publication date, so timeliness cannot be judged.' },
    messages: {
      missing: { zh: '报告没有落款日期，页面也没有发布日期，无法判断是否按时公布', en: 'The report has no signature date and the page no publication date; timeliness cannot be judged' },
    },
  },
  check(ctx) {
    const { signedOn, publishedOn } = ctx.report;
    const missing = !signedOn && !publishedOn;
    return { checked: 1, findings: missing ? [finding('missing', {}, { subject: { kind: 'report' } })] : [] };
  },
});
