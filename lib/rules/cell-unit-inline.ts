import { cellRule } from '../rule-kit/cell-rule';
import { num } from '../rule-kit/draft';
import { format } from '../i18n/lang';

export default cellRule({
  id: 'cell-unit-inline', severity: 'info', wave: 1,
  title: { zh: '单元格内写了单位', en: 'Unit written in the cell' },
  description: { zh: '如「251000元」：按数值读取，栏目有单位时换算。', en: 'Such as “251000元”: the number is read and, where the column has a unit, converted.' },
  messages: {
    cell: { zh: '{where}{place}写作「{text}」，单位「{unit}」写在单元格内；{reading}', en: '{where}, {place} reads “{text}” with its unit “{unit}” in the cell; {reading}' },
  },
}, (c, ctx) => {
  if (!c.value.unit || c.value.value === null) return null;
  const zh = ctx.lang === 'zh';
  const reading = c.converted !== null
    ? format(zh ? '已由「{unit}」换算为栏目单位「{columnUnit}」，计算时用数值 {value}' : 'converted from {unit} to the column\'s unit, {columnUnit}: the number used is {value}',
      { unit: c.value.unit, columnUnit: c.columnUnit ?? '', value: num(c.converted) })
    : format(zh ? '计算时去掉单位，用数值 {value}' : 'the unit is dropped: the number used is {value}', { value: num(c.value.value) });
  return { unit: c.value.unit, reading };
});
