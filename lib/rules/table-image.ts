import { tableName } from '../i18n/terms';
import { finding } from '../rule-kit/draft';
import type { FindingDraft } from '../rule-kit/types';
import { defineRule } from '../rule-kit/types';
import type { TableKey } from '../templates/types';

const TABLES: TableKey[] = ['proactive', 'requests', 'appeals'];

/** A table published as a picture: it is there for a reader, but its numbers cannot be checked. */
export default defineRule({
  meta: {
    id: 'table-image', severity: 'warning', wave: 1,
    title: { zh: '统计表以图片发布', en: 'Statistical table published as an image' },
    description: {
      zh: '统计表所在部分只有图片、没有表格：表中的数字无法自动核对，需人工阅读。',
      en: 'The section of a statistical table holds an image and no table: its numbers cannot be checked automatically; a person must read them.',
    },
    messages: {
      image: { zh: '{table}以图片形式发布，无法自动核对其中的数字，请人工核对', en: '{table} is published as an image; its numbers cannot be checked automatically — please read them' },
    },
  },
  check(ctx) {
    const { report } = ctx;
    const findings: FindingDraft<'image'>[] = [];
    for (const key of TABLES) {
      if (report.tables[key] || !report.imageSections.includes(key)) continue;
      findings.push(finding('image', { section: key, table: key }, {
        params: { table: tableName(key, ctx.lang) }, subject: { kind: 'image', section: key },
      }));
    }
    return { checked: TABLES.length, findings };
  },
});
