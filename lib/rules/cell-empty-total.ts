import { cellAt, draftCell, keyOf } from '../rule-kit/facts';
import { cellPlace, finding, num, sectionOf, where } from '../rule-kit/draft';
import type { FindingDraft } from '../rule-kit/types';
import { defineRule } from '../rule-kit/types';

/** A total left blank while its parts hold non-zero numbers; reported instead of the relation. */
export default defineRule({
  meta: {
    id: 'cell-empty-total', severity: 'error', wave: 1,
    title: { zh: '总计栏空白', en: 'Blank total' },
    description: { zh: '总计单元格为空，而其各项中有非零数字。', en: 'A total cell is blank while its parts hold non-zero numbers.' },
    messages: {
      cell: { zh: '{where}{place}为空，而各项之和为 {expected}', en: '{where}, {place} is blank while its parts sum to {expected}' },
    },
  },
  check(ctx) {
    const findings: FindingDraft<'cell'>[] = [];
    const done = new Set<string>();
    let checked = 0;
    for (const rel of ctx.relations) {
      if (!rel.sum) continue;
      const total = cellAt(ctx.report, rel.left[0]!.cell);
      if (!total) continue;
      checked++;
      const key = keyOf(total);
      const expected = ctx.derived.emptyTotals.get(key);
      if (expected === undefined || done.has(key)) continue;
      done.add(key);
      const parts = rel.right.map((t) => cellAt(ctx.report, t.cell)!);
      findings.push(finding('cell', { section: sectionOf(total.table), table: total.table, block: total.block, row: total.row, column: total.column }, {
        expected, actual: null,
        params: { where: where(total.table, total.block, ctx.lang), place: cellPlace(total, ctx.lang), expected: num(expected) },
        cells: [draftCell(total, 'total'), ...parts.map((p) => draftCell(p, 'part'))],
      }));
    }
    return { checked, findings };
  },
});
