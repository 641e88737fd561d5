// The viewer, an extension page: viewer.html?src=<a PDF's or a Word file's address> (or a file
// chosen on this computer) shows the document, marks the wrong cells on it the way a page is
// marked (the same session, overlay and card), and beside it the side panel's findings list with
// its filters, dismissals and exports. Each audited document is kept in the local library.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExportDeps } from '../../lib/export';
import { FetchError } from '../../lib/batch/polite-fetch';
import type { Fetched } from '../../lib/batch/polite-fetch';
import { format } from '../../lib/i18n/lang';
import type { Lang } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import { fileNameOf } from '../../lib/sources/file-name';
import { UnreadableDocument } from '../../lib/sources/unreadable';
import { AuditSession } from '../auditor/session';
import type { ExportFile } from '../popup/export-file';
import { PopupApp } from '../popup/popup-app';
import { readToPage } from '../shared/page-guards';
import { safeHref } from '../shared/safe-href';
import { showDocument } from './show-document';
import type { ShownReport } from './show-document';
import { viewerLink, viewerWatch } from './viewer-link';

export interface ViewerDeps {
  fetchBytes(url: string): Promise<Fetched>;
  /** Messages for the page from the toolbar popup, the side panel and the keyboard commands:
   *  the listener answers them; returns the unsubscribe. */
  listen(handler: (raw: unknown, reply: (r: unknown) => void) => boolean): () => void;
  exportDeps(): ExportDeps;
  download(file: ExportFile): void;
  openLibrary(): Promise<unknown>;
}

type State =
  | { kind: 'choose' }
  | { kind: 'reading'; name: string }
  | { kind: 'failed'; name: string; reason: string; fetched: boolean }
  | { kind: 'shown'; name: string; url: string; report: ShownReport };

/** The file's name as the user knows it: the last part of its address. */
const nameOf = (url: string) => fileNameOf(url) || url;

function reasonOf(e: unknown, lang: Lang): string {
  if (e instanceof UnreadableDocument) return e.text[lang];
  if (e instanceof FetchError) return e.message;
  return e instanceof Error ? e.message : String(e);
}

function FilePicker({ label, onFile }: { label: string; onFile: (f: File) => void }) {
  return (
    <label class="choose">
      {label}
      <input type="file" data-testid="viewer-file" accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={(e) => {
          const f = (e.currentTarget as HTMLInputElement).files?.[0];
          if (f) onFile(f);
        }} />
    </label>
  );
}

export function ViewerApp({ src, lang, deps }: { src: string | null; lang: Lang; deps: ViewerDeps }) {
  const [state, setState] = useState<State>(src ? { kind: 'reading', name: nameOf(src) } : { kind: 'choose' });
  const [session, setSession] = useState<AuditSession | null>(null);
  const docArea = useRef<HTMLDivElement>(null);
  const audited = useRef<(() => void)[]>([]);

  const show = async (bytes: Uint8Array, contentType: string | null, url: string, name: string, fetched: boolean) => {
    try {
      // The document area's width less its padding (20 px each side): the room for a page.
      const width = (docArea.current?.clientWidth ?? 940) - 40;
      const report = await showDocument(bytes, { url, contentType, lang, owner: document, width });
      setState({ kind: 'shown', name, url, report });
    } catch (e) {
      setState({ kind: 'failed', name, reason: reasonOf(e, lang), fetched });
    }
  };

  const openFile = (f: File) => {
    setState({ kind: 'reading', name: f.name });
    void f.arrayBuffer().then((b) => show(new Uint8Array(b), f.type || null, f.name, f.name, false));
  };

  useEffect(() => {
    if (!src) return;
    const name = nameOf(src);
    deps.fetchBytes(src).then(
      (got) => show(got.bytes, got.contentType, src, name, true),
      (e: unknown) => setState({ kind: 'failed', name, reason: reasonOf(e, lang), fetched: true }),
    );
    // Read once, when the page opens: the address is the page's own.
  }, []);

  // A shown document: put it in the page, then audit and mark it.
  useEffect(() => {
    if (state.kind !== 'shown' || !docArea.current) return;
    const { report, url } = state;
    docArea.current.append(report.root);
    document.title = `${report.audit.result.report.title ?? state.name} · ${ui('viewerTitle', lang)}`;
    const s = new AuditSession(document, window, {
      url, format: report.format, textOf: report.textOf, snippets: report.snippets,
      audit: async () => ({ ...report.audit, longestSliceMs: 0 }),
      onAudited: () => audited.current.forEach((f) => f()),
    });
    const unlisten = deps.listen((raw, reply) => {
      const msg = readToPage(raw);
      if (!msg) return false;
      s.handle(msg).then(reply, () => reply(null));
      return true;
    });
    void s.start().then(() => setSession(s));
    return () => {
      unlisten();
      s.stop();
      setSession(null);
      audited.current = [];
      report.root.remove();
      report.destroy();
    };
  }, [state]);

  const shown = state.kind === 'shown' ? state : null;
  // One link and one watch per session: the list asks again only when they change.
  const link = useMemo(() => (session && shown ? { api: viewerLink(session, location.href), watch: viewerWatch((f) => audited.current.push(f)) } : null), [session]);
  const result = shown?.report.audit.result;
  const href = shown ? safeHref(shown.url) : null;
  return (
    <div class={`viewer${shown || state.kind === 'reading' ? ' has-document' : ''}`} data-testid="viewer" data-state={state.kind}>
      <header class="viewer-bar">
        <h1 data-testid="viewer-title">{result?.report.title ?? (state.kind === 'choose' ? ui('viewerTitle', lang) : state.name)}</h1>
        {shown && (
          <p class="viewer-meta">
            <span>{shown.report.pages !== null ? format(ui('viewerFormatPdf', lang), { pages: shown.report.pages }) : ui('viewerFormatDocx', lang)}</span>
            {' · '}{ui('viewerSource', lang)}
            {href ? <a href={href} target="_blank" rel="noopener noreferrer">{shown.name}</a> : shown.name}
          </p>
        )}
        {shown?.report.notice && <p class="viewer-notice" role="status" data-testid="viewer-notice">{shown.report.notice[lang]}</p>}
        {shown && !shown.report.notice && !result?.report.isReport && <p class="viewer-notice" role="status" data-testid="viewer-notice">{ui('viewerNotReport', lang)}</p>}
        {shown && <FilePicker label={ui('viewerOpenOther', lang)} onFile={openFile} />}
      </header>
      {state.kind === 'choose' && (
        <section class="viewer-start">
          <p>{ui('viewerNoSource', lang)}</p>
          <FilePicker label={ui('viewerChoose', lang)} onFile={openFile} />
        </section>
      )}
      {state.kind === 'reading' && <p class="viewer-reading" role="status" aria-busy="true">{format(ui('viewerReading', lang), { name: state.name })}</p>}
      {state.kind === 'failed' && (
        <section class="viewer-start" role="alert" data-testid="viewer-error">
          <p>{format(ui('viewerCannotRead', lang), { name: state.name, reason: state.reason })}</p>
          {state.fetched && <p>{ui('viewerDownloadHint', lang)}</p>}
          <FilePicker label={ui('viewerChoose', lang)} onFile={openFile} />
        </section>
      )}
      <div class="viewer-document" ref={docArea} data-testid="viewer-document" />
      {link && (
        <aside class="viewer-panel" data-testid="viewer-panel">
          <PopupApp
            api={link.api}
            search=""
            lang={lang}
            surface="panel"
            exportDeps={deps.exportDeps}
            download={deps.download}
            openLibrary={deps.openLibrary}
            watch={link.watch}
          />
        </aside>
      )}
    </div>
  );
}
