import { format } from '../i18n/lang';
import { columnName, rowName } from '../i18n/places';
import {
  ACROSS_REVIEW_MESSAGE, blockingName, draftTerms, judgeAcross, lastYearOf, previousName, termAt,
} from '../rule-kit/across-years';
import { BLANKS_NOTE } from '../rule-kit/relation-rule';
import { finding, num, where } from '../rule-kit/draft';
import type { FindingDraft } from '../rule-kit/types';
import { defineRule } from '../rule-kit/types';
import { REQUEST_COLUMNS } from '../templates/requests';

const at = (row: string, column: string) => ({ table: 'requests' as const, block: null, row, column });

export default defineRule({
  meta: {
    id: 'x-carry-over', severity: 'error', wave: 2, requires: ['previous'],
    title: { zh: '本年上年结转等于上年结转下年度', en: 'Carried in this year = carried out last year' },
    description: {
      zh: '依申请公开表每一列：本年「上年结转政府信息公开申请数量」应等于上年报告的「结转下年度继续办理」。',
      en: 'For each column of the requests table: this year’s carried-in requests equal last year’s report’s carried-out requests.',
    },
    messages: {
      fail: {
        zh: '{where}「{column}」列：本年「{carriedIn}」为 {actual}，{prev}「{carriedOut}」为 {expected}，两者应相等{note}',
        en: '{where}, column “{column}”: “{carriedIn}” is {actual} this year, but “{carriedOut}” in {prev} is {expected}; they should be equal{note}',
      },
      review: ACROSS_REVIEW_MESSAGE,
    },
  },
  check(ctx) {
    const last = lastYearOf(ctx);
    if (!last) return { checked: 0, findings: [] };
    const zh = ctx.lang === 'zh';
    const findings: FindingDraft<'fail' | 'review'>[] = [];
    let checked = 0;
    for (const { key: column } of REQUEST_COLUMNS) {
      const now = termAt(ctx, last, at('carried-in', column), false);
      const then = termAt(ctx, last, at('carried-out', column), true);
      if (!now || !then) continue;
      checked++;
      const v = judgeAcross([now], [then], ctx, last);
      if (v.kind === 'pass') continue;
      const keys = { section: 'requests' as const, table: 'requests' as const, row: 'carried-in', column };
      const params = {
        where: where('requests', null, ctx.lang), prev: previousName(last.ref, ctx.lang),
        column: columnName('requests', null, column),
      };
      const terms = [[now, 'total'], [then, 'part']] as const;
      if (v.kind === 'review') {
        findings.push(finding('review', keys, {
          status: 'review', severity: 'warning', previous: last.ref, cells: draftTerms(terms, last, v.blocking),
          params: {
            ...params,
            subject: format(zh ? '「{column}」列' : ', column “{column}”', params),
            blocking: v.blocking.map((t) => blockingName(t, ctx, last)).join(zh ? '、' : ', '),
          },
        }));
        continue;
      }
      findings.push(finding('fail', keys, {
        expected: v.right, actual: now.cell.value.cls === 'empty' ? null : v.left, previous: last.ref, cells: draftTerms(terms, last),
        params: {
          ...params, actual: num(v.left), expected: num(v.right),
          carriedIn: rowName('requests', null, 'carried-in'), carriedOut: rowName('requests', null, 'carried-out'),
          note: v.blanksAsZero ? BLANKS_NOTE[ctx.lang] : '',
        },
      }));
    }
    return { checked, findings };
  },
});
