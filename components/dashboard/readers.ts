// The dashboard's readers: the list page and each report fetched by the extension page (its host
// permission), with the command line's politeness (at most two requests at once per host, a
// timeout and one retry: lib/batch/polite-fetch), read as the command line reads them (the charset
// the header or the page's <meta> names; a page, a .docx or a PDF: lib/sources/read-document) and
// audited by the same engine in a worker (audit-worker.ts), so the dashboard stays responsive.
// Each audited report is kept in the local library.
import { FetchError, politeFetcher } from '../../lib/batch/polite-fetch';
import type { Lang } from '../../lib/i18n/lang';
import type { DocumentFormat } from '../../lib/sources/read-document';
import { UnreadableDocument } from '../../lib/sources/unreadable';
import type { AuditedReport } from '../../lib/years/with-previous';
import type { Library } from '../library/store';
import { ReadError } from './batch';
import type { BatchDeps } from './batch';
import type { AuditReply, AuditRequest } from './audit-protocol';

/** The audit worker, started on the first report; one request at a time per id. */
function workerAuditor(): (request: Omit<AuditRequest, 'id'>) => Promise<AuditReply> {
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, (reply: AuditReply) => void>();
  return (request) => {
    if (!worker) {
      worker = new Worker(new URL('./audit-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<AuditReply>) => {
        waiting.get(e.data.id)?.(e.data);
        waiting.delete(e.data.id);
      };
    }
    const id = next++;
    return new Promise((resolve) => {
      waiting.set(id, resolve);
      worker!.postMessage({ ...request, id }, [request.bytes.buffer]);
    });
  };
}

/** Any failure of a read as the batch records it: the command line's code and words. */
function failure(e: unknown, lang: Lang): unknown {
  if (e instanceof FetchError) return new ReadError({ code: e.code, message: e.message });
  if (e instanceof UnreadableDocument) return new ReadError({ code: e.code, message: e.text[lang] });
  return e;
}

/** `library`: the local library, opened when the first report is kept (its schema and IndexedDB
 *  layer load then, not with the page). */
export function batchDeps(opts: { lang: Lang; library: () => Promise<Library>; jobs: number; fetch?: typeof fetch }): BatchDeps & { formatOf(url: string): DocumentFormat | undefined } {
  const { lang, library } = opts;
  const fetchBytes = politeFetcher({ lang, fetch: opts.fetch });
  const formats = new Map<string, DocumentFormat>();
  const auditInWorker = workerAuditor();
  return {
    /** What a report read turned out to be (a PDF or a Word file opens in the viewer). */
    formatOf: (url) => formats.get(url),
    jobs: opts.jobs,
    lang,
    async collect(listUrl, signal) {
      try {
        // The list's reader (an HTML parser) loads after the page has shown, in a task of its own.
        const [{ crawlList }, { pageDocument }] = await Promise.all([import('../../lib/batch/crawl'), import('../../lib/sources/read-document')]);
        return await crawlList(listUrl, async (url, s) => {
          const got = await fetchBytes(url, s);
          return pageDocument(got.bytes, got.contentType);
        }, { signal, lang });
      } catch (e) {
        throw failure(e, lang);
      }
    },
    async audit(url, signal): Promise<AuditedReport> {
      let got;
      try {
        got = await fetchBytes(url, signal);
      } catch (e) {
        throw failure(e, lang);
      }
      // The source is the report's address as linked (the command line's too), read where it led.
      const reply = await auditInWorker({ bytes: got.bytes, contentType: got.contentType, url: got.url, source: url, lang });
      if (reply.ok) {
        formats.set(url, reply.format);
        return { result: reply.result, model: reply.model };
      }
      if ('error' in reply) throw new ReadError(reply.error);
      throw new Error(reply.failure);
    },
    async keep(source, report) {
      if (!report.model.isReport) return;
      const format = formats.get(source) ?? 'html';
      const [{ recordOf }, kept] = await Promise.all([import('../library/schema'), library()]);
      await kept.put(recordOf(report.model, source, report.result.auditedAt, report.result.summary, {
        via: 'batch', format: format === 'docx' || format === 'pdf' ? format : 'html',
      }));
    },
  };
}
