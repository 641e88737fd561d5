import { finding, where } from '../rule-kit/draft';
import type { FindingDraft } from '../rule-kit/types';
import { defineRule } from '../rule-kit/types';

export default defineRule({
  meta: {
    id: 'row-unexpected', severity: 'info', wave: 1,
    title: { zh: '模板之外的行', en: 'Row not in the template' },
    description: { zh: '统计表中有模板没有的行（地方增设项、小计行等），不计入合计。', en: 'A row the template does not have (regional additions, subtotals); kept out of the sums.' },
    messages: {
      extra: { zh: '{where}中有模板没有的行「{label}」，未计入合计', en: '{where} has a row the template does not, “{label}”; it is kept out of the sums' },
    },
  },
  check(ctx) {
    const findings: FindingDraft<'extra'>[] = [];
    let checked = 0;
    for (const t of Object.values(ctx.report.tables)) {
      if (!t) continue;
      checked += Object.keys(t.cells).length;
      for (const [index, u] of t.unexpectedRows.entries()) {
        findings.push(finding('extra', { section: t.key, table: t.key, block: u.block }, {
          params: { where: where(t.key, u.block, ctx.lang), label: u.label.slice(0, 40) },
          subject: { kind: 'extra-row', table: t.key, index },
          discriminator: u.label,
        }));
      }
    }
    return { checked, findings };
  },
});
