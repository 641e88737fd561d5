// Bytes → report source → audit: the one step that knows how a read input becomes a report
// (lib/sources/read-document.ts tells the format and opens it). Loaded on first use, with the
// parser and the engine, so --help and bad usage load none of it.
import type { Lang } from '../i18n/lang';
import type { ReportModel } from '../model';
import type { AuditResult } from '../result/schema';
import { audit } from '../audit';
import { DOCUMENT_TEXT } from '../i18n/documents';
import { buildDocument } from '../sources/html/build-document';
import type { HtmlDocument } from '../sources/html/dom';
import { openDocument } from '../sources/read-document';
import { UnreadableDocument } from '../sources/unreadable';
import { decodePage, UnreadableInput } from './decode';
import type { FetchedInput } from './fetch-input';
import { InputError } from './input-error';

export interface AuditedInput {
  source: string;
  model: ReportModel;
  result: AuditResult;
}

export interface AuditInputOptions {
  lang: Lang;
  now?: Date;
}

const DECODE_TEXT: Record<UnreadableInput['code'], keyof typeof DOCUMENT_TEXT> = { empty: 'empty', binary: 'binary', 'not-html': 'notHtml' };

/** A read list page as the engine's document (a list is crawled, not audited). */
export function pageDocument(input: FetchedInput, lang: Lang): HtmlDocument {
  try {
    return buildDocument(decodePage(input.bytes, input.contentType).text);
  } catch (e) {
    if (e instanceof UnreadableInput) throw new InputError(e.code, DOCUMENT_TEXT[DECODE_TEXT[e.code]][lang]);
    throw e;
  }
}

/** Audits one read input; fails with an InputError when it holds no report the engine can read. */
export async function auditInput(input: FetchedInput, source: string, opts: AuditInputOptions): Promise<AuditedInput> {
  let opened;
  try {
    opened = await openDocument(input.bytes, input.contentType, input.url);
  } catch (e) {
    if (e instanceof UnreadableDocument) throw new InputError(e.code, e.text[opts.lang]);
    throw e;
  }
  const { result, model } = audit(opened.source, { source, lang: opts.lang, now: opts.now });
  return { source, model, result };
}
