import { TEMPLATES } from '../templates';
import { APPEAL_GROUPS } from '../templates/appeals';
import type { TableKey } from '../templates/types';
import { finding, where } from '../rule-kit/draft';
import type { FindingDraft } from '../rule-kit/types';
import { defineRule } from '../rule-kit/types';

/** The template's own words for a row key. */
export function rowLabel(table: TableKey, block: string | null, row: string): string {
  if (table === 'appeals') return APPEAL_GROUPS.find((g) => g.key === row)?.label ?? row;
  for (const t of Object.values(TEMPLATES)) {
    if (table === 'requests') {
      const r = t.requestRows.find((d) => d.key === row);
      if (r) return r.label;
    } else {
      const r = t.proactive.find((b) => b.key === block)?.rows.find((d) => d.key === row);
      if (r) return r.label;
    }
  }
  return row;
}

export default defineRule({
  meta: {
    id: 'row-missing', severity: 'error', wave: 1,
    title: { zh: '缺少模板中的行', en: 'Template row missing' },
    description: { zh: '统计表中找不到模板规定的某一行。', en: 'A row the template requires is not in the table.' },
    messages: {
      missing: { zh: '{where}缺少「{row}」行', en: '{where} lacks the row “{row}”' },
    },
  },
  check(ctx) {
    const findings: FindingDraft<'missing'>[] = [];
    let checked = 0;
    for (const t of Object.values(ctx.report.tables)) {
      if (!t) continue;
      checked += Object.keys(t.cells).length;
      for (const m of t.missingRows) {
        findings.push(finding('missing', { section: t.key, table: t.key, block: m.block, row: m.row }, {
          params: { where: where(t.key, m.block, ctx.lang), row: rowLabel(t.key, m.block, m.row) },
          subject: { kind: 'missing-row', table: t.key, block: m.block, row: m.row },
        }));
      }
    }
    return { checked, findings };
  },
});
