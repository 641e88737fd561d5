import { BLOCK_NAMES, tableName } from '../i18n/terms';
import type { TableKey } from '../templates/types';
import { finding } from '../rule-kit/draft';
import type { FindingDraft } from '../rule-kit/types';
import { defineRule } from '../rule-kit/types';

const TABLES: TableKey[] = ['proactive', 'requests', 'appeals'];

export default defineRule({
  meta: {
    id: 'table-missing', severity: 'error', wave: 1,
    title: { zh: '缺少统计表', en: 'Statistical table missing' },
    description: { zh: '主动公开、依申请公开、复议诉讼三张统计表（及表二的各项）须在页面上。', en: 'The three statistical tables (and every block of Table 2) must be on the page.' },
    messages: {
      table: { zh: '页面上找不到{table}', en: '{table} is not on the page' },
      block: { zh: '{table}缺少{block}部分', en: '{table} lacks its {block} block' },
    },
  },
  check(ctx) {
    const { report } = ctx;
    const findings: FindingDraft<'table' | 'block'>[] = [];
    for (const key of TABLES) {
      const t = report.tables[key];
      if (!t) {
        if (report.imageSections.includes(key)) continue; // published as an image: table-image
        findings.push(finding('table', { section: key, table: key }, {
          params: { table: tableName(key, ctx.lang) }, subject: { kind: 'missing-table', table: key },
        }));
        continue;
      }
      for (const block of t.missingBlocks) {
        findings.push(finding('block', { section: key, table: key, block }, {
          params: { table: tableName(key, ctx.lang), block: BLOCK_NAMES[block]?.[ctx.lang] ?? block },
          subject: { kind: 'missing-block', table: key, block },
        }));
      }
    }
    return { checked: TABLES.length, findings };
  },
});
