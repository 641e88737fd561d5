// The dashboard's readers: the list page and each report fetched by the extension page (its host
// permission), with the command line's politeness (at most two requests at once per host, a
// timeout and one retry: lib/batch/polite-fetch), read as the command line reads them (the charset
// the header or the page's <meta> names; a page, a .docx or a PDF: lib/sources/read-document) and
// audited by the same engine, in slices so the dashboard stays responsive. Each audited report is
// kept in the local library.
import { auditSteps } from '../../lib/audit';
import { crawlList } from '../../lib/batch/crawl';
import { FetchError, politeFetcher } from '../../lib/batch/polite-fetch';
import { decodePage, UnreadableInput } from '../../lib/cli/decode';
import { DOCUMENT_TEXT } from '../../lib/i18n/documents';
import type { Lang } from '../../lib/i18n/lang';
import { buildDocument } from '../../lib/sources/html/build-document';
import { openDocument } from '../../lib/sources/read-document';
import type { DocumentFormat } from '../../lib/sources/read-document';
import { UnreadableDocument } from '../../lib/sources/unreadable';
import { runSliced } from '../../lib/steps';
import type { AuditedReport } from '../../lib/years/with-previous';
import type { Library } from '../library/store';
import { recordOf } from '../library/schema';
import { ReadError } from './batch';
import type { BatchDeps } from './batch';

const SLICE_MS = 8;
const pause = () => new Promise<void>((r) => setTimeout(r, 0));

/** Any failure of a read as the batch records it: the command line's code and words. */
function failure(e: unknown, lang: Lang): unknown {
  if (e instanceof FetchError) return new ReadError({ code: e.code, message: e.message });
  if (e instanceof UnreadableDocument) return new ReadError({ code: e.code, message: e.text[lang] });
  if (e instanceof UnreadableInput) {
    return new ReadError({ code: e.code, message: DOCUMENT_TEXT[e.code === 'not-html' ? 'notHtml' : e.code][lang] });
  }
  return e;
}

export function batchDeps(opts: { lang: Lang; library: Library; jobs: number; fetch?: typeof fetch }): BatchDeps {
  const { lang, library } = opts;
  const fetchBytes = politeFetcher({ lang, fetch: opts.fetch });
  const formats = new Map<string, DocumentFormat>();
  return {
    jobs: opts.jobs,
    lang,
    async collect(listUrl, signal) {
      try {
        return await crawlList(listUrl, async (url, s) => {
          const got = await fetchBytes(url, s);
          return buildDocument(decodePage(got.bytes, got.contentType).text);
        }, { signal, lang });
      } catch (e) {
        throw failure(e, lang);
      }
    },
    async audit(url, signal): Promise<AuditedReport> {
      try {
        const got = await fetchBytes(url, signal);
        const { format, source } = await openDocument(got.bytes, got.contentType, got.url);
        formats.set(url, format);
        const run = await runSliced(auditSteps(source, { source: url, lang }), { sliceMs: SLICE_MS, pause });
        return { result: run.value.result, model: run.value.model };
      } catch (e) {
        throw failure(e, lang);
      }
    },
    async keep(source, report) {
      if (!report.model.isReport) return;
      const format = formats.get(source) ?? 'html';
      await library.put(recordOf(report.model, source, report.result.auditedAt, report.result.summary, {
        via: 'batch', format: format === 'docx' || format === 'pdf' ? format : 'html',
      }));
    },
  };
}
