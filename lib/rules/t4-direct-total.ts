import { relationRule, REVIEW_MESSAGE, rowSubject } from '../rule-kit/relation-rule';

export default relationRule({
  id: 't4-direct-total', severity: 'error', wave: 1,
  title: { zh: '表四未经复议直接起诉合计', en: 'Table 4 total of suits without prior review' },
  description: {
    zh: '复议诉讼表「未经复议直接起诉」：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。',
    en: 'Reviews and suits table, suits without prior review: total = upheld + corrected + other + pending.',
  },
  messages: {
    fail: {
      zh: '{where}{subject}：结果维持、结果纠正、其他结果、尚未审结之和为 {expected}，总计为 {total}{note}',
      en: '{where}{subject}: upheld, corrected, other and pending sum to {expected}, but the total reads {total}{note}',
    },
    review: REVIEW_MESSAGE,
  },
}, rowSubject);
