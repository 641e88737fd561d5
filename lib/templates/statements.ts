// What the prose of a report can state, as data: the words that name each count and the template
// cells it may mean. The prose reader (lib/prose) finds the words; the text-* rules compare the cells.
//
// A statement is either a *base* (names a row or a sum of rows: 「上年结转」, 「不予公开」, 「行政复议」)
// or a *qualifier* (names a column or an outcome of some base: 「自然人」, 「结果纠正」, 「废止」). A
// qualifier takes its base from the same words (「现行有效行政规范性文件」), else from the last base
// stated in the sentence (「制发规范性文件3件，废止1件」), else its default base, else it states nothing.
import { requestRowsFor } from './requests';
import type { CellAddr, TemplateId } from './types';

/** Cells summed: the statement fits when the sum equals its count. */
export type CellSet = readonly CellAddr[];
/** Several readings of the same words: the statement fits when any one does. */
export type Alternatives = readonly CellSet[];

export interface BaseDef {
  key: string;
  role: 'base';
  /** Words that name it inside the words before the number (no anchors, no unbounded repeats). */
  words: RegExp;
  cells: Record<TemplateId, Alternatives>;
  /** A sum this one is a part of: words naming both (「因保护第三方合法权益不予公开」) state the part. */
  parent?: string;
  /** Generic words (办理, 处理) that yield to any other base named beside them. */
  weak?: true;
}

export interface QualifierDef {
  key: string;
  role: 'qualifier';
  words: RegExp;
  /** Bases it can qualify; any other base in the same words makes the statement unreadable. */
  bases: readonly string[];
  /** The base when neither the words nor the sentence name one (null: then nothing is stated). */
  defaultBase: string | null;
  /** The base's cells with their column replaced by each set's columns, summed (alternatives). */
  columns: Record<TemplateId, readonly (readonly string[])[]>;
}

export type StatementDef = BaseDef | QualifierDef;

const req = (row: string, column = 'total'): CellAddr => ({ table: 'requests', block: null, row, column });
const app = (row: string, column = 'total'): CellAddr => ({ table: 'appeals', block: null, row, column });
const pro = (block: string, row: string, column: string): CellAddr => ({ table: 'proactive', block, row, column });

/** The same alternatives under both templates. */
const both = (alts: Alternatives): Record<TemplateId, Alternatives> => ({ '2019': alts, '2021': alts });
/** The rows of `requests` between two keys (inclusive), as one summed set. */
function rowRange(template: TemplateId, from: string, to: string): CellSet {
  const keys = requestRowsFor(template).map((r) => r.key);
  return keys.slice(keys.indexOf(from), keys.indexOf(to) + 1).map((row) => req(row));
}
const rows = (from: string, to: string): Record<TemplateId, Alternatives> =>
  ({ '2019': [rowRange('2019', from, to)], '2021': [rowRange('2021', from, to)] });
const row = (key: string) => both([[req(key)]]);
const only2021 = (key: string): Record<TemplateId, Alternatives> => ({ '2019': [], '2021': [[req(key)]] });

const base = (key: string, words: RegExp, cells: Record<TemplateId, Alternatives>, more: Partial<BaseDef> = {}): BaseDef =>
  ({ key, role: 'base', words, cells, ...more });
const DENIED = { parent: 'denied' };
const UNAVAILABLE = { parent: 'unavailable' };
const REJECTED = { parent: 'rejected' };
const OTHER = { parent: 'other-processing' };

/** Bases whose cells are rows of `requests` in its `total` column (what an applicant column can qualify). */
const REQUEST_BASES: readonly BaseDef[] = [
  base('new', /新收|(?:收到|受理|接收|接到|收悉)[^，。；,;复诉办答]{0,16}申请/, row('new')),
  base('carried-in', /上一?年度?(?:末)?结转|结转上一?年度?|上年度?(?:遗留|未办结)/, row('carried-in')),
  base('carried-out', /结转(?:下|至|到|\d{4}年)|转入下一?年|(?:下|次)一?年度?继续办理|尚未办结|尚在办理|正在办理/, row('carried-out')),
  base('granted-or-partly', /予以公开(?:及|和|与|、|或|以及)部分公开|全部(?:公开)?(?:或|及|和)部分公开/,
    both([[req('granted'), req('partly-granted')]])),
  base('partly-granted', /部分公开/, row('partly-granted')),
  base('denied-state-secret', /国家秘密/, row('denied-state-secret'), DENIED),
  base('denied-prohibited', /禁止公开/, row('denied-prohibited'), DENIED),
  base('denied-security', /三安全一稳定/, row('denied-security'), DENIED),
  base('denied-third-party', /第三方合法权益/, row('denied-third-party'), DENIED),
  base('denied-internal', /内部事务/, row('denied-internal'), DENIED),
  base('denied-process', /过程性信息/, row('denied-process'), DENIED),
  base('denied-enforcement', /行政执法案卷/, row('denied-enforcement'), DENIED),
  base('denied-inquiry', /行政查询事项/, row('denied-inquiry'), DENIED),
  base('denied', /不予以?公开/, rows('denied-state-secret', 'denied-inquiry')),
  base('granted', /予以公开|同意公开|全部公开/, row('granted')),
  base('unavailable-not-held', /不掌握/, row('unavailable-not-held'), UNAVAILABLE),
  base('unavailable-needs-creation', /另行制作/, row('unavailable-needs-creation'), UNAVAILABLE),
  base('unavailable-unclear', /仍不明确/, row('unavailable-unclear'), UNAVAILABLE),
  base('unavailable', /无法提供/, rows('unavailable-not-held', 'unavailable-unclear')),
  base('rejected-petition', /信访举报投诉/, row('rejected-petition'), REJECTED),
  base('rejected-repeat', /重复申请/, row('rejected-repeat'), REJECTED),
  base('rejected-publication', /公开出版物/, row('rejected-publication'), REJECTED),
  base('rejected-excessive', /大量反复/, row('rejected-excessive'), REJECTED),
  base('rejected-confirmation', /重新出具/, row('rejected-confirmation'), REJECTED),
  base('rejected', /不予处理/, rows('rejected-petition', 'rejected-confirmation')),
  base('other-no-correction', /逾期不补正/, only2021('other-no-correction'), OTHER),
  base('other-unpaid-fee', /缴纳费用/, only2021('other-unpaid-fee'), OTHER),
  base('other-processing', /其他(?:方式)?处理/, { '2019': [[req('other')]], '2021': [rowRange('2021', 'other-no-correction', 'other-misc')] }),
  // 「共收到并办结申请100件」 names two counts at once: it states neither.
  base('received-and-handled', /(?:收到|受理|接收)(?:并|和|及)(?:办结|答复|办理|处理)/, both([])),
  base('handled', /办结|答复|办理完毕|办理完成|处理完毕|(?:办理|处理)结果/, row('total')),
  // 办理 / 处理 alone: the year's results, or the requests taken in (new, or new and carried-in).
  base('processed', /办理|处理/, both([[req('total')], [req('new')], [req('new'), req('carried-in')]]), { weak: true }),
];

const APPEAL_BASES: readonly BaseDef[] = [
  base('suit-after-review', /复议后(?:提起)?(?:行政)?(?:起诉|诉讼)/, both([[app('suit-after-review')]])),
  base('suit-direct', /(?:未经复议)?直接(?:提起)?(?:行政)?(?:起诉|诉讼)/, both([[app('suit-direct')]])),
  base('review', /行政复议|复议申请|申请复议/, both([[app('review')]])),
  base('suit', /行政诉讼|提起诉讼|被诉|起诉|应诉/, both([[app('suit-direct'), app('suit-after-review')]])),
];

const PROACTIVE_BASES: readonly BaseDef[] = [
  base('rules', /规章(?!制度)/, { '2019': [[pro('art20-1', 'rules', 'made')], [pro('art20-1', 'rules', 'published')]],
    '2021': [[pro('art20-1', 'rules', 'issued')]] }),
  base('normative-docs', /规范性文件/, { '2019': [[pro('art20-1', 'normative-docs', 'made')], [pro('art20-1', 'normative-docs', 'published')]],
    '2021': [[pro('art20-1', 'normative-docs', 'issued')]] }),
  base('licensing', /(?:行政)?许可(?:处理)?决定/, both([[pro('art20-5', 'licensing', 'decisions')]])),
  base('other-services', /对外管理服务事项(?:处理)?决定/, { '2019': [[pro('art20-5', 'other-services', 'decisions')]], '2021': [] }),
  base('penalty', /(?:行政)?处罚(?:处理)?决定/, both([[pro('art20-6', 'penalty', 'decisions')]])),
  base('coercion', /(?:行政)?强制(?:处理)?决定/, both([[pro('art20-6', 'coercion', 'decisions')]])),
  base('procurement', /集中采购项目/, { '2019': [[pro('art20-9', 'procurement', 'projects')]], '2021': [] }),
];

const qualifier = (key: string, words: RegExp, bases: readonly string[], defaultBase: string | null,
  columns: Record<TemplateId, readonly (readonly string[])[]>): QualifierDef => ({ key, role: 'qualifier', words, bases, defaultBase, columns });
const sameColumns = (sets: readonly (readonly string[])[]) => ({ '2019': sets, '2021': sets });

const REQUEST_BASE_KEYS = REQUEST_BASES.map((b) => b.key);
const APPEAL_BASE_KEYS = APPEAL_BASES.map((b) => b.key);
const DOC_BASE_KEYS = ['rules', 'normative-docs'];
const ORG_COLUMNS = ['business', 'research', 'public-interest', 'legal-service', 'other-org'];

const QUALIFIERS: readonly QualifierDef[] = [
  qualifier('natural-person', /自然人/, REQUEST_BASE_KEYS, 'new', sameColumns([['natural-person']])),
  qualifier('organisations', /法人(?:或|和|及)其他组织/, REQUEST_BASE_KEYS, 'new', sameColumns([ORG_COLUMNS])),
  qualifier('business', /商业企业|企业/, REQUEST_BASE_KEYS, 'new', sameColumns([['business']])),
  qualifier('research', /科研机构/, REQUEST_BASE_KEYS, 'new', sameColumns([['research']])),
  qualifier('public-interest', /社会公益组织|公益组织|社会组织/, REQUEST_BASE_KEYS, 'new', sameColumns([['public-interest']])),
  qualifier('legal-service', /法律服务机构|律师事务所/, REQUEST_BASE_KEYS, 'new', sameColumns([['legal-service']])),
  qualifier('other-org', /其他组织/, REQUEST_BASE_KEYS, 'new', sameColumns([['other-org']])),
  qualifier('upheld', /维持/, APPEAL_BASE_KEYS, null, sameColumns([['upheld']])),
  qualifier('corrected', /纠正|纠错/, APPEAL_BASE_KEYS, null, sameColumns([['corrected']])),
  qualifier('other-result', /其他结果/, APPEAL_BASE_KEYS, null, sameColumns([['other']])),
  qualifier('pending', /尚未审结|未审结|审理中/, APPEAL_BASE_KEYS, null, sameColumns([['pending']])),
  qualifier('repealed', /废止/, DOC_BASE_KEYS, null, { '2019': [], '2021': [['repealed']] }),
  // The documents standing at year end: 现行有效 (2021) and 对外公开总数 (2019) are written either way.
  qualifier('in-force', /现行有效|继续有效|对外公开|公开总数|累计公开|截至[^，。；,;]{0,8}(?:底|末)/, DOC_BASE_KEYS, null,
    { '2019': [['total-published']], '2021': [['in-force']] }),
  qualifier('issued', /制发|印发|新制作|出台/, DOC_BASE_KEYS, null,
    { '2019': [['made'], ['published']], '2021': [['issued']] }),
];

/**
 * Every statement the prose can make. Where the words of one contain another's (予以公开 in
 * 不予以公开, 复议 in 复议后起诉), the reader keeps the longer: the order here does not decide.
 */
export const STATEMENTS: readonly StatementDef[] = [...APPEAL_BASES, ...REQUEST_BASES, ...PROACTIVE_BASES, ...QUALIFIERS];

export const STATEMENT_BY_KEY: ReadonlyMap<string, StatementDef> = new Map(STATEMENTS.map((d) => [d.key, d]));

/** The bases a percentage 「占X%」 is taken of when the sentence names none: handled, else new. */
export const DEFAULT_PERCENT_BASES: readonly string[] = ['handled', 'new'];

/** The cells a qualifier means on a base: each base set with its columns replaced (see QualifierDef). */
export function qualifiedCells(q: QualifierDef, b: BaseDef, template: TemplateId): Alternatives {
  const out: CellAddr[][] = [];
  const seen = new Set<string>();
  for (const set of b.cells[template]) {
    for (const columns of q.columns[template]) {
      const cells = set.flatMap((c) => columns.map((column) => ({ ...c, column })));
      const id = cells.map((c) => `${c.block}/${c.row}/${c.column}`).join('+');
      if (!seen.has(id)) {
        seen.add(id);
        out.push(cells);
      }
    }
  }
  return out;
}

/** Words of counts that are not the tables' (代表建议, 提案, 来信 …): a statement beside them is not read. */
/** 办理 / 处理 of something that is not a request (「办理…行政许可事项134件」): not the requests' count. */
export const WEAK_NOT_REQUESTS = /事项|许可|审批|办件|业务|工单/;

export const OTHER_COUNTS = /建议|提案|议案|来信|来电|来访|热线|留言|咨询|稿件|新闻|培训|会议|检查|督查|信访件/;
