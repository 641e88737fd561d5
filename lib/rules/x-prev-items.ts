import { format } from '../i18n/lang';
import { columnName, rowName } from '../i18n/places';
import {
  ACROSS_REVIEW_MESSAGE, blockingName, draftTerms, judgeAcross, lastYearOf, previousName, proactiveTemplate, termAt, valueAcross,
} from '../rule-kit/across-years';
import { BLANKS_NOTE } from '../rule-kit/relation-rule';
import { finding, num, where } from '../rule-kit/draft';
import type { FindingDraft } from '../rule-kit/types';
import { defineRule } from '../rule-kit/types';

/** The 2019 template's blocks with 上一年项目数量 and 本年增/减, and their rows. */
const BLOCKS: readonly (readonly [string, readonly string[]])[] = [
  ['art20-5', ['licensing', 'other-services']],
  ['art20-6', ['penalty', 'coercion']],
  ['art20-8', ['fees']],
];

export default defineRule({
  meta: {
    id: 'x-prev-items', severity: 'warning', wave: 2, requires: ['previous'],
    title: { zh: '上一年项目数量接续上年（上年项目数量 + 本年增/减）', en: 'Last year’s item count continues last year’s report (items + change)' },
    description: {
      zh: '2019 版模板，两年均是：第二十条第（五）（六）（八）项各行，本年「上一年项目数量」应等于上年报告的「上一年项目数量」加「本年增/减」。',
      en: '2019 template in both years, Art. 20 (5), (6) and (8) rows: this year’s “items last year” should equal last year’s report’s items plus its change.',
    },
    messages: {
      fail: {
        zh: '{where}「{row}」行：本年「{prevItems}」为 {actual}，{prev}「{prevItems}」{last} 加「{change}」{delta}，应为 {expected}{note}',
        en: '{where}, row “{row}”: “{prevItems}” is {actual} this year, but in {prev} “{prevItems}” {last} plus “{change}” {delta} gives {expected}{note}',
      },
      review: ACROSS_REVIEW_MESSAGE,
    },
  },
  check(ctx) {
    const last = lastYearOf(ctx);
    if (!last || proactiveTemplate(ctx.report) !== '2019' || proactiveTemplate(last.model) !== '2019') return { checked: 0, findings: [] };
    const zh = ctx.lang === 'zh';
    const findings: FindingDraft<'fail' | 'review'>[] = [];
    let checked = 0;
    for (const [block, rows] of BLOCKS) {
      for (const row of rows) {
        const at = (column: string) => ({ table: 'proactive' as const, block, row, column });
        const now = termAt(ctx, last, at('prev-items'), false);
        const before = termAt(ctx, last, at('prev-items'), true);
        const change = termAt(ctx, last, at('change'), true);
        if (!now || !before || !change) continue;
        checked++;
        const v = judgeAcross([now], [before, change], ctx, last);
        if (v.kind === 'pass') continue;
        const keys = { section: 'proactive' as const, table: 'proactive' as const, block, row, column: 'prev-items' };
        const params = { where: where('proactive', block, ctx.lang), prev: previousName(last.ref, ctx.lang), row: rowName('proactive', block, row, '2019') };
        const terms = [[now, 'total'], [before, 'part'], [change, 'part']] as const;
        if (v.kind === 'review') {
          findings.push(finding('review', keys, {
            status: 'review', severity: 'warning', previous: last.ref, cells: draftTerms(terms, last, v.blocking),
            params: {
              ...params,
              subject: format(zh ? '「{row}」行' : ', row “{row}”', params),
              blocking: v.blocking.map((t) => blockingName(t, ctx, last)).join(zh ? '、' : ', '),
            },
          }));
          continue;
        }
        findings.push(finding('fail', keys, {
          expected: v.right, actual: now.cell.value.cls === 'empty' ? null : v.left, previous: last.ref, cells: draftTerms(terms, last),
          params: {
            ...params, actual: num(v.left), expected: num(v.right),
            last: num(valueAcross(before, ctx, last) ?? 0), delta: num(valueAcross(change, ctx, last) ?? 0),
            prevItems: columnName('proactive', block, 'prev-items', '2019'), change: columnName('proactive', block, 'change', '2019'),
            note: v.blanksAsZero ? BLANKS_NOTE[ctx.lang] : '',
          },
        }));
      }
    }
    return { checked, findings };
  },
});
