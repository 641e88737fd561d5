import { SECTIONS } from '../templates/sections';
import { finding, sectionOf } from '../rule-kit/draft';
import type { FindingDraft } from '../rule-kit/types';
import { defineRule } from '../rule-kit/types';

export default defineRule({
  meta: {
    id: 'label-variant', severity: 'info', wave: 1,
    title: { zh: '标题或栏目与模板措辞不同', en: 'Heading or label worded differently from the template' },
    description: { zh: '部分标题、行或列只能按已知的变体或关键词对应到模板。', en: 'A heading, row or column matched the template only through a known variant or its keywords.' },
    messages: {
      heading: { zh: '标题写作「{page}」，模板为「{template}」', en: 'The heading reads “{page}”; the template has “{template}”' },
      label: { zh: '{kind}写作「{page}」，模板为「{template}」', en: 'The {kind} reads “{page}”; the template has “{template}”' },
    },
  },
  check(ctx) {
    const findings: FindingDraft<'heading' | 'label'>[] = [];
    let checked = ctx.report.sections.length;
    for (const s of ctx.report.sections) {
      if (!s.variant) continue;
      const def = SECTIONS.find((d) => d.key === s.key)!;
      findings.push(finding('heading', { section: s.key }, {
        params: { page: s.text.slice(0, 40), template: def.heading }, subject: { kind: 'section', section: s.key }, discriminator: s.text,
      }));
    }
    for (const t of Object.values(ctx.report.tables)) {
      if (!t) continue;
      checked += Object.keys(t.cells).length;
      for (const v of t.variants) {
        const kind = ctx.lang === 'zh' ? (v.kind === 'row' ? '行' : '列') : v.kind;
        findings.push(finding('label', { section: sectionOf(v.table), table: v.table, block: v.block, row: v.row, column: v.column }, {
          params: { kind, page: v.page.slice(0, 60), template: v.template },
          subject: v.kind === 'row'
            ? { kind: 'row', table: v.table, block: v.block, row: v.row! }
            : { kind: 'column', table: v.table, block: v.block, row: v.row, column: v.column! },
          discriminator: `${v.kind}:${v.page}`,
        }));
      }
    }
    return { checked, findings };
  },
});
