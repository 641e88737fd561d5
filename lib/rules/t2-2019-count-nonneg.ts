import { relationRule, REVIEW_MESSAGE, rowSubject } from '../rule-kit/relation-rule';

export default relationRule({
  id: 't2-2019-count-nonneg', severity: 'error', wave: 1,
  title: { zh: '表二本年项目数量不能为负', en: 'Table 2: this year’s item count is not negative' },
  description: {
    zh: '2019 版模板第二十条第（五）（六）（八）项：上一年项目数量 + 本年增/减 ≥ 0。',
    en: '2019 template, Art. 20 (5), (6), (8): items last year + change this year ≥ 0.',
  },
  messages: {
    fail: {
      zh: '{where}{subject}：上一年项目数量加本年增/减为 {actual}，项目数量不能为负{note}',
      en: '{where}{subject}: items last year plus the change is {actual}; a count cannot be negative{note}',
    },
    review: REVIEW_MESSAGE,
  },
}, rowSubject);
