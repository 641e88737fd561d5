// One factory for the nine arithmetic rules: each rule file gives its metadata and how to name
// the relation; the relations themselves are data in the template modules.
import { format } from '../i18n/lang';
import type { Lang } from '../i18n/lang';
import type { ModelCell } from '../model';
import type { Relation } from '../templates/types';
import { cellAt, draftCell, judge, keyOf } from './facts';
import { cellPlace, finding, num, sectionOf, shortLabel, where } from './draft';
import type { FindingDraft, Rule, RuleContext, RuleMeta } from './types';

/** How a relation is named in messages: {where} {subject}, e.g. 表三「予以公开」行. */
export type Subject = (rel: Relation, cells: ModelCell[], lang: Lang) => string;

export const REVIEW_MESSAGE = {
  zh: '{where}{subject}：{blocking}不是数字，无法核对这一关系，请人工判断',
  en: '{where} {subject}: {blocking} is not a number, so this relation cannot be checked; please review it',
};
export const BLANKS_NOTE = { zh: '（空白按 0 计）', en: ' (blanks read as 0)' };

export function relationRule(meta: RuleMeta<'fail' | 'review'>, subject: Subject): Rule<'fail' | 'review'> {
  return {
    meta,
    check(ctx: RuleContext) {
      const findings: FindingDraft<'fail' | 'review'>[] = [];
      let checked = 0;
      for (const rel of ctx.relations) {
        if (rel.rule !== meta.id) continue;
        const v = judge(rel, ctx.report, ctx.derived.emptyTotals);
        if (v.kind === 'skip') continue;
        checked++;
        if (v.kind === 'pass') continue;
        const leftKeys = new Set(rel.left.map((t) => keyOf(t.cell)));
        const roleOf = (c: ModelCell) => (leftKeys.has(keyOf(c)) ? 'total' : 'part');
        const keys = { section: sectionOf(rel.at.table), ...rel.at };
        const totalCell = cellAt(ctx.report, rel.left[0]!.cell)!;
        const params = {
          where: where(rel.at.table, rel.at.block, ctx.lang),
          subject: subject(rel, v.cells, ctx.lang),
        };
        if (v.kind === 'review') {
          findings.push(finding('review', keys, {
            status: 'review', severity: 'warning',
            params: { ...params, blocking: v.blocking.map((c) => `${blockingPlace(c, v.cells, ctx.lang)}「${c.value.text}」`).join(ctx.lang === 'zh' ? '、' : ', ') },
            cells: v.cells.map((c) => draftCell(c, v.blocking.includes(c) ? 'blocking' : roleOf(c))),
          }));
          continue;
        }
        findings.push(finding('fail', keys, {
          expected: rel.op === 'eq' || rel.right.length > 0 ? v.right : 0,
          actual: rel.sum && totalCell.value.cls === 'empty' ? null : v.left,
          params: {
            ...params,
            expected: num(v.right), actual: num(v.left),
            total: shortLabel(totalCell.value.text || (ctx.lang === 'zh' ? '空白' : 'blank')),
            note: v.blanksAsZero ? BLANKS_NOTE[ctx.lang] : '',
          },
          cells: v.cells.map((c) => draftCell(c, roleOf(c))),
        }));
      }
      return { checked, findings };
    },
  };
}

/** A blocking cell named without what the subject already says: only its column when the
 * relation lies along one row (「自然人」列), only its row when along one column. */
function blockingPlace(c: ModelCell, cells: readonly ModelCell[], lang: Lang): string {
  const zh = lang === 'zh';
  if (cells.every((x) => x.row === c.row)) return zh ? `「${shortLabel(c.columnLabel)}」列` : `column “${shortLabel(c.columnLabel)}”`;
  if (cells.every((x) => x.column === c.column)) return zh ? `「${shortLabel(c.rowLabel)}」行` : `row “${shortLabel(c.rowLabel)}”`;
  return cellPlace(c, lang);
}

export function rowSubject(rel: Relation, cells: ModelCell[], lang: Lang): string {
  const c = cells.find((x) => x.row === rel.at.row) ?? cells[0]!;
  return format(lang === 'zh' ? '「{row}」行' : ' row “{row}”', { row: shortLabel(c.rowLabel) });
}

export function columnSubject(rel: Relation, cells: ModelCell[], lang: Lang): string {
  const c = cells.find((x) => x.column === rel.at.column) ?? cells[0]!;
  return format(lang === 'zh' ? '「{column}」列' : ' column “{column}”', { column: shortLabel(c.columnLabel) });
}
