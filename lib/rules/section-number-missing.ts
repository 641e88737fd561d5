import { ORDINALS } from '../i18n/terms';
import { SECTIONS } from '../templates/sections';
import { finding } from '../rule-kit/draft';
import { defineRule } from '../rule-kit/types';

export default defineRule({
  meta: {
    id: 'section-number-missing', severity: 'warning', wave: 1,
    title: { zh: '部分标题缺少序号', en: 'Section heading without a number' },
    description: { zh: '部分标题没有「一、」至「六、」的序号。', en: 'A section heading has no ordinal 一、 to 六、.' },
    messages: {
      missing: { zh: '标题「{text}」没有序号，应为「{expected}、」', en: 'Heading “{text}” has no number; it should be {expected}' },
    },
  },
  check(ctx) {
    const findings = ctx.report.sections.filter((s) => s.ordinal === null).map((s) => {
      const own = SECTIONS.find((d) => d.key === s.key)!.ordinal;
      return finding('missing', { section: s.key }, {
        params: { text: s.text.slice(0, 40), expected: ctx.lang === 'zh' ? ORDINALS[own]! : String(own) },
        subject: { kind: 'section', section: s.key },
      });
    });
    return { checked: ctx.report.sections.length, findings };
  },
});
