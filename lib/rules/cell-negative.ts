import { SIGNED_COLUMNS } from '../templates';
import { cellRule } from '../rule-kit/cell-rule';
import { num } from '../rule-kit/draft';

export default cellRule({
  id: 'cell-negative', severity: 'error', wave: 1,
  title: { zh: '出现负数', en: 'Negative value' },
  description: { zh: '除 2019 版「本年增/减」列外，数值不能为负。', en: 'No value may be negative except the 2019 “change” column.' },
  messages: {
    cell: { zh: '{where}{place}为负数 {value}', en: '{where}, {place} is negative: {value}' },
  },
}, (c) => {
  const v = c.value.cls === 'number' || c.value.cls === 'malformed' ? c.value.value : null;
  return v !== null && v < 0 && !SIGNED_COLUMNS.has(c.column) ? { value: num(v) } : null;
});
