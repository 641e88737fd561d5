import type { ModelCell, ParsedTable } from '../model';
import type { TableKey } from '../templates/types';
import { draftCell, keyOf } from '../rule-kit/facts';
import { finding, sectionOf, where } from '../rule-kit/draft';
import type { FindingDraft } from '../rule-kit/types';
import { defineRule } from '../rule-kit/types';

/** Blank value cells, one finding per table: many reports write zero as a blank. */
export default defineRule({
  meta: {
    id: 'cell-empty', severity: 'info', wave: 1,
    title: { zh: '空白单元格', en: 'Blank cells' },
    description: {
      zh: '未填写的数值单元格（整块空白和空白总计另行报告）。很多报告以空白表示 0，请核实。',
      en: 'Value cells left blank (whole blank blocks and blank totals are reported on their own). Many reports write zero as a blank: please confirm.',
    },
    messages: {
      table: { zh: '{where}有 {count} 个空白单元格：{list}', en: '{where} has {count} blank cells: {list}' },
    },
  },
  check(ctx) {
    const findings: FindingDraft<'table'>[] = [];
    let checked = 0;
    for (const [key, table] of Object.entries(ctx.report.tables) as [TableKey, ParsedTable][]) {
      const blanks = Object.values(table.cells).filter((c) => {
        checked++;
        const k = keyOf(c);
        return c.value.cls === 'empty' && !ctx.derived.emptyBlockCells.has(k) && !ctx.derived.emptyTotals.has(k);
      });
      if (blanks.length === 0) continue;
      findings.push(finding('table', { section: sectionOf(key), table: key }, {
        params: { where: where(key, null, ctx.lang), count: blanks.length, list: listCells(blanks, ctx.lang) },
        cells: blanks.map((c) => draftCell(c, 'value')),
      }));
    }
    return { checked, findings };
  },
});

export function listCells(cells: ModelCell[], lang: 'zh' | 'en'): string {
  const names = cells.slice(0, 5).map((c) => `${c.rowLabel.replace(/\s+/g, '').slice(0, 16)}/${c.columnLabel.replace(/\s+/g, '').slice(0, 10)}`);
  const more = cells.length > 5 ? (lang === 'zh' ? ` 等 ${cells.length} 处` : ` and ${cells.length - 5} more`) : '';
  return names.join(lang === 'zh' ? '、' : ', ') + more;
}
