// Table `appeals` (section 四), the same in both templates: one page row, three logical rows.
import type { LabelDef, Relation, RelationRule, Term } from './types';

export const APPEAL_GROUPS: readonly LabelDef[] = [
  { key: 'suit-direct', label: '未经复议直接起诉', keywords: [/未经复议/, /直接起诉/] },
  { key: 'suit-after-review', label: '复议后起诉', keywords: [/复议后/] },
  { key: 'review', label: '行政复议', keywords: [/行政复议/] },
];

export const APPEAL_COLUMNS: readonly LabelDef[] = [
  { key: 'upheld', label: '结果维持', keywords: [/维持/] },
  { key: 'corrected', label: '结果纠正', keywords: [/纠正/] },
  { key: 'other', label: '其他结果', keywords: [/其他/] },
  { key: 'pending', label: '尚未审结', keywords: [/未审结/, /审理中/] },
  { key: 'total', label: '总计', variants: ['合计'], keywords: [/总计/, /合计/] },
];

/** The groups in page order (the order of APPEAL_GROUPS is the matching order). */
export const APPEAL_ROW_ORDER = ['review', 'suit-direct', 'suit-after-review'] as const;

const RULES: Record<(typeof APPEAL_ROW_ORDER)[number], RelationRule> = {
  review: 't4-review-total',
  'suit-direct': 't4-direct-total',
  'suit-after-review': 't4-after-review-total',
};

export function appealRelations(): Relation[] {
  return APPEAL_ROW_ORDER.map((row) => {
    const term = (column: string): Term => ({ cell: { table: 'appeals', block: null, row, column }, coef: 1 });
    return {
      rule: RULES[row], at: { table: 'appeals', block: null, row, column: 'total' }, op: 'eq', sum: true,
      left: [term('total')], right: ['upheld', 'corrected', 'other', 'pending'].map(term),
    };
  });
}
