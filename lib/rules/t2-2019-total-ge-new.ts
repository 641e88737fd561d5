import { relationRule, REVIEW_MESSAGE, rowSubject } from '../rule-kit/relation-rule';

export default relationRule({
  id: 't2-2019-total-ge-new', severity: 'warning', wave: 1,
  title: { zh: '表二对外公开总数量不少于本年新公开数量', en: 'Table 2: total published ≥ newly published' },
  description: {
    zh: '2019 版模板第二十条第（一）项：对外公开总数量 ≥ 本年新公开数量。',
    en: '2019 template, Art. 20 (1): total published ≥ newly published this year.',
  },
  messages: {
    fail: {
      zh: '{where}{subject}：对外公开总数量为 {actual}，少于本年新公开数量 {expected}{note}',
      en: '{where}{subject}: total published, {actual}, is less than newly published, {expected}{note}',
    },
    review: REVIEW_MESSAGE,
  },
}, rowSubject);
