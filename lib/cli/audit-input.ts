// Bytes → report source (lib/sources/read-document: a page, a .docx, a PDF) → audit: the one step that knows how a read
// input becomes a report.
// Loaded on first use (with the parser and the engine), so --help and bad usage load none of it.
import { DOCUMENT_TEXT } from '../i18n/documents';
import type { Lang, Text } from '../i18n/lang';
import type { ReportModel } from '../model';
import type { AuditResult } from '../result/schema';
import { audit } from '../audit';
import { buildDocument } from '../sources/html/build-document';
import type { HtmlDocument } from '../sources/html/dom';
import { openDocument } from '../sources/read-document';
import type { ReportSource } from '../sources/types';
import { UnreadableDocument } from '../sources/unreadable';
import { decodePage, UnreadableInput } from './decode';
import type { FetchedInput } from './fetch-input';
import { InputError } from './input-error';

export interface AuditedInput {
  source: string;
  model: ReportModel;
  result: AuditResult;
  /** Read but not checkable as a whole (a scanned PDF): why, for standard error. */
  notice: Text | null;
}

export interface AuditInputOptions {
  lang: Lang;
  now?: Date;
}

const DECODE_TEXT: Record<UnreadableInput['code'], Text> = { empty: DOCUMENT_TEXT.empty, binary: DOCUMENT_TEXT.binary, 'not-html': DOCUMENT_TEXT.notHtml };

/** A read page as the engine's document (for a list page, which is crawled, not audited). */
export function pageDocument(input: FetchedInput, lang: Lang): HtmlDocument {
  try {
    return buildDocument(decodePage(input.bytes, input.contentType).text);
  } catch (e) {
    if (e instanceof UnreadableInput) throw new InputError(e.code, DECODE_TEXT[e.code][lang]);
    throw e;
  }
}

/** Audits one read input (a page, a .docx: lib/sources/read-document); fails with an InputError
 *  when it holds no report source the engine can read. */
export async function auditInput(input: FetchedInput, source: string, opts: AuditInputOptions): Promise<AuditedInput> {
  let report: ReportSource<unknown>;
  let notice: Text | null;
  try {
    ({ source: report, notice } = await openDocument(input.bytes, input.contentType, input.url));
  } catch (e) {
    if (e instanceof UnreadableDocument) throw new InputError(e.code, e.text[opts.lang]);
    throw e;
  }
  const { result, model } = audit(report, { source, lang: opts.lang, now: opts.now });
  return { source, model, result, notice };
}
