// The dashboard: a portal's list of annual reports audited in one go. A progress bar with the
// report being read, cancel and resume; the reports in a table (sortable, filterable; a row opens
// its report in a tab, where the marks are drawn); the across-years findings between reports of
// one body; exports of everything. Page text is shown as text only (Preact escapes it).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/lang';
import { format } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import type { UiKey } from '../../lib/i18n/ui';
import { safeHref } from '../shared/safe-href';
import { Batch } from './batch';
import type { BatchDeps, BatchSnapshot } from './batch';
import { acrossYears, filterRows, progressOf, rowOf, sortRows } from './entries';
import type { ReportEntry, Row, SortKey } from './entries';

export type BatchExportFormat = 'csv' | 'xlsx' | 'json';

export interface DashboardAppProps {
  listUrl: string | null;
  deps: BatchDeps;
  lang: Lang;
  /** Makes and saves one export of the batch's entries. */
  exportAs: (format: BatchExportFormat, entries: readonly ReportEntry[]) => Promise<void>;
  /** Opens a report in a tab (the extension marks it there). */
  openReport: (url: string) => void;
}

const COLUMNS: { key: SortKey; label: UiKey }[] = [
  { key: 'order', label: 'dashboardColOrder' },
  { key: 'title', label: 'exportColReport' },
  { key: 'body', label: 'dashboardColBody' },
  { key: 'year', label: 'exportHtmlYear' },
  { key: 'error', label: 'severityError' },
  { key: 'warning', label: 'severityWarning' },
  { key: 'info', label: 'severityInfo' },
];

function ReportRow({ r, index, lang, onOpen }: { r: Row; index: number; lang: Lang; onOpen: () => void }) {
  const href = safeHref(r.source);
  return (
    <tr data-xxgk-source={r.source} data-row-state={r.state}>
      <td>{index + 1}</td>
      <td class="title">
        {href ? <a href={href} onClick={(e) => { e.preventDefault(); onOpen(); }}>{r.title || r.source}</a> : (r.title || r.source)}
        {r.problem && <span class="problem" data-testid="problem">{r.problem}</span>}
      </td>
      <td>{r.body ?? ''}</td>
      <td>{r.year ?? ''}</td>
      <td data-count="error">{r.state === 'done' ? r.error : ''}</td>
      <td data-count="warning">{r.state === 'done' ? r.warning : ''}</td>
      <td data-count="info">{r.state === 'done' ? r.info : ''}</td>
      <td class="template">{r.template ?? ''}</td>
      <td class="state">{ui(STATE_KEY[r.state], lang)}</td>
    </tr>
  );
}

const STATE_KEY: Record<Row['state'], UiKey> = {
  queued: 'dashboardStateQueued', reading: 'dashboardStateReading', done: 'dashboardStateDone', failed: 'dashboardStateFailed',
};

export function DashboardApp({ listUrl, deps, lang, exportAs, openReport }: DashboardAppProps) {
  const [snap, setSnap] = useState<BatchSnapshot>({ state: 'running', entries: [], listError: null });
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'order', descending: false });
  const [text, setText] = useState('');
  const [errorsOnly, setErrorsOnly] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const batch = useRef<Batch | null>(null);

  useEffect(() => {
    if (!listUrl) return;
    const b = new Batch(listUrl, deps, setSnap);
    batch.current = b;
    void b.run();
    return () => b.cancel();
  }, [listUrl, deps]);

  const rows = useMemo(() => snap.entries.map((e) => rowOf(e, lang, ui('dashboardNotReport', lang))), [snap.entries, lang]);
  const shown = useMemo(() => sortRows(filterRows(rows, { text, errorsOnly }), sort.key, sort.descending), [rows, text, errorsOnly, sort]);
  const years = useMemo(() => acrossYears(snap.entries), [snap.entries]);
  const progress = progressOf(snap.entries);

  if (!listUrl) {
    return <main class="dashboard" data-xxgk-batch="done"><h1>{ui('dashboardTitle', lang)}</h1><p data-testid="no-list">{ui('dashboardNoList', lang)}</p></main>;
  }

  const exportNow = (fmt: BatchExportFormat) => {
    setNotice(null);
    exportAs(fmt, snap.entries).catch((e: unknown) => setNotice(format(ui('popupExportFailed', lang), { detail: e instanceof Error ? e.message : String(e) })));
  };
  const sortBy = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === 'error' || key === 'warning' || key === 'info' }));
  const listHref = safeHref(listUrl);

  return (
    <main class="dashboard" data-xxgk-batch={snap.state} aria-busy={snap.state === 'running'}>
      <h1>{ui('dashboardTitle', lang)}</h1>
      <p class="list">{ui('dashboardList', lang)}{listHref ? <a href={listHref} target="_blank" rel="noopener noreferrer">{listUrl}</a> : listUrl}</p>
      <section class="progress" data-testid="progress">
        <progress max={Math.max(1, progress.total)} value={progress.finished} />
        <span data-testid="progress-text">
          {format(ui('dashboardProgress', lang), { done: progress.finished, total: progress.total })}
          {snap.state === 'running' && progress.current ? ` · ${progress.current}` : ''}
          {snap.state === 'cancelled' ? ` · ${ui('dashboardCancelled', lang)}` : ''}
        </span>
        {snap.state === 'running'
          ? <button type="button" data-action="cancel" onClick={() => batch.current?.cancel()}>{ui('dashboardCancel', lang)}</button>
          : snap.state === 'cancelled' && <button type="button" data-action="resume" onClick={() => void batch.current?.run()}>{ui('dashboardResume', lang)}</button>}
      </section>
      {snap.listError && <p class="list-error" role="alert" data-testid="list-error">{format(ui('dashboardListError', lang), { reason: snap.listError.message })}</p>}
      <div class="toolbar">
        <span>{ui('popupExport', lang)}</span>
        {(['csv', 'xlsx', 'json'] as const).map((f) => (
          <button key={f} type="button" data-xxgk-export={f} disabled={snap.state === 'running'} onClick={() => exportNow(f)}>{ui(EXPORT_KEY[f], lang)}</button>
        ))}
        <label>{ui('panelSearch', lang)} <input type="search" data-testid="filter-text" value={text} onInput={(e) => setText(e.currentTarget.value)} /></label>
        <label><input type="checkbox" data-testid="filter-errors" checked={errorsOnly} onChange={(e) => setErrorsOnly(e.currentTarget.checked)} /> {ui('dashboardErrorsOnly', lang)}</label>
      </div>
      <p class="notice" role="status" data-testid="notice">{notice}</p>
      <table class="reports" data-testid="reports">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                <button type="button" data-sort={c.key} onClick={() => sortBy(c.key)}>{ui(c.label, lang)}</button>
              </th>
            ))}
            <th>{ui('exportHtmlTemplate', lang)}</th><th>{ui('dashboardColState', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => <ReportRow key={r.source} r={r} index={rows.indexOf(r)} lang={lang} onOpen={() => openReport(r.source)} />)}
        </tbody>
      </table>
      {years.length > 0 && (
        <section class="years" data-testid="across-years">
          <h2>{ui('dashboardAcrossYears', lang)}</h2>
          <ul>
            {years.map((y) => (
              <li key={y.id} data-finding-id={y.id} data-rule={y.rule} class={`sev-${y.severity}`}>
                <span class="report">{y.title}</span>：{y.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

const EXPORT_KEY: Record<BatchExportFormat, UiKey> = { csv: 'exportFormatCsv', xlsx: 'dashboardExportXlsx', json: 'exportFormatJson' };
