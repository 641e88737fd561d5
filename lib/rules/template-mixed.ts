import { tableName } from '../i18n/terms';
import { finding } from '../rule-kit/draft';
import { defineRule } from '../rule-kit/types';

export default defineRule({
  meta: {
    id: 'template-mixed', severity: 'warning', wave: 1,
    title: { zh: '混用两版模板', en: 'Both templates mixed' },
    description: { zh: '同一页面上出现两版模板的表格（如 2021 版表二配 2019 版表三）。', en: 'Tables of both templates on one page (a 2021 Table 2 with a 2019 Table 3, say).' },
    messages: {
      mixed: { zh: '{proactive}为 {p} 版格式，而{requests}为 {r} 版格式', en: '{proactive} follows the {p} template but {requests} the {r} template' },
    },
  },
  check(ctx) {
    const p = ctx.report.tables.proactive?.template;
    const r = ctx.report.tables.requests?.template;
    const mixed = !!p && !!r && p !== r;
    return {
      checked: p && r ? 1 : 0,
      findings: mixed ? [finding('mixed', {}, {
        params: { proactive: tableName('proactive', ctx.lang), requests: tableName('requests', ctx.lang), p, r },
        subject: { kind: 'table', table: 'requests', part: 0 },
      })] : [],
    };
  },
});
