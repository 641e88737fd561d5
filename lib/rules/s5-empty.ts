import { finding } from '../rule-kit/draft';
import { defineRule } from '../rule-kit/types';

export default defineRule({
  meta: {
    id: 's5-empty', severity: 'warning', wave: 1,
    title: { zh: '第五部分内容空缺', en: 'Section 5 is empty' },
    description: { zh: '「存在的主要问题及改进情况」为空、只写「无」或不足 10 个字。', en: 'Section 5 (problems and improvements) is empty, only “无”, or under 10 characters.' },
    messages: {
      empty: { zh: '第五部分「存在的主要问题及改进情况」内容为「{body}」，应如实说明存在的问题和改进措施', en: 'Section 5 reads “{body}”; it should state the problems found and the improvements made' },
    },
  },
  check(ctx) {
    const s5 = ctx.report.sections.find((s) => s.key === 'problems');
    if (!s5) return { checked: 0, findings: [] };
    const text = s5.body.replace(/[\s\u00a0\u3000]+/g, '');
    const bare = text.replace(/[。.，,、；;：:！!]/g, '');
    const empty = bare.length < 10 || /^(无|没有|暂无|无其他)$/.test(bare);
    return {
      checked: 1,
      findings: empty ? [finding('empty', { section: 'problems' }, { params: { body: text || '—' }, subject: { kind: 'section', section: 'problems' } })] : [],
    };
  },
});
