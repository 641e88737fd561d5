// What the PDF source says of a file it cannot read, or can read but not check: the words the
// command line and the extension show, Chinese first, English second.
import type { Text } from './lang';

export const PDF_TEXT = {
  empty: { zh: '文件为空', en: 'the file is empty' },
  tooLarge: { zh: 'PDF 文件过大（超过 40 MB）', en: 'the PDF is too large (over 40 MB)' },
  notPdf: { zh: '不是 PDF 文件', en: 'not a PDF file' },
  truncated: { zh: 'PDF 文件不完整（已截断）', en: 'the PDF is incomplete (truncated)' },
  damaged: { zh: 'PDF 文件已损坏，无法读取', en: 'the PDF is damaged and cannot be read' },
  encrypted: { zh: 'PDF 文件已加密，无法读取', en: 'the PDF is encrypted and cannot be read' },
  noPages: { zh: 'PDF 文件没有页面', en: 'the PDF has no pages' },
  scan: { zh: '扫描件，无文字层，无法自动核对', en: 'Scanned PDF with no text layer: cannot be checked automatically' },
} as const satisfies Record<string, Text>;
