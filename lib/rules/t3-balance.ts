import { columnSubject, relationRule, REVIEW_MESSAGE } from '../rule-kit/relation-rule';

export default relationRule({
  id: 't3-balance', severity: 'error', wave: 1,
  title: { zh: '表三收支平衡（第一项加第二项等于第三项加第四项）', en: 'Table 3 balance (new + carried in = handled + carried out)' },
  description: {
    zh: '依申请公开表每一列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理。',
    en: 'For each column of the requests table: new + carried in = total handled + carried out.',
  },
  messages: {
    fail: {
      zh: '{where}{subject}：本年新收加上年结转为 {expected}，办理结果总计加结转下年度为 {actual}{note}',
      en: '{where}{subject}: new plus carried in is {expected}, but total handled plus carried out is {actual}{note}',
    },
    review: REVIEW_MESSAGE,
  },
}, columnSubject);
