// Table `requests` (section 三): columns and rows of both templates, and its relations.
import type { LabelDef, Relation, RowDef, TemplateId, Term } from './types';

export const REQUEST_COLUMNS: readonly LabelDef[] = [
  { key: 'natural-person', label: '自然人', keywords: [/自然人/] },
  { key: 'business', label: '商业企业', keywords: [/商业/, /企业/] },
  { key: 'research', label: '科研机构', keywords: [/科研/] },
  { key: 'public-interest', label: '社会公益组织', variants: ['社会组织', '公益组织', '社会团体'], keywords: [/公益/, /社会组织/] },
  { key: 'legal-service', label: '法律服务机构', keywords: [/法律服务/] },
  { key: 'other-org', label: '其他', variants: ['其他组织'], keywords: [/^其他/] },
  { key: 'total', label: '总计', variants: ['合计'], keywords: [/总计/, /合计/] },
];

/** The six applicant columns summed into `total`. */
export const APPLICANT_COLUMNS = REQUEST_COLUMNS.slice(0, 6).map((c) => c.key);

/** Group labels that carry no numbers (三、本年度办理结果, （三）不予公开 …). */
export const REQUEST_GROUPS: readonly RegExp[] = [/本年度办理结果/, /办理结果/, /不予公开/, /无法提供/, /不予处理/, /其他处理/];

export const REQUEST_ROWS: readonly RowDef[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', keywords: [/本年新收/, /新收.{0,8}申请/] },
  { key: 'carried-in', label: '二、上年结转政府信息公开申请数量', keywords: [/上年结转/, /上一?年度?结转/] },
  { key: 'granted', label: '(一)予以公开', keywords: [/予以公开/] },
  { key: 'partly-granted', label: '(二)部分公开(区分处理的,只计这一情形,不计其他情形)', keywords: [/部分公开/] },
  { key: 'denied-state-secret', label: '1.属于国家秘密', keywords: [/国家秘密/] },
  { key: 'denied-prohibited', label: '2.其他法律行政法规禁止公开', variants: ['2.其他法律法规禁止公开'], keywords: [/禁止公开/] },
  { key: 'denied-security', label: '3.危及“三安全一稳定”', keywords: [/三安全一稳定/, /危及/] },
  { key: 'denied-third-party', label: '4.保护第三方合法权益', keywords: [/第三方/] },
  { key: 'denied-internal', label: '5.属于三类内部事务信息', keywords: [/内部事务/] },
  { key: 'denied-process', label: '6.属于四类过程性信息', keywords: [/过程性/] },
  { key: 'denied-enforcement', label: '7.属于行政执法案卷', keywords: [/执法案卷/] },
  { key: 'denied-inquiry', label: '8.属于行政查询事项', keywords: [/行政查询/, /查询事/] },
  { key: 'unavailable-not-held', label: '1.本机关不掌握相关政府信息', keywords: [/不掌握/] },
  { key: 'unavailable-needs-creation', label: '2.没有现成信息需要另行制作', keywords: [/另行制作/, /没有现成/] },
  { key: 'unavailable-unclear', label: '3.补正后申请内容仍不明确', keywords: [/仍不明确/, /补正后/] },
  { key: 'rejected-petition', label: '1.信访举报投诉类申请', keywords: [/信访/, /举报投诉/] },
  { key: 'rejected-repeat', label: '2.重复申请', keywords: [/重复申请/] },
  { key: 'rejected-publication', label: '3.要求提供公开出版物', keywords: [/出版物/] },
  { key: 'rejected-excessive', label: '4.无正当理由大量反复申请', keywords: [/大量反复/, /反复申请/] },
  { key: 'rejected-confirmation', label: '5.要求行政机关确认或重新出具已获取信息', keywords: [/重新出具/, /确认或/] },
  { key: 'other-no-correction', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', only: '2021', keywords: [/不补正/] },
  { key: 'other-unpaid-fee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', only: '2021', keywords: [/缴纳费用/, /收费通知/] },
  { key: 'other-misc', label: '3.其他', only: '2021', keywords: [/^其他$/] },
  { key: 'other', label: '(六)其他处理', only: '2019', keywords: [/^其他处理$/] },
  { key: 'total', label: '(七)总计', variants: ['(七)合计'], keywords: [/^总计$/, /^合计$/] },
  { key: 'carried-out', label: '四、结转下年度继续办理', variants: ['四、结转下一年度继续办理'], keywords: [/结转下/] },
];

export function requestRowsFor(template: TemplateId): RowDef[] {
  return REQUEST_ROWS.filter((r) => !r.only || r.only === template);
}

/** The outcome rows summed into `total`: granted … other-misc (2021) or granted … other (2019). */
export function outcomeRows(template: TemplateId): string[] {
  const rows = requestRowsFor(template).map((r) => r.key);
  return rows.slice(rows.indexOf('granted'), rows.indexOf('total'));
}

const cell = (row: string, column: string): Term => ({ cell: { table: 'requests', block: null, row, column }, coef: 1 });

export function requestRelations(template: TemplateId): Relation[] {
  const rels: Relation[] = [];
  const dataRows = requestRowsFor(template).map((r) => r.key);
  const columns = REQUEST_COLUMNS.map((c) => c.key);
  for (const row of dataRows) {
    rels.push({
      rule: 't3-row-total', at: { table: 'requests', block: null, row, column: 'total' }, op: 'eq', sum: true,
      left: [cell(row, 'total')], right: APPLICANT_COLUMNS.map((c) => cell(row, c)),
    });
  }
  for (const column of columns) {
    rels.push({
      rule: 't3-results-total', at: { table: 'requests', block: null, row: 'total', column }, op: 'eq', sum: true,
      left: [cell('total', column)], right: outcomeRows(template).map((r) => cell(r, column)),
    });
  }
  for (const column of columns) {
    rels.push({
      rule: 't3-balance', at: { table: 'requests', block: null, row: null, column }, op: 'eq', sum: false,
      left: [cell('total', column), cell('carried-out', column)], right: [cell('new', column), cell('carried-in', column)],
    });
  }
  return rels;
}
