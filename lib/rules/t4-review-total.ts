import { relationRule, REVIEW_MESSAGE, rowSubject } from '../rule-kit/relation-rule';

export default relationRule({
  id: 't4-review-total', severity: 'error', wave: 1,
  title: { zh: '表四行政复议合计', en: 'Table 4 total of administrative review' },
  description: {
    zh: '复议诉讼表「行政复议」：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。',
    en: 'Reviews and suits table, administrative review: total = upheld + corrected + other + pending.',
  },
  messages: {
    fail: {
      zh: '{where}{subject}：结果维持、结果纠正、其他结果、尚未审结之和为 {expected}，总计为 {total}{note}',
      en: '{where}{subject}: upheld, corrected, other and pending sum to {expected}, but the total reads {total}{note}',
    },
    review: REVIEW_MESSAGE,
  },
}, rowSubject);
