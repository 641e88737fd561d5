import { format } from '../i18n/lang';
import { columnName, rowName } from '../i18n/places';
import {
  ACROSS_REVIEW_MESSAGE, blockingName, draftTerms, judgeAcross, lastYearOf, previousName, proactiveTemplate, termAt, valueAcross,
} from '../rule-kit/across-years';
import { BLANKS_NOTE } from '../rule-kit/relation-rule';
import { finding, num, where } from '../rule-kit/draft';
import type { FindingDraft } from '../rule-kit/types';
import { defineRule } from '../rule-kit/types';

const BLOCK = 'art20-1';
const at = (row: string, column: string) => ({ table: 'proactive' as const, block: BLOCK, row, column });

export default defineRule({
  meta: {
    id: 'x-in-force', severity: 'warning', wave: 2, requires: ['previous'],
    title: { zh: '现行有效件数接续上年（上年现行有效 + 本年制发 − 本年废止）', en: 'In force continues last year (last year’s in force + issued − repealed)' },
    description: {
      zh: '2021 版模板，两年均是：第二十条第（一）项「规章」「行政规范性文件」行，上年报告的现行有效件数加本年制发件数、减本年废止件数，应等于本年现行有效件数。文件也可能未经废止而失效，需人工确认。',
      en: '2021 template in both years, Art. 20 (1) rows for rules and normative documents: last year’s documents in force plus this year’s issued minus repealed should equal this year’s in force. Documents can lapse without a repeal, so a person confirms.',
    },
    messages: {
      fail: {
        zh: '{where}「{row}」行：{prev}「{inForce}」为 {last}，加本年「{issued}」{issuedCount}、减「{repealed}」{repealedCount}，应为 {expected}，本年「{inForce}」为 {actual}（文件也可能未经废止而失效，请人工确认）{note}',
        en: '{where}, row “{row}”: “{inForce}” in {prev} is {last}; plus {issuedCount} “{issued}” and minus {repealedCount} “{repealed}” this year gives {expected}, but this year’s “{inForce}” is {actual} (documents can lapse without a repeal: please confirm){note}',
      },
      review: ACROSS_REVIEW_MESSAGE,
    },
  },
  check(ctx) {
    const last = lastYearOf(ctx);
    if (!last || proactiveTemplate(ctx.report) !== '2021' || proactiveTemplate(last.model) !== '2021') return { checked: 0, findings: [] };
    const zh = ctx.lang === 'zh';
    const findings: FindingDraft<'fail' | 'review'>[] = [];
    let checked = 0;
    for (const row of ['rules', 'normative-docs']) {
      const inForce = termAt(ctx, last, at(row, 'in-force'), false);
      const before = termAt(ctx, last, at(row, 'in-force'), true);
      const issued = termAt(ctx, last, at(row, 'issued'), false);
      const repealed = termAt(ctx, last, at(row, 'repealed'), false, -1);
      if (!inForce || !before || !issued || !repealed) continue;
      checked++;
      const v = judgeAcross([inForce], [before, issued, repealed], ctx, last);
      if (v.kind === 'pass') continue;
      const keys = { section: 'proactive' as const, table: 'proactive' as const, block: BLOCK, row, column: 'in-force' };
      const params = {
        where: where('proactive', BLOCK, ctx.lang), prev: previousName(last.ref, ctx.lang), row: rowName('proactive', BLOCK, row, '2021'),
      };
      const terms = [[inForce, 'total'], [before, 'part'], [issued, 'part'], [repealed, 'part']] as const;
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
      const name = (column: string) => columnName('proactive', BLOCK, column, '2021');
      findings.push(finding('fail', keys, {
        expected: v.right, actual: inForce.cell.value.cls === 'empty' ? null : v.left, previous: last.ref, cells: draftTerms(terms, last),
        params: {
          ...params, actual: num(v.left), expected: num(v.right),
          last: num(valueAcross(before, ctx, last) ?? 0),
          issuedCount: num(valueAcross(issued, ctx, last) ?? 0), repealedCount: num(valueAcross(repealed, ctx, last) ?? 0),
          inForce: name('in-force'), issued: name('issued'), repealed: name('repealed'),
          note: v.blanksAsZero ? BLANKS_NOTE[ctx.lang] : '',
        },
      }));
    }
    return { checked, findings };
  },
});
