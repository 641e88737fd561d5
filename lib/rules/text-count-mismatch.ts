import { finding } from '../rule-kit/draft';
import { cellKeys, cellsName, clauseOf, draftCells, quoteOf, statementsOf, textAddress, valueOf } from '../rule-kit/prose';
import { defineRule } from '../rule-kit/types';
import type { FindingDraft } from '../rule-kit/types';
import { compareCount } from '../prose/compare';

export default defineRule({
  meta: {
    id: 'text-count-mismatch', severity: 'warning', wave: 2,
    title: { zh: '正文数字与表格不符', en: 'A count in the text differs from the tables' },
    description: {
      zh: '第一至第四部分正文写明的件数（收到、办结、予以公开、行政复议……）与表格中这些词所指的数不一致。约数、其他年度、其他单位和「其中」的分项不比对。',
      en: 'A count stated in the prose of sections 1–4 (received, handled, disclosed, reviews…) differs from every table value its words can name. Approximate counts, other years, other bodies and 「其中」 sub-counts are not compared.',
    },
    messages: {
      differs: {
        zh: '正文「{clause}」写的是 {actual}，{cells}为 {expected}',
        en: 'The text says {actual} (“{clause}”), but {cells} hold {expected}',
      },
    },
  },
  check(ctx) {
    const value = valueOf(ctx);
    const findings: FindingDraft<'differs'>[] = [];
    let checked = 0;
    for (const s of statementsOf(ctx.report)) {
      if (s.none) continue;
      const v = compareCount(s, value);
      if (v.verdict === 'skip') continue;
      checked++;
      if (v.verdict !== 'mismatch') continue;
      findings.push(finding('differs', { section: s.section, ...cellKeys(v.cells) }, {
        expected: v.expected, actual: s.count, cells: draftCells(ctx, v.cells), quote: quoteOf(s),
        params: { clause: clauseOf(s), actual: s.count, expected: v.expected, cells: cellsName(v.cells, ctx.lang, ctx.report) },
        subject: textAddress(ctx.report, s.section, s.numberStart, s.numberEnd), discriminator: String(s.numberStart),
      }));
    }
    return { checked, findings };
  },
});
