// The library page: the audited reports kept on this machine, by body and year, with their counts
// and audit date; open one, delete one, export the library, import a file, clear it all. Page
// text is shown as text only (Preact escapes it); links only to http(s) sources.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/lang';
import { format } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import type { ExportFile } from '../popup/export-file';
import { safeHref } from '../shared/safe-href';
import { groupByBody } from './groups';
import type { LibraryRecord } from './schema';
import type { ImportOutcome, Library } from './store';

export interface LibraryAppProps {
  library: Library;
  lang: Lang;
  download: (file: ExportFile) => void;
}

function importText(outcome: ImportOutcome, lang: Lang): string {
  if (outcome.ok) return format(ui('libraryImported', lang), { added: outcome.added, replaced: outcome.replaced });
  const why = outcome.error === 'not-json' ? ui('importNotJson', lang)
    : outcome.error === 'wrong-kind' ? ui('libraryWrongKind', lang)
    : format(ui('importMalformed', lang), { detail: outcome.detail });
  return format(ui('libraryImportFailed', lang), { detail: why });
}

/** How the report came in and, when not a web page, what it was read from: 「打开的网页」, 「批量审核 · PDF」. */
function originText(r: LibraryRecord, lang: Lang): string {
  const via = ui(r.via === 'batch' ? 'libraryViaBatch' : 'libraryViaPage', lang);
  return r.format === 'html' ? via : `${via} · ${r.format === 'pdf' ? 'PDF' : 'Word'}`;
}

function Row({ r, lang, onDelete }: { r: LibraryRecord; lang: Lang; onDelete: () => void }) {
  const href = safeHref(r.source);
  return (
    <tr data-xxgk-source={r.source}>
      <td>{r.year ?? ui('exportHtmlUnknown', lang)}</td>
      <td class="title">{href ? <a href={href} target="_blank" rel="noopener noreferrer">{r.title ?? r.source}</a> : (r.title ?? r.source)}</td>
      <td data-count="error">{r.summary.error}</td>
      <td data-count="warning">{r.summary.warning}</td>
      <td data-count="info">{r.summary.info}</td>
      <td>{r.auditedAt.slice(0, 10)}</td>
      <td data-via={r.via} data-format={r.format}>{originText(r, lang)}</td>
      <td><button type="button" data-action="delete" onClick={onDelete}>{ui('libraryDelete', lang)}</button></td>
    </tr>
  );
}

export function LibraryApp({ library, lang, download }: LibraryAppProps) {
  const [records, setRecords] = useState<LibraryRecord[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const reload = useCallback(() => library.list().then(setRecords), [library]);
  useEffect(() => void reload(), [reload]);

  /** Runs an action, then shows what it says (null: nothing) and the library as it now is. */
  const act = (work: Promise<string | null>) => {
    work.then((said) => {
      setNotice(said);
      return reload();
    }, (e: unknown) => setNotice(format(ui('libraryFailed', lang), { detail: e instanceof Error ? e.message : String(e) })));
  };

  const exportAll = () => act(library.exportFile().then((file) => download({
    name: `xxgk-library-${new Date().toISOString().slice(0, 10)}.json`, mime: 'application/json', text: JSON.stringify(file, null, 2),
  })).then(() => null));

  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    act(file.text().then((text) => library.importText(text)).then((outcome) => importText(outcome, lang)));
  };

  const groups = groupByBody(records ?? []);
  return (
    <main class="library" data-xxgk-library="" aria-busy={records === null}>
      <h1>{ui('libraryTitle', lang)}</h1>
      <p class="library-note">{ui('libraryNote', lang)}</p>
      <div class="toolbar">
        <button type="button" data-action="export" onClick={exportAll}>{ui('libraryExport', lang)}</button>
        <label class="import">
          {ui('libraryImport', lang)}
          <input type="file" accept="application/json,.json" data-action="import" onChange={(e) => importFile(e.currentTarget)} />
        </label>
        {confirming
          ? (
              <>
                <span>{ui('libraryClearConfirm', lang)}</span>
                <button type="button" data-action="clear-confirm" onClick={() => { setConfirming(false); act(library.clear().then(() => ui('libraryCleared', lang))); }}>{ui('libraryClearYes', lang)}</button>
                <button type="button" data-action="clear-cancel" onClick={() => setConfirming(false)}>{ui('libraryClearNo', lang)}</button>
              </>
            )
          : <button type="button" data-action="clear" disabled={groups.length === 0} onClick={() => setConfirming(true)}>{ui('libraryClear', lang)}</button>}
      </div>
      <p class="notice" role="status" data-testid="notice">{notice}</p>
      {records !== null && groups.length === 0 && <p data-testid="empty">{ui('libraryEmpty', lang)}</p>}
      {groups.map((g) => (
        <section key={g.key} class="body-group" data-body={g.key}>
          <h2>{g.body ?? ui('libraryNoBody', lang)}</h2>
          <table>
            <thead>
              <tr>
                <th>{ui('exportHtmlYear', lang)}</th><th>{ui('exportColReport', lang)}</th>
                <th>{ui('severityError', lang)}</th><th>{ui('severityWarning', lang)}</th><th>{ui('severityInfo', lang)}</th>
                <th>{ui('exportHtmlAuditedAt', lang)}</th><th>{ui('libraryOrigin', lang)}</th><th />
              </tr>
            </thead>
            <tbody>
              {g.reports.map((r) => <Row key={r.source} r={r} lang={lang} onDelete={() => act(library.remove(r.source).then(() => null))} />)}
            </tbody>
          </table>
        </section>
      ))}
    </main>
  );
}
