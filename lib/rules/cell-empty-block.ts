import { cellKey } from '../model';
import { draftCell } from '../rule-kit/facts';
import { finding, sectionOf, shortLabel, where } from '../rule-kit/draft';
import { defineRule } from '../rule-kit/types';

/** A whole logical block left blank in a table that writes 0 elsewhere: the "empty review row". */
export default defineRule({
  meta: {
    id: 'cell-empty-block', severity: 'error', wave: 1,
    title: { zh: '整组数据空白', en: 'Whole block left blank' },
    description: {
      zh: '行政复议五项、一组行政诉讼五项或表三一整行全部空白，而同表其他地方填写了 0。',
      en: 'The five review cells, a five-cell suit group or a whole requests row is blank while the same table writes 0 elsewhere.',
    },
    messages: {
      block: { zh: '{where}「{row}」{count} 项全部空白，而本表其他地方填写了 0：应填写数字', en: '{where} “{row}”: all {count} cells are blank while the table writes 0 elsewhere; numbers are required' },
    },
  },
  check(ctx) {
    const findings = ctx.derived.emptyBlocks.map((b) => {
      const cells = b.cells.map((k) => ctx.report.tables[b.table]!.cells[k]!);
      return finding('block', { section: sectionOf(b.table), table: b.table, row: b.row }, {
        params: { where: where(b.table, null, ctx.lang), row: shortLabel(cells[0]!.rowLabel), count: cells.length },
        cells: cells.map((c) => draftCell(c, 'value')),
      });
    });
    const checked = Object.values(ctx.report.tables).reduce((n, t) => n + (t ? new Set(Object.values(t.cells).map((c) => cellKey(c.table, null, c.row, ''))).size : 0), 0);
    return { checked, findings };
  },
});
