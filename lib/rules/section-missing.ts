import { sectionName } from '../i18n/terms';
import { SECTIONS } from '../templates/sections';
import { finding } from '../rule-kit/draft';
import type { FindingDraft } from '../rule-kit/types';
import { defineRule } from '../rule-kit/types';

export default defineRule({
  meta: {
    id: 'section-missing', severity: 'error', wave: 1,
    title: { zh: '缺少必备部分', en: 'Required section missing' },
    description: { zh: '年度报告须有六个部分：总体情况至其他需要报告的事项。', en: 'A report has six required sections, from the overview to other matters.' },
    messages: {
      missing: { zh: '找不到「{section}」部分的标题', en: 'No heading found for section “{section}”' },
    },
  },
  check(ctx) {
    const { sections } = ctx.report;
    const findings: FindingDraft<'missing'>[] = [];
    for (const def of SECTIONS) {
      if (sections.some((s) => s.key === def.key)) continue;
      findings.push(finding('missing', { section: def.key }, {
        params: { section: sectionName(def.key, ctx.lang) }, subject: { kind: 'missing-section', section: def.key },
      }));
    }
    return { checked: SECTIONS.length, findings };
  },
});
