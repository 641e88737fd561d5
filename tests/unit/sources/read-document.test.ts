// One entry point from an input's bytes to a report source: the format told by the bytes, then
// markup, then the content type, then the name; files that hold no readable report get a clear
// error with a code and nothing else.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openDocument, sniffFormat } from '../../../lib/sources/read-document';
import { UnreadableDocument } from '../../../lib/sources/unreadable';
import { PAGES_DIR } from '../../support/fixtures';

const DOCX = fileURLToPath(new URL('../../fixtures/docx/clean-2021-city-bureau.docx', import.meta.url));
const docxBytes = new Uint8Array(readFileSync(DOCX));
const page = new Uint8Array(readFileSync(`${PAGES_DIR}clean-2021-city-bureau.html`));
const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
const pdf = strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
/** Bytes no format claims (a fixed pseudo-random sequence with NULs in it). */
const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);

async function failure(bytes: Uint8Array, name: string, contentType: string | null = null): Promise<UnreadableDocument> {
  try {
    await openDocument(bytes, contentType, name);
  } catch (e) {
    if (e instanceof UnreadableDocument) return e;
    throw e;
  }
  throw new Error(`${name} was read`);
}

describe('sniffFormat', () => {
  it('trusts the bytes before the name and the content type', () => {
    expect(sniffFormat(docxBytes, 'text/html', 'report.html')).toBe('docx');
    expect(sniffFormat(pdf, 'text/html', 'report.docx')).toBe('pdf');
    expect(sniffFormat(strToU8('\r\n\r\n%PDF-1.4 …'), null, 'x')).toBe('pdf');
    expect(sniffFormat(page, 'application/pdf', 'report.pdf')).toBe('html');
    // A .docx renamed .doc, and a page Word saved as a "web page" .doc.
    expect(sniffFormat(docxBytes, 'application/msword', 'report.doc')).toBe('docx');
    expect(sniffFormat(page, 'application/msword', 'report.doc')).toBe('html');
  });

  it('tells .doc from .wps in the old binary container by the content type or the name', () => {
    expect(sniffFormat(ole, null, 'file:///tmp/%E5%B9%B4%E6%8A%A5.doc')).toBe('doc');
    expect(sniffFormat(ole, null, '/tmp/年报.wps')).toBe('wps');
    expect(sniffFormat(ole, 'application/kswps', 'https://x.gov.cn/download?id=3')).toBe('wps');
    expect(sniffFormat(ole, null, 'report.bin')).toBe('doc');
  });

  it('falls back on the content type, then the name (query and fragment left off), then a page', () => {
    expect(sniffFormat(noise, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'x')).toBe('docx');
    expect(sniffFormat(noise, 'application/octet-stream', 'https://x.gov.cn/年报.DOCX?v=2#top')).toBe('docx');
    expect(sniffFormat(noise, null, 'noise.bin')).toBe('html');
    expect(sniffFormat(zipSync({ 'a.txt': strToU8('hello') }), null, 'archive.zip')).toBe('html');
  });
});

describe('openDocument', () => {
  it('opens a page and a .docx as report sources', async () => {
    expect((await openDocument(page, 'text/html; charset=utf-8', 'https://x.gov.cn/a.html')).format).toBe('html');
    const word = await openDocument(docxBytes, null, DOCX);
    expect(word.format).toBe('docx');
    expect(word.source.meta.title).toContain('宁安市生态环境局2023年政府信息公开工作年度报告');
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty.docx', 'empty', /文件为空/],
    ['a truncated .docx', docxBytes.subarray(0, docxBytes.length >> 1), 'cut.docx', 'unsupported', /损坏或不完整/],
    ['a ZIP without word/document.xml', zipSync({ 'word/styles.xml': strToU8('<w:styles/>') }), 'styles.docx', 'unsupported', /没有 word\/document\.xml/],
    ['a .docx whose document.xml is not XML', zipSync({ 'word/document.xml': strToU8('<w:document><w:body>') }), 'bad.docx', 'unsupported', /损坏或不完整/],
    ['random bytes named .docx', noise, 'noise.docx', 'unsupported', /文件名为 \.docx，但内容不是 Word 文档/],
    ['a .doc file', ole, 'old.doc', 'unsupported', /^\.doc（Word 97-2003 二进制格式）暂不支持，请另存为 \.docx 或 PDF$/],
    ['a .wps file', ole, 'old.wps', 'unsupported', /^\.wps（WPS 文字旧版二进制格式）暂不支持/],
    ['a PDF cut short', pdf, 'report.pdf', 'binary', /PDF 文件不完整/],
    ['random bytes', noise, 'noise.bin', 'binary', /二进制文件/],
    ['plain text', strToU8('只是一段文字，没有标记。'), 'note.txt', 'not-html', /不是 HTML 网页/],
  ])('answers %s with a code and words in both languages', async (_, bytes, name, code, zh) => {
    const e = await failure(bytes, name);
    expect(e.code).toBe(code);
    expect(e.text.zh).toMatch(zh);
    expect(e.text.en).toMatch(/[a-z]/);
    expect(e.message).toBe(e.text.en);
  });

  it('names the format in English too', async () => {
    expect((await failure(ole, 'a.doc')).text.en).toBe('.doc (the Word 97-2003 binary format) is not supported; save it as .docx or PDF');
    expect((await failure(pdf, 'a.pdf')).text.en).toBe('the PDF is incomplete (truncated)');
  });
});
