// The 2021 template (国办公开办函〔2021〕30号), used for reports of 2021 onward.
import { appealRelations } from './appeals';
import { requestRelations, requestRowsFor } from './requests';
import type { ProactiveBlockDef, Relation, Template } from './types';

const DECISIONS = { key: 'decisions', label: '本年处理决定数量', keywords: [/处理决定/, /决定数量/] };

const PROACTIVE: readonly ProactiveBlockDef[] = [
  { key: 'art20-1', item: 1,
    columns: [
      { key: 'issued', label: '本年制发件数', keywords: [/制发/, /新制作/] },
      { key: 'repealed', label: '本年废止件数', keywords: [/废止/] },
      { key: 'in-force', label: '现行有效件数', keywords: [/现行有效/, /有效件数/] },
    ],
    rows: [
      { key: 'rules', label: '规章', keywords: [/^规章$/] },
      { key: 'normative-docs', label: '行政规范性文件', variants: ['规范性文件'], keywords: [/规范性文件/] },
    ] },
  { key: 'art20-5', item: 5, columns: [DECISIONS],
    rows: [{ key: 'licensing', label: '行政许可', keywords: [/行政许可/] }] },
  { key: 'art20-6', item: 6, columns: [DECISIONS],
    rows: [
      { key: 'penalty', label: '行政处罚', keywords: [/行政处罚/] },
      { key: 'coercion', label: '行政强制', keywords: [/行政强制/] },
    ] },
  { key: 'art20-8', item: 8,
    columns: [{ key: 'amount', label: '本年收费金额', keywords: [/收费金额/, /金额/] }],
    rows: [{ key: 'fees', label: '行政事业性收费', keywords: [/事业性收费/] }] },
];

function proactiveRelations(): Relation[] {
  return ['rules', 'normative-docs'].map((row) => {
    const at = (column: string) => ({ table: 'proactive' as const, block: 'art20-1', row, column });
    return {
      rule: 't2-valid-floor', at: at('in-force'), op: 'ge', sum: false,
      left: [{ cell: at('in-force'), coef: 1 }],
      right: [{ cell: at('issued'), coef: 1 }, { cell: at('repealed'), coef: -1 }],
    } satisfies Relation;
  });
}

export const TEMPLATE_2021: Template = {
  id: '2021',
  proactive: PROACTIVE,
  requestRows: requestRowsFor('2021'),
  relations: [...proactiveRelations(), ...requestRelations('2021'), ...appealRelations()],
};
