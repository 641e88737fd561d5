import { finding } from '../rule-kit/draft';
import { cellKeys, cellsName, clauseOf, draftCells, quoteOf, statementsOf, textAddress, valueOf } from '../rule-kit/prose';
import { defineRule } from '../rule-kit/types';
import type { FindingDraft } from '../rule-kit/types';
import { compareCount } from '../prose/compare';

export default defineRule({
  meta: {
    id: 'text-none-but-table', severity: 'warning', wave: 2,
    title: { zh: '正文称「未发生」而表格有数', en: 'The text says none, the table has some' },
    description: {
      zh: '正文说没有（「未收到政府信息公开申请」「未发生……行政复议、行政诉讼」），表格中对应的数却不为零。',
      en: 'The prose says there were none (no requests received, no administrative reviews or suits) while the table holds a non-zero count there.',
    },
    messages: {
      some: {
        zh: '正文称「{clause}」，但{cells}为 {expected}',
        en: 'The text says none (“{clause}”), but {cells} hold {expected}',
      },
    },
  },
  check(ctx) {
    const value = valueOf(ctx);
    const findings: FindingDraft<'some'>[] = [];
    let checked = 0;
    for (const s of statementsOf(ctx.report)) {
      if (!s.none) continue;
      const v = compareCount(s, value);
      if (v.verdict === 'skip') continue;
      checked++;
      if (v.verdict !== 'mismatch') continue;
      findings.push(finding('some', { section: s.section, ...cellKeys(v.cells) }, {
        expected: v.expected, actual: 0, cells: draftCells(ctx, v.cells), quote: quoteOf(s),
        params: { clause: clauseOf(s), expected: v.expected, cells: cellsName(v.cells, ctx.lang, ctx.report) },
        subject: textAddress(ctx.report, s.section, s.numberStart, s.numberEnd), discriminator: `${s.numberStart}/${s.subject}`,
      }));
    }
    return { checked, findings };
  },
});
