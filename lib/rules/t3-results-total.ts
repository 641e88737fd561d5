import { columnSubject, relationRule, REVIEW_MESSAGE } from '../rule-kit/relation-rule';

export default relationRule({
  id: 't3-results-total', severity: 'error', wave: 1,
  title: { zh: '表三办理结果合计（各项结果之和等于总计）', en: 'Table 3 outcomes total (outcomes sum to the total)' },
  description: {
    zh: '依申请公开表每一列：（七）总计 = 予以公开至其他处理各项办理结果之和。',
    en: 'For each column of the requests table: (7) total = the sum of every outcome row, granted to other handling.',
  },
  messages: {
    fail: {
      zh: '{where}{subject}：各项办理结果之和为 {expected}，（七）总计为 {total}{note}',
      en: '{where}{subject}: the outcomes sum to {expected}, but the total reads {total}{note}',
    },
    review: REVIEW_MESSAGE,
  },
}, columnSubject);
