import { sectionName } from '../i18n/terms';
import { SECTIONS } from '../templates/sections';
import { finding } from './draft';
import type { Anchor, FindingDraft, Rule } from './types';

const rule: Rule = {
  meta: {
    id: 'section-missing', severity: 'error', wave: 1,
    title: { zh: '缺少必备部分', en: 'Required section missing' },
    description: { zh: '年度报告须有六个部分：总体情况至其他需要报告的事项。', en: 'A report has six required sections, from the overview to other matters.' },
    messages: {
      missing: { zh: '找不到「{section}」部分的标题', en: 'No heading found for section “{section}”' },
    },
  },
  check(ctx) {
    const { sections, top, signedEl } = ctx.report;
    const findings: FindingDraft[] = [];
    for (const def of SECTIONS) {
      if (sections.some((s) => s.key === def.key)) continue;
      // The marker goes where the section belongs: before the next section found, else at the end.
      const next = sections.find((s) => SECTIONS.findIndex((d) => d.key === s.key) > def.ordinal - 1);
      const anchor: Anchor | null = next ? { el: next.el, placement: 'before' }
        : signedEl ? { el: signedEl, placement: 'before' }
        : sections.length > 0 ? { el: sections[sections.length - 1]!.el, placement: 'after' }
        : top ? { el: top, placement: 'before' } : null;
      findings.push(finding('missing', { section: def.key }, { params: { section: sectionName(def.key, ctx.lang) }, anchor }));
    }
    return { checked: SECTIONS.length, findings };
  },
};
export default rule;
