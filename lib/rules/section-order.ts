import { sectionName } from '../i18n/terms';
import { SECTIONS } from '../templates/sections';
import { finding } from '../rule-kit/draft';
import { defineRule } from '../rule-kit/types';

/** Sections out of the order 一 → 六: every heading outside the longest run in order. */
export default defineRule({
  meta: {
    id: 'section-order', severity: 'warning', wave: 1,
    title: { zh: '部分顺序错误', en: 'Sections out of order' },
    description: { zh: '六个部分应按一至六的顺序出现。', en: 'The six sections appear in the order one to six.' },
    messages: {
      order: { zh: '「{section}」出现在「{previous}」之后，顺序应为一至六', en: '“{section}” comes after “{previous}”; the order is one to six' },
    },
  },
  check(ctx) {
    const hits = ctx.report.sections;
    const rank = hits.map((h) => SECTIONS.findIndex((d) => d.key === h.key));
    // Longest increasing subsequence: the headings that are in order.
    const best: number[] = rank.map(() => 1);
    const prev: number[] = rank.map(() => -1);
    rank.forEach((r, i) => {
      for (let j = 0; j < i; j++) if (rank[j]! < r && best[j]! + 1 > best[i]!) { best[i] = best[j]! + 1; prev[i] = j; }
    });
    const keep = new Set<number>();
    let at = best.length ? best.indexOf(Math.max(...best)) : -1;
    while (at >= 0) { keep.add(at); at = prev[at]!; }
    const findings = hits.flatMap((h, i) => {
      if (keep.has(i)) return [];
      const before = hits.slice(0, i).filter((_, j) => rank[j]! > rank[i]!).pop() ?? hits[i - 1];
      return [finding('order', { section: h.key }, {
        params: { section: sectionName(h.key, ctx.lang), previous: before ? sectionName(before.key, ctx.lang) : '' },
        subject: { kind: 'section', section: h.key },
      })];
    });
    return { checked: hits.length, findings };
  },
});
