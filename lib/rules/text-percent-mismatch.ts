import { finding } from '../rule-kit/draft';
import { cellKeys, cellsName, clauseOf, draftCells, quoteOf, statementsOf, sumOf, textAddress, valueOf } from '../rule-kit/prose';
import { defineRule } from '../rule-kit/types';
import type { FindingDraft } from '../rule-kit/types';
import { compareCount, comparePercent, percentFits } from '../prose/compare';

export default defineRule({
  meta: {
    id: 'text-percent-mismatch', severity: 'warning', wave: 2,
    title: { zh: '正文百分比与计算不符', en: 'A percentage in the text does not compute' },
    description: {
      zh: '正文「占X%」与所述件数除以基数（句中所指的总数，否则为办结总数或新收总数）的结果不一致，超出所写位数允许的四舍五入或截断。',
      en: 'A percentage (占X%) beside a stated count differs from the count divided by its base (the total the sentence names, else the handled or the new total) by more than the digits written allow.',
    },
    messages: {
      differs: {
        zh: '正文「{clause}」写的是 {actual}%，按 {count} ÷ {base}（{cells}）计算应为 {expected}%',
        en: 'The text says {actual}% (“{clause}”), but {count} ÷ {base} ({cells}) is {expected}%',
      },
    },
  },
  check(ctx) {
    const value = valueOf(ctx);
    const findings: FindingDraft<'differs'>[] = [];
    let checked = 0;
    for (const s of statementsOf(ctx.report)) {
      const p = s.percent;
      const v = comparePercent(s, value);
      if (!p || !v || v.verdict === 'skip') continue;
      checked++;
      if (v.verdict !== 'mismatch') continue;
      // A wrong count with a percentage of the table's own count: the count is the defect, reported once.
      const count = compareCount(s, value);
      const base = sumOf(v.cells, value)!;
      if (count.verdict === 'mismatch' && percentFits((count.expected / base) * 100, p)) continue;
      findings.push(finding('differs', { section: s.section, ...cellKeys(v.cells) }, {
        expected: v.expected, actual: p.value, cells: draftCells(ctx, v.cells), quote: quoteOf(s),
        params: { clause: clauseOf(s, p.end), actual: p.value, expected: v.expected, count: s.count, base, cells: cellsName(v.cells, ctx.lang, ctx.report) },
        subject: textAddress(ctx.report, s.section, p.start, p.end), discriminator: String(p.start),
      }));
    }
    return { checked, findings };
  },
});
