// Bytes → report source → audit: the one step that knows how a read input becomes a report.
// Loaded on first use (with the parser and the engine), so --help and bad usage load none of it.
import type { Lang } from '../i18n/lang';
import type { ReportModel } from '../model';
import type { AuditResult } from '../result/schema';
import { audit } from '../audit';
import { buildDocument } from '../sources/html/build-document';
import type { HtmlDocument } from '../sources/html/dom';
import { htmlSource } from '../sources/html/source';
import { decodePage, UnreadableInput } from './decode';
import type { FetchedInput } from './fetch-input';
import { InputError } from './input-error';
import type { CliKey } from './messages';
import { cliText } from './messages';

export interface AuditedInput {
  source: string;
  model: ReportModel;
  result: AuditResult;
}

export interface AuditInputOptions {
  lang: Lang;
  now?: Date;
}

/** Files and answers that are documents the HTML reader does not take. */
const DOCUMENT_NAME = /\.(pdf|docx?|wps)([?#]|$)/i;
const DOCUMENT_TYPE = /^application\/(pdf|msword|vnd\.openxmlformats-officedocument|vnd\.ms-works|kswps)/i;

const DECODE_TEXT: Record<UnreadableInput['code'], CliKey> = { empty: 'empty', binary: 'binary', 'not-html': 'notHtml' };

/** The page's text in the charset it declares; an InputError when it is no text page. */
function pageText(input: FetchedInput, lang: Lang): string {
  try {
    return decodePage(input.bytes, input.contentType).text;
  } catch (e) {
    if (e instanceof UnreadableInput) throw new InputError(e.code, cliText(DECODE_TEXT[e.code], lang));
    throw e;
  }
}

/** A read page as the engine's document (for a list page, which is crawled, not audited). */
export function pageDocument(input: FetchedInput, lang: Lang): HtmlDocument {
  return buildDocument(pageText(input, lang));
}

/** Audits one read input; fails with an InputError when it is no page the engine can read. */
export function auditInput(input: FetchedInput, source: string, opts: AuditInputOptions): AuditedInput {
  if (DOCUMENT_NAME.test(input.url) || DOCUMENT_TYPE.test(input.contentType ?? '')) {
    throw new InputError('unsupported', cliText('unsupported', opts.lang));
  }
  const { result, model } = audit(htmlSource(pageDocument(input, opts.lang)), { source, lang: opts.lang, now: opts.now });
  return { source, model, result };
}
