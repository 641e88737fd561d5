import { relationRule, REVIEW_MESSAGE, rowSubject } from '../rule-kit/relation-rule';

export default relationRule({
  id: 't3-row-total', severity: 'error', wave: 1,
  title: { zh: '表三行合计（各类申请人之和等于总计）', en: 'Table 3 row total (applicants sum to the total)' },
  description: {
    zh: '依申请公开表每一行：总计 = 自然人 + 五类法人或其他组织之和。',
    en: 'For each row of the requests table: total = natural persons + the five kinds of organisation.',
  },
  messages: {
    fail: {
      zh: '{where}{subject}：各类申请人之和为 {expected}，总计栏为 {total}{note}',
      en: '{where}{subject}: the applicants sum to {expected}, but the total reads {total}{note}',
    },
    review: REVIEW_MESSAGE,
  },
}, rowSubject);
