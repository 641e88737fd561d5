import { ORDINALS } from '../i18n/terms';
import { SECTIONS } from '../templates/sections';
import { finding } from '../rule-kit/draft';
import { defineRule } from '../rule-kit/types';

export default defineRule({
  meta: {
    id: 'section-number-wrong', severity: 'warning', wave: 1,
    title: { zh: '部分序号错误', en: 'Wrong section number' },
    description: { zh: '标题的序号不是该部分应有的序号（如两个「二、」）。', en: 'A heading carries another number than its section’s own (two “二、” headings, say).' },
    messages: {
      wrong: { zh: '标题「{text}」的序号为「{ordinal}」，该部分应为「{expected}」', en: 'Heading “{text}” is numbered {ordinal}; this section is number {expected}' },
    },
  },
  check(ctx) {
    const numbered = ctx.report.sections.filter((s) => s.ordinal !== null);
    const findings = numbered.flatMap((s) => {
      const own = SECTIONS.find((d) => d.key === s.key)!.ordinal;
      if (s.ordinal === own) return [];
      const zh = ctx.lang === 'zh';
      return [finding('wrong', { section: s.key }, {
        params: { text: s.text.slice(0, 40), ordinal: zh ? (ORDINALS[s.ordinal!] ?? String(s.ordinal)) : String(s.ordinal), expected: zh ? ORDINALS[own]! : String(own) },
        subject: { kind: 'section', section: s.key },
      })];
    });
    return { checked: numbered.length, findings };
  },
});
