// Names of the report's parts as messages and the UI show them.
import type { SectionKey, TableKey } from '../templates/types';
import type { Lang, Text } from './lang';

export const TABLE_NAMES: Record<TableKey, Text> = {
  proactive: { zh: '表二（主动公开）', en: 'Table 2 (proactive disclosure)' },
  requests: { zh: '表三（依申请公开）', en: 'Table 3 (requests)' },
  appeals: { zh: '表四（复议诉讼）', en: 'Table 4 (reviews and suits)' },
};

export const SECTION_NAMES: Record<SectionKey, Text> = {
  overview: { zh: '一、总体情况', en: '1. Overview' },
  proactive: { zh: '二、主动公开政府信息情况', en: '2. Proactive disclosure' },
  requests: { zh: '三、收到和处理政府信息公开申请情况', en: '3. Requests received and handled' },
  appeals: { zh: '四、政府信息公开行政复议、行政诉讼情况', en: '4. Administrative reviews and suits' },
  problems: { zh: '五、存在的主要问题及改进情况', en: '5. Main problems and improvements' },
  other: { zh: '六、其他需要报告的事项', en: '6. Other matters to report' },
};

export const BLOCK_NAMES: Record<string, Text> = {
  'art20-1': { zh: '第二十条第（一）项', en: 'Art. 20 (1)' },
  'art20-5': { zh: '第二十条第（五）项', en: 'Art. 20 (5)' },
  'art20-6': { zh: '第二十条第（六）项', en: 'Art. 20 (6)' },
  'art20-8': { zh: '第二十条第（八）项', en: 'Art. 20 (8)' },
  'art20-9': { zh: '第二十条第（九）项', en: 'Art. 20 (9)' },
};

/** The template a report's tables follow, named the same in the popup, the page and the exports. */
export const TEMPLATE_NAMES: Record<'2019' | '2021' | 'mixed' | 'unknown', Text> = {
  2019: { zh: '2019 试行版', en: '2019 trial template' },
  2021: { zh: '2021 版', en: '2021 template' },
  mixed: { zh: '新旧模板混用', en: 'old and new templates mixed' },
  unknown: { zh: '无法判断', en: 'unknown' },
};

export const ORDINALS = ['', '一', '二', '三', '四', '五', '六'];

export function tableName(key: TableKey, lang: Lang): string {
  return TABLE_NAMES[key][lang];
}

export function sectionName(key: SectionKey, lang: Lang): string {
  return SECTION_NAMES[key][lang];
}

export function templateName(key: keyof typeof TEMPLATE_NAMES, lang: Lang): string {
  return TEMPLATE_NAMES[key][lang];
}
