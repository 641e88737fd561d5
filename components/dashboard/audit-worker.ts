// The dashboard's worker: a fetched report's bytes read (a page, a .docx, a PDF: lib/sources/
// read-document) and audited off the dashboard's main thread, so the page stays responsive
// however large the report. Answers each request with the result and the model, or why the bytes
// hold no report.
import { audit } from '../../lib/audit';
import { openDocument } from '../../lib/sources/read-document';
import { UnreadableDocument } from '../../lib/sources/unreadable';
import type { AuditReply, AuditRequest } from './audit-protocol';

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<AuditRequest>) => void) | null; postMessage(m: AuditReply): void };

scope.onmessage = (e) => {
  const { id, bytes, contentType, url, source, lang } = e.data;
  void (async (): Promise<AuditReply> => {
    try {
      const opened = await openDocument(bytes, contentType, url);
      const { result, model } = audit(opened.source, { source, lang });
      return { id, ok: true, format: opened.format, result, model };
    } catch (err) {
      if (err instanceof UnreadableDocument) return { id, ok: false, error: { code: err.code, message: err.text[lang] } };
      return { id, ok: false, failure: err instanceof Error ? err.message : String(err) };
    }
  })().then((reply) => scope.postMessage(reply));
};
