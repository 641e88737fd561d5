// Builds the HTML of a complete, consistent 政府信息公开工作年度报告 page for either template, so a
// test can start from a clean page and plant exactly one defect.
//
// The page follows the official layouts of shared/spec/templates.md: six <h3> section headings,
// the proactive table with caption rows, the requests table with its three header rows (note cell
// colspan 3 rowspan 3, 申请人情况 colspan 7 …) and group label cells spanning their rows, the
// appeals table with its 15-cell data row. The default numbers are all non-zero and satisfy
// every relation of rules.md; `values` changes a number and keeps the page consistent (totals,
// 本年新收 and appeals totals are recomputed), `cells` overrides the written text of one cell
// and recomputes nothing — that is how a defect is planted.
//
// Text options are HTML fragments: they are inserted as written (so a test may write `&nbsp;`
// or `<br>`).

export type TemplateId = '2019' | '2021';
export type SectionKey = 'overview' | 'proactive' | 'requests' | 'appeals' | 'problems' | 'other';
export type TableKey = 'proactive' | 'requests' | 'appeals';

export const SECTION_KEYS: readonly SectionKey[] = ['overview', 'proactive', 'requests', 'appeals', 'problems', 'other'];

export const CANONICAL_HEADINGS: Readonly<Record<SectionKey, string>> = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  appeals: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};

// ---------------------------------------------------------------------------------------------
// Table `requests`

export const REQUEST_COLUMNS = ['natural-person', 'business', 'research', 'public-interest', 'legal-service', 'other-org', 'total'] as const;
export type RequestColumn = (typeof REQUEST_COLUMNS)[number];
export const APPLICANT_COLUMNS = REQUEST_COLUMNS.slice(0, 6) as readonly RequestColumn[];
const ORG_COLUMNS: readonly RequestColumn[] = ['business', 'research', 'public-interest', 'legal-service', 'other-org'];

export const REQUEST_COLUMN_LABELS: Readonly<Record<RequestColumn, string>> = {
  'natural-person': '自然人', business: '商业企业', research: '科研机构', 'public-interest': '社会公益组织',
  'legal-service': '法律服务机构', 'other-org': '其他', total: '总计',
};

/** The group label spanning every outcome row and （七）总计. */
export const RESULTS_GROUP = '三、本年度办理结果';
const DENIED = '（三）不予公开';
const UNAVAILABLE = '（四）无法提供';
const REJECTED = '（五）不予处理';
const OTHER = '（六）其他处理';

interface RowSpec {
  key: string;
  label: string;
  /** Group label cells to the left of the item label (outermost first); the item spans the rest. */
  groups: readonly string[];
}

const HEAD_ROWS: RowSpec[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', groups: [] },
  { key: 'carried-in', label: '二、上年结转政府信息公开申请数量', groups: [] },
  { key: 'granted', label: '（一）予以公开', groups: [RESULTS_GROUP] },
  { key: 'partly-granted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', groups: [RESULTS_GROUP] },
  { key: 'denied-state-secret', label: '1.属于国家秘密', groups: [RESULTS_GROUP, DENIED] },
  { key: 'denied-prohibited', label: '2.其他法律行政法规禁止公开', groups: [RESULTS_GROUP, DENIED] },
  { key: 'denied-security', label: '3.危及“三安全一稳定”', groups: [RESULTS_GROUP, DENIED] },
  { key: 'denied-third-party', label: '4.保护第三方合法权益', groups: [RESULTS_GROUP, DENIED] },
  { key: 'denied-internal', label: '5.属于三类内部事务信息', groups: [RESULTS_GROUP, DENIED] },
  { key: 'denied-process', label: '6.属于四类过程性信息', groups: [RESULTS_GROUP, DENIED] },
  { key: 'denied-enforcement', label: '7.属于行政执法案卷', groups: [RESULTS_GROUP, DENIED] },
  { key: 'denied-inquiry', label: '8.属于行政查询事项', groups: [RESULTS_GROUP, DENIED] },
  { key: 'unavailable-not-held', label: '1.本机关不掌握相关政府信息', groups: [RESULTS_GROUP, UNAVAILABLE] },
  { key: 'unavailable-needs-creation', label: '2.没有现成信息需要另行制作', groups: [RESULTS_GROUP, UNAVAILABLE] },
  { key: 'unavailable-unclear', label: '3.补正后申请内容仍不明确', groups: [RESULTS_GROUP, UNAVAILABLE] },
  { key: 'rejected-petition', label: '1.信访举报投诉类申请', groups: [RESULTS_GROUP, REJECTED] },
  { key: 'rejected-repeat', label: '2.重复申请', groups: [RESULTS_GROUP, REJECTED] },
  { key: 'rejected-publication', label: '3.要求提供公开出版物', groups: [RESULTS_GROUP, REJECTED] },
  { key: 'rejected-excessive', label: '4.无正当理由大量反复申请', groups: [RESULTS_GROUP, REJECTED] },
  { key: 'rejected-confirmation', label: '5.要求行政机关确认或重新出具已获取信息', groups: [RESULTS_GROUP, REJECTED] },
];
const OTHER_2021: RowSpec[] = [
  { key: 'other-no-correction', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', groups: [RESULTS_GROUP, OTHER] },
  { key: 'other-unpaid-fee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', groups: [RESULTS_GROUP, OTHER] },
  { key: 'other-misc', label: '3.其他', groups: [RESULTS_GROUP, OTHER] },
];
const OTHER_2019: RowSpec[] = [{ key: 'other', label: '（六）其他处理', groups: [RESULTS_GROUP] }];
const TAIL_ROWS: RowSpec[] = [
  { key: 'total', label: '（七）总计', groups: [RESULTS_GROUP] },
  { key: 'carried-out', label: '四、结转下年度继续办理', groups: [] },
];

function requestRowSpecs(t: TemplateId): RowSpec[] {
  return [...HEAD_ROWS, ...(t === '2021' ? OTHER_2021 : OTHER_2019), ...TAIL_ROWS];
}

/** The data rows of `requests` in page order (2021: 25, 2019: 23). */
export function requestRows(t: TemplateId): string[] {
  return requestRowSpecs(t).map((r) => r.key);
}

/** The outcome rows summed into （七）总计 (2021: 21 rows, 2019: 19). */
export function outcomeRows(t: TemplateId): string[] {
  const rows = requestRows(t);
  return rows.slice(rows.indexOf('granted'), rows.indexOf('total'));
}

// ---------------------------------------------------------------------------------------------
// Table `proactive`

interface ColumnSpec { key: string; label: string }
interface BlockSpec { key: string; caption: string; columns: ColumnSpec[]; rows: ColumnSpec[] }

const DECISIONS_2021: ColumnSpec = { key: 'decisions', label: '本年处理决定数量' };
const PREV: ColumnSpec = { key: 'prev-items', label: '上一年项目数量' };
const CHANGE: ColumnSpec = { key: 'change', label: '本年增/减' };
const DECISIONS_2019: ColumnSpec = { key: 'decisions', label: '处理决定数量' };

const PROACTIVE_BLOCKS: Record<TemplateId, BlockSpec[]> = {
  '2021': [
    { key: 'art20-1', caption: '第二十条第（一）项',
      columns: [{ key: 'issued', label: '本年制发件数' }, { key: 'repealed', label: '本年废止件数' }, { key: 'in-force', label: '现行有效件数' }],
      rows: [{ key: 'rules', label: '规章' }, { key: 'normative-docs', label: '行政规范性文件' }] },
    { key: 'art20-5', caption: '第二十条第（五）项', columns: [DECISIONS_2021], rows: [{ key: 'licensing', label: '行政许可' }] },
    { key: 'art20-6', caption: '第二十条第（六）项', columns: [DECISIONS_2021],
      rows: [{ key: 'penalty', label: '行政处罚' }, { key: 'coercion', label: '行政强制' }] },
    { key: 'art20-8', caption: '第二十条第（八）项', columns: [{ key: 'amount', label: '本年收费金额（单位：万元）' }],
      rows: [{ key: 'fees', label: '行政事业性收费' }] },
  ],
  '2019': [
    { key: 'art20-1', caption: '第二十条第（一）项',
      columns: [{ key: 'made', label: '本年新制作数量' }, { key: 'published', label: '本年新公开数量' }, { key: 'total-published', label: '对外公开总数量' }],
      rows: [{ key: 'rules', label: '规章' }, { key: 'normative-docs', label: '规范性文件' }] },
    { key: 'art20-5', caption: '第二十条第（五）项', columns: [PREV, CHANGE, DECISIONS_2019],
      rows: [{ key: 'licensing', label: '行政许可' }, { key: 'other-services', label: '其他对外管理服务事项' }] },
    { key: 'art20-6', caption: '第二十条第（六）项', columns: [PREV, CHANGE, DECISIONS_2019],
      rows: [{ key: 'penalty', label: '行政处罚' }, { key: 'coercion', label: '行政强制' }] },
    { key: 'art20-8', caption: '第二十条第（八）项', columns: [PREV, CHANGE], rows: [{ key: 'fees', label: '行政事业性收费' }] },
    { key: 'art20-9', caption: '第二十条第（九）项',
      columns: [{ key: 'projects', label: '采购项目数量' }, { key: 'amount', label: '采购总金额' }],
      rows: [{ key: 'procurement', label: '政府集中采购' }] },
  ],
};

/** Default proactive numbers, by 'block/row/column'. All non-zero; t2 relations hold. */
const PROACTIVE_DEFAULTS: Record<TemplateId, Record<string, number>> = {
  '2021': {
    'art20-1/rules/issued': 2, 'art20-1/rules/repealed': 1, 'art20-1/rules/in-force': 5,
    'art20-1/normative-docs/issued': 3, 'art20-1/normative-docs/repealed': 1, 'art20-1/normative-docs/in-force': 12,
    'art20-5/licensing/decisions': 146,
    'art20-6/penalty/decisions': 38, 'art20-6/coercion/decisions': 5,
    'art20-8/fees/amount': 12.36,
  },
  '2019': {
    'art20-1/rules/made': 1, 'art20-1/rules/published': 1, 'art20-1/rules/total-published': 4,
    'art20-1/normative-docs/made': 5, 'art20-1/normative-docs/published': 5, 'art20-1/normative-docs/total-published': 37,
    'art20-5/licensing/prev-items': 12, 'art20-5/licensing/change': 2, 'art20-5/licensing/decisions': 318,
    'art20-5/other-services/prev-items': 26, 'art20-5/other-services/change': -1, 'art20-5/other-services/decisions': 57,
    'art20-6/penalty/prev-items': 8, 'art20-6/penalty/change': 1, 'art20-6/penalty/decisions': 3,
    'art20-6/coercion/prev-items': 2, 'art20-6/coercion/change': -1, 'art20-6/coercion/decisions': 1,
    'art20-8/fees/prev-items': 4, 'art20-8/fees/change': -1,
    'art20-9/procurement/projects': 14, 'art20-9/procurement/amount': 186.5,
  },
};

/** The proactive value cells of a template, as 'block/row/column'. */
export function proactiveCells(t: TemplateId): string[] {
  return PROACTIVE_BLOCKS[t].flatMap((b) => b.rows.flatMap((r) => b.columns.map((c) => `${b.key}/${r.key}/${c.key}`)));
}

// ---------------------------------------------------------------------------------------------
// Table `appeals`

export const APPEAL_GROUPS = ['review', 'suit-direct', 'suit-after-review'] as const;
export type AppealGroup = (typeof APPEAL_GROUPS)[number];
export const APPEAL_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type AppealColumn = (typeof APPEAL_COLUMNS)[number];
const APPEAL_PARTS: readonly AppealColumn[] = ['upheld', 'corrected', 'other', 'pending'];
const APPEAL_COLUMN_LABELS: Record<AppealColumn, string> = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计' };
const APPEAL_GROUP_LABELS: Record<AppealGroup | 'suits', string> = {
  review: '行政复议', suits: '行政诉讼', 'suit-direct': '未经复议直接起诉', 'suit-after-review': '复议后起诉',
};
const APPEAL_DEFAULTS: Record<AppealGroup, number[]> = {
  review: [2, 1, 1, 1],
  'suit-direct': [1, 1, 1, 1],
  'suit-after-review': [1, 2, 1, 1],
};

// ---------------------------------------------------------------------------------------------
// Options

export interface ExtraRequestRow {
  /** The row key after which the extra row stands. */
  after: string;
  label: string;
  /** Group labels to its left (e.g. [RESULTS_GROUP] inside the outcome rows); default none. */
  groups?: string[];
  /** One text per present column (7 by default). */
  values: string[];
}

export interface ExtraProactiveRow {
  /** 'block/row' after which the extra row stands. */
  after: string;
  label: string;
  /** One text per column of the block. */
  values: string[];
}

export interface ReportOptions {
  template?: TemplateId;
  /** The templates the proactive / requests tables are written in (default: `template`), for mixed pages. */
  proactiveTemplate?: TemplateId;
  requestsTemplate?: TemplateId;
  /** Report year (default 2023 for the 2021 template, 2020 for the 2019 one). */
  year?: number;
  /** The body named in the title (default 宁安市生态环境局, a department). */
  agency?: string;
  /** The title line (<h1> and <title>); null: no title. Default `${agency}${year}年政府信息公开工作年度报告`. */
  title?: string | null;
  /** 来源 line; null: none. Default: the agency. */
  source?: string | null;
  /** The paragraph opening the report (the statistics-period sentence lives here); null: none. */
  intro?: string | null;
  /** Heading text per section; null omits the heading only (its body and table stay). */
  headings?: Partial<Record<SectionKey, string | null>>;
  /** The order the sections appear in (default 一 → 六). A section left out of the list is omitted entirely. */
  order?: SectionKey[];
  /** Body paragraphs of 一, 五 and 六 (a string is one paragraph; '' or [] is an empty body). */
  overview?: string | string[];
  problems?: string | string[];
  other?: string | string[];
  /** Extra paragraphs at the start of a section with a table (before the table). */
  notes?: Partial<Record<'proactive' | 'requests' | 'appeals', string | string[]>>;
  /** Signature date line closing the report (e.g. '2024年1月20日'); null: none. */
  signature?: string | null;
  /** Page publication date written as 「发布日期：…」 above the report; null: none. */
  published?: string | null;
  /** <meta name="PubDate" content="…">; default none. */
  publishedMeta?: string | null;
  /**
   * Consistent changes of numbers (totals, 本年新收 and appeals totals are recomputed):
   * requests 'row/column' for outcome rows, carried-in and carried-out × the six applicant columns;
   * appeals 'group/column' for upheld, corrected, other, pending; proactive 'block/row/column'.
   */
  values?: { proactive?: Record<string, number>; requests?: Record<string, number>; appeals?: Record<string, number> };
  /** Raw text of individual cells, by canonical keys; nothing is recomputed. */
  cells?: { proactive?: Record<string, string>; requests?: Record<string, string>; appeals?: Record<string, string> };
  /** Row label overrides: requests row key, proactive 'block/row', appeals group key (or 'suits' for 行政诉讼). */
  rowLabels?: { requests?: Record<string, string>; proactive?: Record<string, string>; appeals?: Record<string, string> };
  /** Column header overrides: requests column key, proactive 'block/column', appeals 'group/column'. */
  columnLabels?: { requests?: Record<string, string>; proactive?: Record<string, string>; appeals?: Record<string, string> };
  /** Proactive caption overrides by block key. */
  captions?: Record<string, string>;
  extraRows?: { requests?: ExtraRequestRow[]; proactive?: ExtraProactiveRow[] };
  remove?: {
    /** Tables left out (their headings stay). */
    tables?: TableKey[];
    /** Proactive blocks left out (caption, header and rows). */
    blocks?: string[];
    /** requests row keys, proactive 'block/row', appeals group keys. */
    rows?: { requests?: string[]; proactive?: string[]; appeals?: string[] };
    /** requests column keys, proactive 'block/column', appeals 'group/column'. */
    columns?: { requests?: string[]; proactive?: string[]; appeals?: string[] };
  };
  /** Split the requests table into several <table>s after these row keys. */
  splitRequestsAfter?: string[];
  /** A trailing row of 15 borderless &nbsp; cells after the appeals data row (seen on Word exports). */
  appealsTrailingRow?: boolean;
}

export interface ResolvedOptions {
  template: TemplateId;
  proactiveTemplate: TemplateId;
  requestsTemplate: TemplateId;
  year: number;
  agency: string;
  title: string | null;
}

export function resolve(o: ReportOptions = {}): ResolvedOptions {
  const template = o.template ?? '2021';
  const year = o.year ?? (template === '2021' ? 2023 : 2020);
  const agency = o.agency ?? '宁安市生态环境局';
  const title = o.title === undefined ? `${agency}${year}年政府信息公开工作年度报告` : o.title;
  return {
    template, year, agency, title,
    proactiveTemplate: o.proactiveTemplate ?? template,
    requestsTemplate: o.requestsTemplate ?? template,
  };
}

// ---------------------------------------------------------------------------------------------
// Numbers

export interface ReportNumbers {
  /** 'block/row/column' → number. */
  proactive: Record<string, number>;
  /** 'row/column' → number, totals and 本年新收 included. */
  requests: Record<string, number>;
  /** 'group/column' → number, totals included. */
  appeals: Record<string, number>;
}

function setOnly(target: Record<string, number>, overrides: Record<string, number> | undefined, allowed: Set<string>, table: string) {
  for (const [k, v] of Object.entries(overrides ?? {})) {
    if (!allowed.has(k)) throw new Error(`report-builder: values.${table}['${k}'] is not a base value (totals and 本年新收 are computed)`);
    target[k] = v;
  }
}

/** The consistent numbers of the page (before `cells` overrides): what every relation holds on. */
export function reportNumbers(options: ReportOptions = {}): ReportNumbers {
  const r = resolve(options);
  const removedRows = new Set(options.remove?.rows?.requests ?? []);
  const removedCols = new Set(options.remove?.columns?.requests ?? []);

  // proactive: plain numbers
  const proactive: Record<string, number> = { ...PROACTIVE_DEFAULTS[r.proactiveTemplate] };
  setOnly(proactive, options.values?.proactive, new Set(Object.keys(proactive)), 'proactive');

  // requests: outcome parts, carried-in and carried-out per applicant column; the rest is derived.
  const t = r.requestsTemplate;
  const outcomes = outcomeRows(t);
  const base: Record<string, number> = {};
  outcomes.forEach((row, i) => APPLICANT_COLUMNS.forEach((c, j) => { base[`${row}/${c}`] = 1 + ((i + 2 * j) % 3); }));
  APPLICANT_COLUMNS.forEach((c, j) => {
    base[`carried-in/${c}`] = 1 + (j % 2);
    base[`carried-out/${c}`] = 2 - (j % 2);
  });
  setOnly(base, options.values?.requests, new Set(Object.keys(base)), 'requests');
  const v = (row: string, c: string) => (removedRows.has(row) || removedCols.has(c) ? 0 : base[`${row}/${c}`] ?? 0);
  const requests: Record<string, number> = {};
  for (const c of APPLICANT_COLUMNS) {
    for (const row of [...outcomes, 'carried-in', 'carried-out']) requests[`${row}/${c}`] = v(row, c);
    requests[`total/${c}`] = outcomes.reduce((s, row) => s + v(row, c), 0);
    requests[`new/${c}`] = requests[`total/${c}`]! + requests[`carried-out/${c}`]! - requests[`carried-in/${c}`]!;
    if (requests[`new/${c}`]! < 0) throw new Error(`report-builder: 本年新收 would be negative in column ${c}`);
  }
  for (const row of requestRows(t)) {
    requests[`${row}/total`] = APPLICANT_COLUMNS.reduce((s, c) => s + requests[`${row}/${c}`]!, 0);
  }

  // appeals
  const appeals: Record<string, number> = {};
  for (const g of APPEAL_GROUPS) APPEAL_PARTS.forEach((c, i) => { appeals[`${g}/${c}`] = APPEAL_DEFAULTS[g][i]!; });
  setOnly(appeals, options.values?.appeals, new Set(Object.keys(appeals)), 'appeals');
  for (const g of APPEAL_GROUPS) appeals[`${g}/total`] = APPEAL_PARTS.reduce((s, c) => s + appeals[`${g}/${c}`]!, 0);

  return { proactive, requests, appeals };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function written(n: number, signed: boolean): string {
  const s = String(round(n));
  return signed && n > 0 ? `+${s}` : s;
}

/** The text written in every value cell (numbers, then `cells` overrides), by canonical keys. */
export function reportCells(options: ReportOptions = {}): { proactive: Record<string, string>; requests: Record<string, string>; appeals: Record<string, string> } {
  const n = reportNumbers(options);
  const proactive: Record<string, string> = {};
  for (const [k, v] of Object.entries(n.proactive)) proactive[k] = written(v, k.endsWith('/change'));
  const requests: Record<string, string> = {};
  for (const [k, v] of Object.entries(n.requests)) requests[k] = written(v, false);
  const appeals: Record<string, string> = {};
  for (const [k, v] of Object.entries(n.appeals)) appeals[k] = written(v, false);
  const check = (table: string, target: Record<string, string>, over: Record<string, string> | undefined) => {
    for (const [k, v] of Object.entries(over ?? {})) {
      if (!(k in target)) throw new Error(`report-builder: cells.${table}['${k}'] is not a cell of this page`);
      target[k] = v;
    }
  };
  check('proactive', proactive, options.cells?.proactive);
  check('requests', requests, options.cells?.requests);
  check('appeals', appeals, options.cells?.appeals);
  return { proactive, requests, appeals };
}

// ---------------------------------------------------------------------------------------------
// HTML

function paragraphs(body: string | string[] | undefined, fallback: string[]): string {
  const list = body === undefined ? fallback : typeof body === 'string' ? (body === '' ? [] : [body]) : body;
  return list.map((p) => `        <p>${p}</p>`).join('\n');
}

function proactiveTable(options: ReportOptions, r: ResolvedOptions, cells: Record<string, string>): string {
  const removedBlocks = new Set(options.remove?.blocks ?? []);
  const removedRows = new Set(options.remove?.rows?.proactive ?? []);
  const removedCols = new Set(options.remove?.columns?.proactive ?? []);
  const rowLabels = options.rowLabels?.proactive ?? {};
  const colLabels = options.columnLabels?.proactive ?? {};
  const extras = options.extraRows?.proactive ?? [];
  const WIDTH = 4;
  const out: string[] = [];
  const valueCells = (values: string[]) => values.map((v, i) => {
    const span = i === values.length - 1 ? WIDTH - values.length : 1;
    return `<td${span > 1 ? ` colspan="${span}"` : ''}>${v}</td>`;
  }).join('');
  for (const block of PROACTIVE_BLOCKS[r.proactiveTemplate]) {
    if (removedBlocks.has(block.key)) continue;
    const columns = block.columns.filter((c) => !removedCols.has(`${block.key}/${c.key}`));
    out.push(`            <tr><th colspan="${WIDTH}">${options.captions?.[block.key] ?? block.caption}</th></tr>`);
    out.push(`            <tr><th>信息内容</th>${columns.map((c, i) => {
      const span = i === columns.length - 1 ? WIDTH - columns.length : 1;
      return `<th${span > 1 ? ` colspan="${span}"` : ''}>${colLabels[`${block.key}/${c.key}`] ?? c.label}</th>`;
    }).join('')}</tr>`);
    for (const row of block.rows) {
      const id = `${block.key}/${row.key}`;
      if (!removedRows.has(id)) {
        const values = columns.map((c) => cells[`${id}/${c.key}`]!);
        out.push(`            <tr><td class="lbl">${rowLabels[id] ?? row.label}</td>${valueCells(values)}</tr>`);
      }
      for (const x of extras.filter((e) => e.after === id)) {
        out.push(`            <tr><td class="lbl">${x.label}</td>${valueCells(x.values)}</tr>`);
      }
    }
  }
  return `        <table class="xxgk-table" border="1" cellspacing="0" cellpadding="0">\n          <tbody>\n${out.join('\n')}\n          </tbody>\n        </table>`;
}

interface RenderRow { groups: readonly string[]; label: string; values: string[] }

function requestsTables(options: ReportOptions, r: ResolvedOptions, cells: Record<string, string>): string {
  const removedRows = new Set(options.remove?.rows?.requests ?? []);
  const removedCols = new Set(options.remove?.columns?.requests ?? []);
  const columns = REQUEST_COLUMNS.filter((c) => !removedCols.has(c));
  const colLabel = (c: RequestColumn) => options.columnLabels?.requests?.[c] ?? REQUEST_COLUMN_LABELS[c];
  const rowLabels = options.rowLabels?.requests ?? {};
  const extras = options.extraRows?.requests ?? [];
  const splits = new Set(options.splitRequestsAfter ?? []);

  // Logical rows, split into parts.
  const parts: RenderRow[][] = [[]];
  const place = (row: RenderRow, splitAfter: boolean) => {
    parts[parts.length - 1]!.push(row);
    if (splitAfter) parts.push([]);
  };
  for (const spec of requestRowSpecs(r.requestsTemplate)) {
    if (!removedRows.has(spec.key)) {
      place({ groups: spec.groups, label: rowLabels[spec.key] ?? spec.label, values: columns.map((c) => cells[`${spec.key}/${c}`]!) }, false);
    }
    for (const x of extras.filter((e) => e.after === spec.key)) place({ groups: x.groups ?? [], label: x.label, values: x.values }, false);
    if (splits.has(spec.key)) parts.push([]);
  }

  const orgs = ORG_COLUMNS.filter((c) => columns.includes(c));
  const header = [
    `            <tr><th rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan="${columns.length}">申请人情况</th></tr>`,
    `            <tr>${columns.includes('natural-person') ? `<th rowspan="2">${colLabel('natural-person')}</th>` : ''}${orgs.length ? `<th colspan="${orgs.length}">法人或其他组织</th>` : ''}${columns.includes('total') ? `<th rowspan="2">${colLabel('total')}</th>` : ''}</tr>`,
    `            <tr>${orgs.map((c) => `<th>${colLabel(c)}</th>`).join('')}</tr>`,
  ];

  const tables = parts.filter((p) => p.length > 0).map((rows, partIndex) => {
    const lines: string[] = partIndex === 0 ? [...header] : [];
    rows.forEach((row, i) => {
      let html = '';
      row.groups.forEach((g, level) => {
        const sameAs = (other: RenderRow | undefined) => !!other && other.groups.length > level && other.groups.slice(0, level + 1).every((x, k) => x === row.groups[k]);
        if (sameAs(rows[i - 1])) return; // covered by the cell above
        let span = 1;
        while (sameAs(rows[i + span])) span++;
        html += `<td${span > 1 ? ` rowspan="${span}"` : ''} class="lbl">${g}</td>`;
      });
      const labelSpan = 3 - row.groups.length;
      html += `<td${labelSpan > 1 ? ` colspan="${labelSpan}"` : ''} class="lbl">${row.label}</td>`;
      html += row.values.map((v) => `<td>${v}</td>`).join('');
      lines.push(`            <tr>${html}</tr>`);
    });
    return `        <table class="xxgk-table" border="1" cellspacing="0" cellpadding="0">\n          <tbody>\n${lines.join('\n')}\n          </tbody>\n        </table>`;
  });
  return tables.join('\n        <p>&nbsp;</p>\n');
}

function appealsTable(options: ReportOptions, cells: Record<string, string>): string {
  const removedGroups = new Set(options.remove?.rows?.appeals ?? []);
  const removedCols = new Set(options.remove?.columns?.appeals ?? []);
  const groupLabel = (g: AppealGroup | 'suits') => options.rowLabels?.appeals?.[g] ?? APPEAL_GROUP_LABELS[g];
  const colLabel = (g: AppealGroup, c: AppealColumn) => options.columnLabels?.appeals?.[`${g}/${c}`] ?? APPEAL_COLUMN_LABELS[c];
  const cols = (g: AppealGroup) => (removedGroups.has(g) ? [] : APPEAL_COLUMNS.filter((c) => !removedCols.has(`${g}/${c}`)));
  const review = cols('review');
  const direct = cols('suit-direct');
  const after = cols('suit-after-review');
  const suits = direct.length + after.length;
  const th = (text: string, attrs = '') => `<th${attrs}>${text}</th>`;
  const row1 = (review.length ? th(groupLabel('review'), ` colspan="${review.length}"`) : '') + (suits ? th(groupLabel('suits'), ` colspan="${suits}"`) : '');
  const row2 = review.map((c) => th(colLabel('review', c), ' rowspan="2"')).join('')
    + (direct.length ? th(groupLabel('suit-direct'), ` colspan="${direct.length}"`) : '')
    + (after.length ? th(groupLabel('suit-after-review'), ` colspan="${after.length}"`) : '');
  const row3 = [...direct.map((c) => th(colLabel('suit-direct', c))), ...after.map((c) => th(colLabel('suit-after-review', c)))].join('');
  const data = [
    ...review.map((c) => cells[`review/${c}`]!),
    ...direct.map((c) => cells[`suit-direct/${c}`]!),
    ...after.map((c) => cells[`suit-after-review/${c}`]!),
  ].map((v) => `<td>${v}</td>`).join('');
  return [
    '        <table class="xxgk-table" border="1" cellspacing="0" cellpadding="0">',
    '          <tbody>',
    `            <tr>${row1}</tr>`,
    `            <tr>${row2}</tr>`,
    `            <tr>${row3}</tr>`,
    `            <tr>${data}</tr>`,
    ...(options.appealsTrailingRow ? [`            <tr>${'<td style="border:none">&nbsp;</td>'.repeat(review.length + suits)}</tr>`] : []),
    '          </tbody>',
    '        </table>',
  ].join('\n');
}

/** The HTML of the report page. */
export function buildReportHtml(options: ReportOptions = {}): string {
  const r = resolve(options);
  const cells = reportCells(options);
  const removedTables = new Set(options.remove?.tables ?? []);
  const { year, agency } = r;
  const next = year + 1;
  const signature = options.signature === undefined ? `${next}年1月20日` : options.signature;
  const published = options.published === undefined ? `${next}-01-25` : options.published;
  const source = options.source === undefined ? agency : options.source;
  const intro = options.intro === undefined
    ? `为全面、准确反映${agency}${year}年度政府信息公开工作情况，根据《中华人民共和国政府信息公开条例》第五十条规定编制本报告。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。如对本报告有疑问，请与本机关办公室联系。`
    : options.intro;

  const bodies: Record<SectionKey, string> = {
    overview: paragraphs(options.overview, [
      `${year}年，${agency}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开，政府信息公开工作取得新的成效。`,
      '全年通过门户网站、政务新媒体等渠道主动公开政府信息，依法办理政府信息公开申请，答复文书均载明依据、理由和救济途径。',
    ]),
    proactive: [paragraphs(options.notes?.proactive, []), removedTables.has('proactive') ? '' : proactiveTable(options, r, cells.proactive)].filter(Boolean).join('\n'),
    requests: [paragraphs(options.notes?.requests, []), removedTables.has('requests') ? '' : requestsTables(options, r, cells.requests)].filter(Boolean).join('\n'),
    appeals: [paragraphs(options.notes?.appeals, []), removedTables.has('appeals') ? '' : appealsTable(options, cells.appeals)].filter(Boolean).join('\n'),
    problems: paragraphs(options.problems, [
      '一是政策解读的形式还不够丰富，图解、视频等解读方式运用不多；二是依申请公开答复文书的说理还不够充分。',
      '下一步，我们将丰富解读形式，加强依申请公开业务培训，进一步规范答复文书，不断提升政府信息公开工作质量。',
    ]),
    other: paragraphs(options.other, [
      '（一）本年度本机关未收取信息处理费。',
      '（二）本年度无其他需要报告的事项。',
    ]),
  };

  const sections = (options.order ?? SECTION_KEYS).map((key) => {
    const heading = options.headings?.[key] === undefined ? CANONICAL_HEADINGS[key] : options.headings[key];
    return [heading === null ? '' : `        <h3>${heading}</h3>`, bodies[key]].filter(Boolean).join('\n');
  });

  const docTitle = r.title ?? '详细信息';
  const meta = options.publishedMeta ? `\n  <meta name="PubDate" content="${options.publishedMeta}">` : '';
  const metaLines = [
    source !== null ? `<p>来源：${source}</p>` : '',
    published !== null ? `<p>发布日期：${published}</p>` : '',
  ].filter(Boolean).join('');

  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>${docTitle}_政府信息公开年报</title>${meta}
</head>
<body>
  <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwgk/xxgknb/">政府信息公开年报</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgknb/">政府信息公开年报</a></div>
  <div class="main">
${r.title !== null ? `    <h1>${r.title}</h1>\n` : ''}    <div class="meta">${metaLines}</div>
    <div class="article-content">
${intro !== null ? `        <p>${intro}</p>\n` : ''}${sections.join('\n')}
${signature !== null ? `        <div class="sign"><p>${agency}</p><p>${signature}</p></div>\n` : ''}    </div>
    <div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
  </div>
  <div class="footer">
    <p><a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></p>
    <p>主办单位：宁安市人民政府办公室</p>
    <p>网站标识码：2310840001　黑ICP备05009712号</p>
  </div>
</body>
</html>
`;
}
