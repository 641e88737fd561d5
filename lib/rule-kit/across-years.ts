// What the four across-years rules share: last year's report as the rules see it, a relation whose
// terms stand in either year judged by the blank rule of rules.md, and how last year is named.
import { format } from '../i18n/lang';
import type { Lang, Text } from '../i18n/lang';
import { placeName, reportTemplate } from '../i18n/places';
import type { ModelCell, ReportModel } from '../model';
import { relationsFor } from '../templates/choice';
import type { CellAddr, TemplateId } from '../templates/types';
import { arithmeticValue, cellAt, deriveFacts, draftCell, keyOf } from './facts';
import type { CellRole, DraftCell, PreviousRef, RuleContext } from './types';

export interface LastYear {
  model: ReportModel;
  ref: PreviousRef;
  /** Last year's blank totals with the sums they stand for (the blank-total rule, last year's side). */
  emptyTotals: ReadonlyMap<string, number>;
}

const lastYearFacts = new WeakMap<ReportModel, ReadonlyMap<string, number>>();

/** Last year's report when it is one and of the year before this one; null otherwise. */
export function lastYearOf(ctx: RuleContext): LastYear | null {
  const p = ctx.previous;
  const year = ctx.report.year;
  if (!p || year === null || !p.model.isReport || p.model.year !== year - 1) return null;
  let emptyTotals = lastYearFacts.get(p.model);
  if (!emptyTotals) {
    emptyTotals = deriveFacts(p.model, relationsFor(p.model)).emptyTotals;
    lastYearFacts.set(p.model, emptyTotals);
  }
  return { model: p.model, ref: { source: p.source, title: p.model.title, year: year - 1 }, emptyTotals };
}

/** The template a report's `proactive` table follows: its own labels, else the report's. */
export function proactiveTemplate(model: ReportModel): TemplateId | null {
  return model.tables.proactive?.template ?? reportTemplate(model.template);
}

/** One operand: a cell of this year's report, or of last year's. */
export interface YearTerm {
  cell: ModelCell;
  coef: 1 | -1;
  lastYear: boolean;
}

export type YearVerdict =
  | { kind: 'pass' }
  | { kind: 'fail'; left: number; right: number; blanksAsZero: boolean }
  | { kind: 'review'; blocking: YearTerm[] };

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Reads a term's cell: its number, a blank total's sum of parts, or null (blank, placeholder). */
function termValue(t: YearTerm, ctx: RuleContext, last: LastYear): number | null {
  const totals = t.lastYear ? last.emptyTotals : ctx.derived.emptyTotals;
  return arithmeticValue(t.cell) ?? totals.get(keyOf(t.cell)) ?? null;
}

/** Σ left = Σ right across the two years, by the blank rule: text blocks (review), blanks read as 0. */
export function judgeAcross(left: readonly YearTerm[], right: readonly YearTerm[], ctx: RuleContext, last: LastYear): YearVerdict {
  const blocking = [...left, ...right].filter((t) => t.cell.value.cls === 'text');
  if (blocking.length > 0) return { kind: 'review', blocking };
  let blanks = false;
  const sum = (terms: readonly YearTerm[]) => round(terms.reduce((n, t) => {
    const v = termValue(t, ctx, last);
    if (v === null) blanks = true;
    return n + t.coef * (v ?? 0);
  }, 0));
  const l = sum(left);
  const r = sum(right);
  return l === r ? { kind: 'pass' } : { kind: 'fail', left: l, right: r, blanksAsZero: blanks };
}

/** A cell's number for an across-years comparison, null when it holds none. */
export function valueAcross(t: YearTerm, ctx: RuleContext, last: LastYear): number | null {
  return t.cell.value.cls === 'text' ? null : termValue(t, ctx, last);
}

/** The term's cell, last year's or this year's. */
export function termAt(ctx: RuleContext, last: LastYear, a: CellAddr, lastYear: boolean, coef: 1 | -1 = 1): YearTerm | null {
  const cell = cellAt(lastYear ? last.model : ctx.report, a);
  return cell ? { cell, coef, lastYear } : null;
}

/** The finding's cells: this year's as they are, last year's with the year of their report; a
 *  cell that blocks the check has the role `blocking`. */
export function draftTerms(terms: readonly (readonly [YearTerm, CellRole])[], last: LastYear, blocking: readonly YearTerm[] = []): DraftCell[] {
  return terms.map(([t, role]) => {
    const c = draftCell(t.cell, blocking.includes(t) ? 'blocking' : role);
    return t.lastYear ? { ...c, year: last.ref.year } : c;
  });
}

const PREVIOUS_NAME: Text = { zh: '{year} 年度报告《{title}》', en: 'the {year} report “{title}”' };

/** Last year's report as messages name it: 「2023 年度报告《…》」. */
export function previousName(ref: PreviousRef, lang: Lang): string {
  return format(PREVIOUS_NAME[lang], { year: ref.year, title: ref.title ?? ref.source });
}

/** A blocking cell named in the template's words, with last year's report for one of last year's. */
export function blockingName(t: YearTerm, ctx: RuleContext, last: LastYear): string {
  const { lang } = ctx;
  const c = t.cell;
  const place = placeName(c, lang, reportTemplate((t.lastYear ? last.model : ctx.report).template));
  const text = `「${c.value.text}」`;
  return t.lastYear ? `${previousName(last.ref, lang)}${lang === 'zh' ? '' : ', '}${place}${text}` : `${place}${text}`;
}

export const ACROSS_REVIEW_MESSAGE: Text = {
  zh: '{where}{subject}：{blocking}不是数字，无法与{prev}核对，请人工判断',
  en: '{where}{subject}: {blocking} is not a number, so it cannot be checked against {prev}; please review it',
};
