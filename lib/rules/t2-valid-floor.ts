import { relationRule, REVIEW_MESSAGE, rowSubject } from '../rule-kit/relation-rule';

export default relationRule({
  id: 't2-valid-floor', severity: 'warning', wave: 1,
  title: { zh: '表二现行有效件数不少于本年制发减废止', en: 'Table 2: in force ≥ issued − repealed' },
  description: {
    zh: '2021 版模板第二十条第（一）项：现行有效件数 ≥ 本年制发件数 − 本年废止件数。',
    en: '2021 template, Art. 20 (1): documents in force ≥ issued this year − repealed this year.',
  },
  messages: {
    fail: {
      zh: '{where}{subject}：现行有效件数为 {actual}，少于本年制发减本年废止的 {expected}{note}',
      en: '{where}{subject}: {actual} in force is fewer than issued minus repealed, {expected}{note}',
    },
    review: REVIEW_MESSAGE,
  },
}, rowSubject);
