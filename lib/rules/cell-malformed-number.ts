import { cellRule } from '../rule-kit/cell-rule';
import { num } from '../rule-kit/draft';

export default cellRule({
  id: 'cell-malformed-number', severity: 'warning', wave: 1,
  title: { zh: '数字书写不规范', en: 'Badly written number' },
  description: { zh: '如「00」「0 0」或被空格隔开的数字。', en: 'Such as “00”, “0 0” or digits broken by spaces.' },
  messages: {
    cell: { zh: '{where}{place}写作「{text}」，不是规范的数字，按 {value} 计算', en: '{where}, {place} reads “{text}”, not a clean number; read as {value}' },
  },
}, (c) => (c.value.cls === 'malformed' ? { value: num(c.value.value) } : null));
