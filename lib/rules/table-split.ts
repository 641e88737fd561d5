import { tableName } from '../i18n/terms';
import type { TableKey } from '../templates/types';
import { finding } from '../rule-kit/draft';
import type { FindingDraft } from '../rule-kit/types';
import { defineRule } from '../rule-kit/types';

export default defineRule({
  meta: {
    id: 'table-split', severity: 'info', wave: 1,
    title: { zh: '统计表被拆成多个表格', en: 'Table split over several tables' },
    description: { zh: '一张统计表被拆分成多个 <table>（常见于分页处），已合并后检查。', en: 'One statistical table is split over several <table> elements (often at a page break); they were merged before checking.' },
    messages: {
      split: { zh: '{table}被拆分为 {count} 个表格，已合并检查', en: '{table} is split over {count} tables; they were merged before checking' },
    },
  },
  check(ctx) {
    const findings: FindingDraft<'split'>[] = [];
    const entries = Object.entries(ctx.report.tables) as [TableKey, NonNullable<(typeof ctx.report.tables)[TableKey]>][];
    for (const [key, t] of entries) {
      if (t.parts < 2) continue;
      findings.push(finding('split', { section: key, table: key }, {
        params: { table: tableName(key, ctx.lang), count: t.parts },
        subject: { kind: 'table', table: key, part: 1 },
      }));
    }
    return { checked: entries.length, findings };
  },
});
