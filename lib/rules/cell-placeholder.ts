import type { TableKey } from '../templates/types';
import { draftCell } from '../rule-kit/facts';
import { listCells } from './cell-empty';
import { finding, sectionOf, where } from '../rule-kit/draft';
import type { FindingDraft } from '../rule-kit/types';
import { defineRule } from '../rule-kit/types';

/** Cells written "none" (/ — 无 不适用): not numbers. One finding per table. */
export default defineRule({
  meta: {
    id: 'cell-placeholder', severity: 'info', wave: 1,
    title: { zh: '以占位符代替数字', en: 'Placeholders instead of numbers' },
    description: { zh: '填写「/」「—」「无」「不适用」等而非数字的单元格，计算时按 0 读取。', en: 'Cells holding “/”, “—”, “无”, “不适用” and the like instead of a number; read as 0 in arithmetic.' },
    messages: {
      table: { zh: '{where}有 {count} 个单元格填写了「{examples}」等占位符：{list}', en: '{where} has {count} cells holding placeholders such as “{examples}”: {list}' },
    },
  },
  check(ctx) {
    const findings: FindingDraft<'table'>[] = [];
    let checked = 0;
    for (const [key, table] of Object.entries(ctx.report.tables) as [TableKey, NonNullable<(typeof ctx.report.tables)[TableKey]>][]) {
      const cells = Object.values(table.cells);
      checked += cells.length;
      const found = cells.filter((c) => c.value.cls === 'placeholder');
      if (found.length === 0) continue;
      findings.push(finding('table', { section: sectionOf(key), table: key }, {
        params: {
          where: where(key, null, ctx.lang), count: found.length,
          examples: [...new Set(found.map((c) => c.value.text))].slice(0, 3).join('」「'), list: listCells(found, ctx.lang),
        },
        cells: found.map((c) => draftCell(c, 'value')),
      }));
    }
    return { checked, findings };
  },
});
