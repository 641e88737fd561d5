import { TEMPLATES } from '../templates';
import { APPEAL_COLUMNS } from '../templates/appeals';
import { REQUEST_COLUMNS } from '../templates/requests';
import type { TableKey } from '../templates/types';
import { rowLabel } from './row-missing';
import { finding, where } from '../rule-kit/draft';
import type { FindingDraft } from '../rule-kit/types';
import { defineRule } from '../rule-kit/types';

function columnLabel(table: TableKey, block: string | null, column: string): string {
  if (table === 'requests') return REQUEST_COLUMNS.find((c) => c.key === column)?.label ?? column;
  if (table === 'appeals') return APPEAL_COLUMNS.find((c) => c.key === column)?.label ?? column;
  for (const t of Object.values(TEMPLATES)) {
    const c = t.proactive.find((b) => b.key === block)?.columns.find((d) => d.key === column);
    if (c) return c.label;
  }
  return column;
}

export default defineRule({
  meta: {
    id: 'column-missing', severity: 'error', wave: 1,
    title: { zh: '缺少模板中的列', en: 'Template column missing' },
    description: { zh: '统计表中找不到模板规定的某一列。', en: 'A column the template requires is not in the table.' },
    messages: {
      missing: { zh: '{where}缺少「{column}」列', en: '{where} lacks the column “{column}”' },
    },
  },
  check(ctx) {
    const findings: FindingDraft<'missing'>[] = [];
    let checked = 0;
    for (const t of Object.values(ctx.report.tables)) {
      if (!t) continue;
      checked += Object.keys(t.cells).length;
      // A table the file cut at the page's edge lacks columns for that reason: table-cut says so.
      if (ctx.report.cutTables.some((c) => c.table === t.key)) continue;
      for (const m of t.missingColumns) {
        const col = columnLabel(t.key, m.block, m.column);
        findings.push(finding('missing', { section: t.key, table: t.key, block: m.block, row: m.row, column: m.column }, {
          params: { where: where(t.key, m.block, ctx.lang), column: m.row ? `${rowLabel(t.key, null, m.row)} ${col}` : col },
          subject: { kind: 'missing-column', table: t.key, block: m.block, row: m.row, column: m.column },
        }));
      }
    }
    return { checked, findings };
  },
});
