import { cellRule } from '../rule-kit/cell-rule';
import { num } from '../rule-kit/draft';

export default cellRule({
  id: 'cell-unit-inline', severity: 'info', wave: 1,
  title: { zh: '单元格内写了单位', en: 'Unit written in the cell' },
  description: { zh: '如「251000元」：按数值读取，栏目有单位时换算。', en: 'Such as “251000元”: the number is read and, where the column has a unit, converted.' },
  messages: {
    cell: { zh: '{where}{place}写作「{text}」，单位「{unit}」写在单元格内，按 {value}{columnUnit} 读取', en: '{where}, {place} reads “{text}” with its unit “{unit}” in the cell; read as {value} {columnUnit}' },
  },
}, (c) => {
  if (!c.value.unit || c.value.value === null) return null;
  const value = c.converted ?? c.value.value;
  return { unit: c.value.unit, value: num(value), columnUnit: c.converted !== null ? (c.columnUnit ?? '') : c.value.unit };
});
