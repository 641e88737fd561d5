// The 2019 trial template (国办公开办函〔2019〕60号), used for the 2019 and 2020 reports.
import { appealRelations } from './appeals';
import { requestRelations, requestRowsFor } from './requests';
import type { LabelDef, ProactiveBlockDef, Relation, Template } from './types';

const PREV: LabelDef = { key: 'prev-items', label: '上一年项目数量', keywords: [/上一?年.{0,2}项目/] };
const CHANGE: LabelDef = { key: 'change', label: '本年增/减', variants: ['本年增减', '本年增(减)'], keywords: [/增.?减/] };
const DECISIONS: LabelDef = { key: 'decisions', label: '处理决定数量', keywords: [/处理决定/, /决定数量/] };

const PROACTIVE: readonly ProactiveBlockDef[] = [
  { key: 'art20-1', item: 1,
    columns: [
      { key: 'made', label: '本年新制作数量', keywords: [/新制作/, /制作数量/] },
      { key: 'published', label: '本年新公开数量', keywords: [/新公开/] },
      { key: 'total-published', label: '对外公开总数量', keywords: [/公开总数/, /总数量/] },
    ],
    rows: [
      { key: 'rules', label: '规章', keywords: [/^规章$/] },
      { key: 'normative-docs', label: '规范性文件', variants: ['行政规范性文件'], keywords: [/规范性文件/] },
    ] },
  { key: 'art20-5', item: 5, columns: [PREV, CHANGE, DECISIONS],
    rows: [
      { key: 'licensing', label: '行政许可', keywords: [/行政许可/] },
      { key: 'other-services', label: '其他对外管理服务事项', keywords: [/对外管理服务/, /管理服务事项/] },
    ] },
  { key: 'art20-6', item: 6, columns: [PREV, CHANGE, DECISIONS],
    rows: [
      { key: 'penalty', label: '行政处罚', keywords: [/行政处罚/] },
      { key: 'coercion', label: '行政强制', keywords: [/行政强制/] },
    ] },
  { key: 'art20-8', item: 8, columns: [PREV, CHANGE],
    rows: [{ key: 'fees', label: '行政事业性收费', keywords: [/事业性收费/] }] },
  { key: 'art20-9', item: 9,
    columns: [
      { key: 'projects', label: '采购项目数量', keywords: [/采购项目/] },
      { key: 'amount', label: '采购总金额', keywords: [/总金额/, /采购金额/] },
    ],
    rows: [{ key: 'procurement', label: '政府集中采购', keywords: [/集中采购/] }] },
];

function proactiveRelations(): Relation[] {
  const rels: Relation[] = [];
  for (const row of ['rules', 'normative-docs']) {
    const at = (column: string) => ({ table: 'proactive' as const, block: 'art20-1', row, column });
    rels.push({
      rule: 't2-2019-total-ge-new', at: at('total-published'), op: 'ge', sum: false,
      left: [{ cell: at('total-published'), coef: 1 }], right: [{ cell: at('published'), coef: 1 }],
    });
  }
  for (const block of PROACTIVE.filter((b) => b.columns.includes(CHANGE))) {
    for (const { key: row } of block.rows) {
      const at = (column: string) => ({ table: 'proactive' as const, block: block.key, row, column });
      rels.push({
        rule: 't2-2019-count-nonneg', at: at('change'), op: 'ge', sum: false,
        left: [{ cell: at('prev-items'), coef: 1 }, { cell: at('change'), coef: 1 }], right: [],
      });
    }
  }
  return rels;
}

export const TEMPLATE_2019: Template = {
  id: '2019',
  proactive: PROACTIVE,
  requestRows: requestRowsFor('2019'),
  relations: [...proactiveRelations(), ...requestRelations('2019'), ...appealRelations()],
};
