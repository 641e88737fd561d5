import { AMOUNT_COLUMNS } from '../templates';
import { cellRule } from '../rule-kit/cell-rule';
import { num } from '../rule-kit/draft';

export default cellRule({
  id: 'cell-non-integer', severity: 'error', wave: 1,
  title: { zh: '件数出现小数', en: 'Count with decimals' },
  description: { zh: '只有金额列可以有小数，件数必须是整数。', en: 'Only amount columns may have decimals; counts are whole numbers.' },
  messages: {
    cell: { zh: '{where}{place}为 {value}，件数应为整数', en: '{where}, {place} is {value}; a count must be a whole number' },
  },
}, (c) => {
  const v = c.value.cls === 'number' || c.value.cls === 'malformed' ? c.value.value : null;
  return v !== null && !Number.isInteger(v) && !AMOUNT_COLUMNS.has(c.column) ? { value: num(v) } : null;
});
