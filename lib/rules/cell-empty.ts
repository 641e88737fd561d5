import type { ModelCell, ParsedTable } from '../model';
import type { TableKey } from '../templates/types';
import { draftCell, keyOf } from '../rule-kit/facts';
import { cellPlace, finding, sectionOf, shortLabel, where } from '../rule-kit/draft';
import { blockName } from '../i18n/places';
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

/** Groups named in a list before 「…等」. */
const MAX_GROUPS = 6;

/**
 * The cells by column or by row, whichever makes fewer groups, in page order: 「「总计」列 11 处；
 * 「（一）予以公开」行「自然人」列」. 「；」 separates (「、」 and 「，」 occur inside labels).
 */
export function listCells(cells: ModelCell[], lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const group = (by: (c: ModelCell) => string) => {
    const out = new Map<string, ModelCell[]>();
    for (const c of cells) {
      const k = `${c.block ?? ''}/${by(c)}`;
      const g = out.get(k);
      if (g) g.push(c);
      else out.set(k, [c]);
    }
    return [...out.values()];
  };
  const byColumn = group((c) => c.column);
  const byRow = group((c) => c.row);
  const useColumns = byColumn.length <= byRow.length;
  const groups = useColumns ? byColumn : byRow;
  const named = groups.slice(0, MAX_GROUPS).map((g) => {
    const c = g[0]!;
    const block = c.block ? blockName(c.block, lang) : '';
    if (g.length === 1) return `${block}${zh ? '' : block ? ' ' : ''}${cellPlace(c, lang)}`;
    const label = shortLabel(useColumns ? c.columnLabel : c.rowLabel);
    return zh
      ? `${block}「${label}」${useColumns ? '列' : '行'} ${g.length} 处`
      : `${block ? `${block} ` : ''}${useColumns ? 'column' : 'row'} “${label}”: ${g.length}`;
  });
  const rest = groups.slice(MAX_GROUPS).reduce((n, g) => n + g.length, 0);
  const more = rest > 0 ? (zh ? `；其余 ${rest} 处` : `; ${rest} more`) : '';
  return named.join(zh ? '；' : '; ') + more;
}
