// Any input's bytes → the report source that reads them: a saved page (any declared encoding), a
// Word .docx, a PDF's text layer; old binary Word and WPS files get a clear "unsupported" naming the format.
// The format is told by the bytes first, then by the content type the server gave, then by the
// file name; whatever none of them claims is read as a page.
import { decodePage, UnreadableInput } from '../cli/decode';
import { DOCUMENT_TEXT } from '../i18n/documents';
import { buildDocument } from './html/build-document';
import type { HtmlDocument } from './html/dom';
import { htmlSource } from './html/source';
import { DOCUMENT_PART, isZip } from './docx/signature';
import type { Text } from '../i18n/lang';
import type { ReportSource } from './types';
import { formatOfName } from './file-name';
import type { DocumentFormat } from './file-name';

export type { DocumentFormat };
import { UnreadableDocument } from './unreadable';


const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

const CONTENT_TYPES: readonly [RegExp, DocumentFormat][] = [
  [/^application\/(?:x-)?pdf\b/i, 'pdf'],
  [/^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\b/i, 'docx'],
  [/^application\/msword\b/i, 'doc'],
  [/^application\/(?:vnd\.ms-works|kswps|wps-office\.wps|x-wps)\b/i, 'wps'],
  [/^(?:text\/html|application\/xhtml\+xml)\b/i, 'html'],
];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Where a byte string occurs (a ZIP's entry names are stored as written). */
function holds(bytes: Uint8Array, text: string): boolean {
  const needle = new TextEncoder().encode(text);
  const first = needle[0]!;
  for (let i = bytes.indexOf(first); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    if (startsWith(bytes, [...needle], i)) return true;
  }
  return false;
}

/** Text with markup in its first bytes, as decodePage (cli/decode.ts) reads a page. */
function looksLikePage(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  return controls <= sample.length / 20 && /<[a-z!?/]/i.test(new TextDecoder('latin1').decode(bytes.subarray(0, 65536)));
}

/** The bytes' own signature first (an OLE file is .wps when its type or name says so, else .doc),
 *  then markup (a page saved under a Word name is still a page), then the content type, then the name. */
export function sniffFormat(bytes: Uint8Array, contentType: string | null, name: string): DocumentFormat {
  const claimed = (contentType && CONTENT_TYPES.find(([re]) => re.test(contentType.trim()))?.[1]) || formatOfName(name);
  // A PDF may have a few bytes of junk before its header; readers accept it within the first KB.
  if (startsWith(bytes, PDF) || holds(bytes.subarray(0, 1024), '%PDF-')) return 'pdf';
  if (isZip(bytes) && holds(bytes, DOCUMENT_PART)) return 'docx';
  if (startsWith(bytes, OLE)) return claimed === 'wps' ? 'wps' : 'doc';
  if (looksLikePage(bytes)) return 'html';
  return claimed ?? 'html';
}

/** decodePage's reasons (cli/decode.ts) in words. */
const PAGE_ERRORS: Readonly<Record<UnreadableInput['code'], Text>> = {
  empty: DOCUMENT_TEXT.empty, binary: DOCUMENT_TEXT.binary, 'not-html': DOCUMENT_TEXT.notHtml,
};

/** A page's bytes, decoded in the charset it declares, as the engine's document; an
 *  UnreadableDocument when they are no page (also what a list page is read with). */
export function pageDocument(bytes: Uint8Array, contentType: string | null): HtmlDocument {
  try {
    return buildDocument(decodePage(bytes, contentType).text);
  } catch (e) {
    if (e instanceof UnreadableInput) throw new UnreadableDocument(e.code, PAGE_ERRORS[e.code]);
    throw e;
  }
}

export interface OpenedDocument {
  format: DocumentFormat;
  source: ReportSource<unknown>;
  /** What to tell the user beside the result: a scanned PDF cannot be checked. */
  notice: Text | null;
}

/** The input's report source, or an UnreadableDocument saying why there is none. `url`: the
 *  address or file path it was read from (its name is the last hint of its format). */
export async function openDocument(bytes: Uint8Array, contentType: string | null, url: string): Promise<OpenedDocument> {
  if (bytes.length === 0) throw new UnreadableDocument('empty', DOCUMENT_TEXT.empty);
  const format = sniffFormat(bytes, contentType, url);
  switch (format) {
    case 'html':
      return { format, source: htmlSource(pageDocument(bytes, contentType)), notice: null };
    case 'docx': {
      // The Word reader (an unzip and an XML library) is loaded for the first .docx only.
      const { readDocx, docxSource } = await import('./docx/source');
      return { format, source: docxSource(readDocx(bytes)), notice: null };
    }
    case 'doc':
      throw new UnreadableDocument('unsupported', DOCUMENT_TEXT.doc);
    case 'wps':
      throw new UnreadableDocument('unsupported', DOCUMENT_TEXT.wps);
    case 'pdf': {
      // The PDF reader (pdf.js) is loaded for the first PDF only.
      const { pdfSource } = await import('./pdf/source');
      const source = await pdfSource(bytes);
      return { format, source, notice: source.notice };
    }
  }
}
