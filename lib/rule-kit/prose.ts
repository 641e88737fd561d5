// What the text-* rules share: the statements of the report's prose (read once per report), the
// table values they are compared with (the blank rule of rules.md), and where a statement stands.
import type { Lang } from '../i18n/lang';
import { placeName } from '../i18n/places';
import { tableName } from '../i18n/terms';
import type { ReportModel } from '../model';
import type { ValueOf } from '../prose/compare';
import { readStatements } from '../prose/read-statements';
import type { Statement } from '../prose/types';
import type { Address } from '../result/address-schema';
import type { CellSet } from '../templates/statements';
import type { SectionKey, TableKey } from '../templates/types';
import { arithmeticValue, cellAt, draftCell, keyOf } from './facts';
import type { DraftCell, FindingDraft, RuleContext } from './types';

/** Sections whose prose restates the tables' counts (一 to 四). */
const PROSE_SECTIONS: readonly SectionKey[] = ['overview', 'proactive', 'requests', 'appeals'];

/** Characters of context kept before a statement's words, to find them again in the page. */
const BEFORE_CHARS = 12;

const cache = new WeakMap<ReportModel, Statement[]>();

/** Every statement of sections 一 to 四, in page order; none on a report the templates do not fit. */
export function statementsOf(report: ReportModel): Statement[] {
  const known = cache.get(report);
  if (known) return known;
  const template = report.template;
  const out: Statement[] = [];
  if ((template === '2019' || template === '2021') && report.year !== null) {
    const opts = { year: report.year, template, agency: report.agency, agencyKind: report.agencyKind };
    for (const s of report.sections) {
      if (PROSE_SECTIONS.includes(s.key)) out.push(...readStatements(s.key, s.body, opts));
    }
  }
  cache.set(report, out);
  return out;
}

/**
 * A cell's value for a comparison: blank → null (0 in a sum), a blank total already reported as
 * cell-empty-total → the sum of its parts, text or a cell the page does not have → undefined
 * (nothing is compared with it).
 */
export function valueOf(ctx: RuleContext): ValueOf {
  return (addr) => {
    const c = cellAt(ctx.report, addr);
    if (!c || c.value.cls === 'text') return undefined;
    const v = arithmeticValue(c);
    return v ?? ctx.derived.emptyTotals.get(keyOf(c)) ?? null;
  };
}

/** Words of a section's body (offsets `start`–`end`) as an address of their line. */
export function textAddress(report: ReportModel, section: SectionKey, start: number, end: number): Address | undefined {
  const hit = report.sections.find((s) => s.key === section);
  if (!hit) return undefined;
  let line = 0;
  while (line + 1 < hit.lines.length && hit.lines[line + 1]! <= start) line++;
  const from = hit.lines[line] ?? 0;
  const before = hit.body.slice(Math.max(from, start - BEFORE_CHARS), start);
  return { kind: 'text', section, line, start: start - from, end: end - from, text: hit.body.slice(start, end), before };
}

/** The finding's keys from the cells compared: its table, and its row and column when it is one cell. */
export function cellKeys(cells: CellSet): Pick<FindingDraft, 'table' | 'block' | 'row' | 'column'> {
  const tables = new Set<TableKey>(cells.map((c) => c.table));
  const table = tables.size === 1 ? cells[0]!.table : null;
  const one = cells.length === 1 ? cells[0]! : null;
  return { table, block: one?.block ?? null, row: one?.row ?? null, column: one?.column ?? null };
}

export function draftCells(ctx: RuleContext, cells: CellSet): DraftCell[] {
  const out: DraftCell[] = [];
  for (const a of cells) {
    const c = cellAt(ctx.report, a);
    if (c) out.push(draftCell(c, 'value'));
  }
  return out;
}

/** The cells compared, in the template's words: 「表三（依申请公开）「（一）予以公开」行「总计」列」 + …. */
export function cellsName(cells: CellSet, lang: Lang, report: ReportModel): string {
  const template = report.template === '2019' || report.template === '2021' ? report.template : null;
  const names = cells.map((a) => placeName(a, lang, template));
  const table = tableName(cells[0]!.table, lang);
  const sep = lang === 'zh' ? '' : ', ';
  // One table named once: 「表三（依申请公开）「（一）予以公开」行「总计」列 + 「（二）部分公开」行「总计」列」.
  const joined = cells.every((c) => c.table === cells[0]!.table)
    ? names.map((n, i) => (i === 0 ? n : n.slice(table.length + sep.length))).join(' + ')
    : names.join(' + ');
  // 「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」: the row's name without its note.
  const short = joined.replace(/[（(]区分处理的[^」”]*/g, '');
  return cells.length > 1 ? (lang === 'zh' ? `${short}合计` : `${short} together`) : short;
}

/** The sentence a finding rests on, for the result's `quote`. */
export function quoteOf(s: Statement): { text: string; section: SectionKey } {
  return { text: s.sentence.trim(), section: s.section };
}

const CLAUSE_MARK = /[，,；;。：:！!？?]/;

/** The clause of the sentence that holds the statement, up to its number and unit (for messages). */
export function clauseOf(s: Statement, end = s.numberEnd): string {
  const text = s.sentence;
  let from = s.numberStart - s.sentenceStart;
  while (from > 0 && !CLAUSE_MARK.test(text[from - 1]!)) from--;
  let to = end - s.sentenceStart;
  while (to < text.length && !CLAUSE_MARK.test(text[to]!) && to - (end - s.sentenceStart) < 4) to++;
  const clause = text.slice(from, to).trim();
  return clause.length > 60 ? `…${clause.slice(-58)}` : clause;
}

/** The sum a cell set stands for (blanks 0), undefined when a cell cannot be compared. */
export function sumOf(cells: CellSet, value: ValueOf): number | undefined {
  let sum = 0;
  for (const c of cells) {
    const v = value(c);
    if (v === undefined) return undefined;
    sum += v ?? 0;
  }
  return sum;
}
