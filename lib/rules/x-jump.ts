import { columnName, rowName } from '../i18n/places';
import { draftTerms, lastYearOf, previousName, termAt, valueAcross } from '../rule-kit/across-years';
import { finding, num, where } from '../rule-kit/draft';
import { defineRule } from '../rule-kit/types';

/** More than this many times, either way. */
const FACTOR = 5;
/** Both years at least this many requests. */
const FLOOR = 20;
const AT = { table: 'requests' as const, block: null, row: 'new', column: 'total' };

export default defineRule({
  meta: {
    id: 'x-jump', severity: 'info', wave: 2, requires: ['previous'],
    title: { zh: '新收申请数与上年相比变化超过五倍', en: 'New requests changed more than fivefold from last year' },
    description: {
      zh: '依申请公开表「本年新收政府信息公开申请数量」的总计，与上年报告相比增加或减少超过五倍（两年均不少于 20 件），可能是填报有误。',
      en: 'The total of new requests in the requests table rose or fell more than fivefold from last year’s report (both years at least 20): possibly a reporting error.',
    },
    messages: {
      jump: {
        zh: '{where}「{row}」行「{column}」列：本年 {actual}，{prev}为 {last}，变化超过五倍，请确认是否填报有误',
        en: '{where}, row “{row}”, column “{column}”: {actual} this year against {last} in {prev}, more than a fivefold change; please confirm the figures',
      },
    },
  },
  check(ctx) {
    const last = lastYearOf(ctx);
    if (!last) return { checked: 0, findings: [] };
    const now = termAt(ctx, last, AT, false);
    const then = termAt(ctx, last, AT, true);
    if (!now || !then) return { checked: 0, findings: [] };
    const a = valueAcross(now, ctx, last);
    const b = valueAcross(then, ctx, last);
    // A blank or text total is no count to compare (the cell rules report it).
    if (a === null || b === null) return { checked: 0, findings: [] };
    if (a < FLOOR || b < FLOOR || (a <= b * FACTOR && b <= a * FACTOR)) return { checked: 1, findings: [] };
    return {
      checked: 1,
      findings: [finding('jump', { section: 'requests', table: 'requests', row: 'new', column: 'total' }, {
        actual: a, previous: last.ref, cells: draftTerms([[now, 'value'], [then, 'value']], last),
        params: {
          where: where('requests', null, ctx.lang), prev: previousName(last.ref, ctx.lang),
          row: rowName('requests', null, 'new'), column: columnName('requests', null, 'total'), actual: num(a), last: num(b),
        },
      })],
    };
  },
});
