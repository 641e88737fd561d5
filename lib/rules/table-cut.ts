import { tableName } from '../i18n/terms';
import { finding } from '../rule-kit/draft';
import type { FindingDraft } from '../rule-kit/types';
import { defineRule } from '../rule-kit/types';

/** A table the file cut at the page's right edge (a browser's print of a table wider than the
 *  paper): the columns beyond the edge are not in the file, so they are neither checked nor
 *  reported missing (column-missing leaves them to this rule). */
export default defineRule({
  meta: {
    id: 'table-cut', severity: 'warning', wave: 1,
    title: { zh: '统计表被页面右边缘截断', en: 'Statistical table cut by the page edge' },
    description: {
      zh: '文件中的统计表超出页面右边缘，右侧的列没有印入文件：这些列无法核对，需对照网页或完整的文件。',
      en: 'A statistical table runs past the page’s right edge and its right-hand columns are not in the file: they cannot be checked; compare with the web page or a complete file.',
    },
    messages: {
      cut: {
        zh: '{table}在文件中被页面右边缘截断，右侧的列没有印入文件，无法核对；请对照网页或完整的文件核对',
        en: '{table} is cut by the page’s right edge in this file: its right-hand columns are not in it and cannot be checked — compare with the web page or a complete file',
      },
    },
  },
  check(ctx) {
    const findings: FindingDraft<'cut'>[] = [];
    for (const { table, part } of ctx.report.cutTables) {
      findings.push(finding('cut', { section: table, table }, {
        params: { table: tableName(table, ctx.lang) }, subject: { kind: 'table', table, part },
      }));
    }
    return { checked: Object.keys(ctx.report.tables).length, findings };
  },
});
