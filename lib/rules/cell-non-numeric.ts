import { cellRule } from '../rule-kit/cell-rule';

export default cellRule({
  id: 'cell-non-numeric', severity: 'error', wave: 1,
  title: { zh: '数值单元格填写了文字', en: 'Value cell holds text' },
  description: { zh: '统计表的数值单元格应填写数字。', en: 'A value cell of a statistical table must hold a number.' },
  messages: {
    cell: { zh: '{where}{place}填写了「{text}」，不是数字', en: '{where}, {place} reads “{text}”, which is not a number' },
  },
}, (c) => (c.value.cls === 'text' ? {} : null));
