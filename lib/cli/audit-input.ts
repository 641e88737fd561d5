// Bytes → report source (lib/sources/read-document: a page, a .docx, a PDF) → audit: the one step
// that knows how a read input becomes a report.
// Loaded on first use (with the parser and the engine), so --help and bad usage load none of it.
import type { Lang, Text } from '../i18n/lang';
import type { ReportModel } from '../model';
import type { AuditResult } from '../result/schema';
import { audit } from '../audit';
import type { HtmlDocument } from '../sources/html/dom';
import { openDocument, pageDocument as readPage } from '../sources/read-document';
import type { ReportSource } from '../sources/types';
import { UnreadableDocument } from '../sources/unreadable';
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

/** The words of an UnreadableDocument, as the command line's coded error. */
function inputError(e: unknown, lang: Lang): unknown {
  return e instanceof UnreadableDocument ? new InputError(e.code, e.text[lang]) : e;
}

/** A read page as the engine's document (for a list page, which is crawled, not audited). */
export function pageDocument(input: FetchedInput, lang: Lang): HtmlDocument {
  try {
    return readPage(input.bytes, input.contentType);
  } catch (e) {
    throw inputError(e, lang);
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
    throw inputError(e, opts.lang);
  }
  const { result, model } = audit(report, { source, lang: opts.lang, now: opts.now });
  return { source, model, result, notice };
}
