// Why an input's bytes are not a document the engine reads: the words the command line and the
// extension show, Chinese first, English second.
import type { Text } from './lang';

export const DOCUMENT_TEXT = {
  empty: { zh: '文件为空', en: 'the file is empty' },
  binary: { zh: '不是文本网页（二进制文件）', en: 'not a text page (binary data)' },
  notHtml: { zh: '不是 HTML 网页', en: 'not an HTML page' },
  doc: {
    zh: '.doc（Word 97-2003 二进制格式）暂不支持，请另存为 .docx 或 PDF',
    en: '.doc (the Word 97-2003 binary format) is not supported; save it as .docx or PDF',
  },
  wps: {
    zh: '.wps（WPS 文字旧版二进制格式）暂不支持，请另存为 .docx 或 PDF',
    en: '.wps (the old binary format of WPS Writer) is not supported; save it as .docx or PDF',
  },
  docxDamaged: {
    zh: '.docx 文件已损坏或不完整，无法读取',
    en: 'the .docx file is damaged or incomplete and cannot be read',
  },
  zipNotWord: {
    zh: '是 ZIP 压缩包，但不是 Word 文档（没有 word/document.xml）',
    en: 'a ZIP archive, but not a Word document (no word/document.xml)',
  },
  docxTooLarge: {
    zh: '.docx 文件解压后过大，未作读取',
    en: 'the .docx file unpacks to too much data; not read',
  },
  notDocx: {
    zh: '文件名为 .docx，但内容不是 Word 文档',
    en: 'named .docx, but its content is not a Word document',
  },
} as const satisfies Record<string, Text>;
