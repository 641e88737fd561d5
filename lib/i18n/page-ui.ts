// Strings of the in-page marks and card, Chinese first, English second.
import type { Lang, Text } from './lang';

export const PAGE_UI = {
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '警告', en: 'Warning' },
  info: { zh: '提示', en: 'Note' },
  review: { zh: '待人工核对', en: 'Needs review' },
  dismissed: { zh: '已忽略', en: 'Dismissed' },
  expected: { zh: '应为', en: 'Expected' },
  actual: { zh: '实际', en: 'Actual' },
  blank: { zh: '空白', en: 'blank' },
  cells: { zh: '涉及单元格', en: 'Cells involved' },
  total: { zh: '总计', en: 'total' },
  part: { zh: '加项', en: 'part' },
  blocking: { zh: '非数字', en: 'not a number' },
  previous: { zh: '上一个', en: 'Previous' },
  next: { zh: '下一个', en: 'Next' },
  close: { zh: '关闭', en: 'Close' },
  copy: { zh: '复制详情', en: 'Copy details' },
  copied: { zh: '已复制', en: 'Copied' },
  dismissAs: { zh: '忽略为：', en: 'Dismiss as:' },
  restore: { zh: '恢复', en: 'Restore' },
  position: { zh: '第 {n} / {total} 项', en: '{n} of {total}' },
  badgeLabel: { zh: '{severity}：{titles}（点击查看）', en: '{severity}: {titles} (click for details)' },
  missingAt: { zh: '此处缺少', en: 'Missing here' },
  source: { zh: '来源', en: 'Source' },
  rule: { zh: '规则', en: 'Rule' },
} as const satisfies Record<string, Text>;

export type PageUiKey = keyof typeof PAGE_UI;

export function pageUi(key: PageUiKey, lang: Lang): string {
  return PAGE_UI[key][lang];
}
