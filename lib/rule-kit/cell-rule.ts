// A factory for the rules that look at one value cell at a time.
import type { ModelCell, ReportModel } from '../model';
import { draftCell } from './facts';
import { cellPlace, finding, sectionOf, where } from './draft';
import type { FindingDraft, Rule, RuleContext, RuleMeta } from './types';

const cellLists = new WeakMap<ReportModel, ModelCell[]>();

/** Every value cell of the report, listed once per report. */
export function allCells(report: ReportModel): ModelCell[] {
  let out = cellLists.get(report);
  if (!out) {
    out = [];
    for (const t of Object.values(report.tables)) if (t) out.push(...Object.values(t.cells));
    cellLists.set(report, out);
  }
  return out;
}

/** `test` returns the message params for a cell that breaks the rule, or null. */
export function cellRule(meta: RuleMeta<'cell'>, test: (c: ModelCell, ctx: RuleContext) => Record<string, string | number> | null): Rule<'cell'> {
  return {
    meta,
    check(ctx) {
      const cells = allCells(ctx.report);
      const findings: FindingDraft<'cell'>[] = [];
      for (const c of cells) {
        const params = test(c, ctx);
        if (!params) continue;
        findings.push(finding('cell', { section: sectionOf(c.table), table: c.table, block: c.block, row: c.row, column: c.column }, {
          actual: c.value.value,
          params: { where: where(c.table, c.block, ctx.lang), place: cellPlace(c, ctx.lang), text: c.value.text, ...params },
          cells: [draftCell(c, 'value')],
        }));
      }
      return { checked: cells.length, findings };
    },
  };
}
