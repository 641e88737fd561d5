// The states without a report to show: loading, not a report, reload, outside, error.
import type { Lang } from '../../lib/i18n/lang';
import { format } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import { errorSentence } from './labels';
import type { View } from './view-state';
import type { ListProbe } from '../shared/list-probe';

export function LoadingPanel({ working, lang }: { working: boolean; lang: Lang }) {
  return (
    <div class="panel panel-loading" role="status">
      <span class="spinner" aria-hidden="true" />
      <p>{ui(working ? 'popupWorking' : 'popupLoading', lang)}</p>
    </div>
  );
}

function AuditButton({ label, onAudit }: { label: string; onAudit: () => void }) {
  return <button type="button" class="button button-primary" data-testid="audit-page" onClick={onAudit}>{label}</button>;
}

export function NotReportPanel({ triedAnyway, onAudit, lang }: { triedAnyway: boolean; onAudit: () => void; lang: Lang }) {
  return (
    <div class="panel">
      <h1 class="panel-title"><span class="panel-icon" aria-hidden="true">○</span>{ui('popupNotReportTitle', lang)}</h1>
      <p>{ui('popupNotReportNote', lang)}</p>
      {triedAnyway && <p class="panel-still" role="status">{ui('popupNotReportStill', lang)}</p>}
      <AuditButton label={ui('popupAuditAnyway', lang)} onAudit={onAudit} />
    </div>
  );
}

/** A page that lists annual reports (a portal's column of them): audit them all in the dashboard. */
export function ListPanel({ count, onAuditAll, lang }: { count: number; onAuditAll: () => void; lang: Lang }) {
  return (
    <div class="panel panel-list" data-testid="list-page" data-reports={count}>
      <h1 class="panel-title"><span class="panel-icon" aria-hidden="true">≡</span>{format(ui('popupListTitle', lang), { n: count })}</h1>
      <p>{ui('popupListNote', lang)}</p>
      <button type="button" class="button button-primary" data-testid="audit-list" onClick={onAuditAll}>{ui('popupAuditList', lang)}</button>
    </div>
  );
}

type Attachment = ListProbe['attachments'][number];

/** The report files a page attaches: PDF and Word files open in the viewer; .doc and .wps are
 *  named as not supported. */
export function AttachmentsPanel({ attachments, onAudit, lang }: { attachments: readonly Attachment[]; onAudit: (url: string) => void; lang: Lang }) {
  return (
    <div class="panel panel-attachments" data-testid="attachments">
      <p class="panel-title">{ui('popupAttachments', lang)}</p>
      <ul class="attachment-list">
        {attachments.map((a) => (
          <li key={a.url}>
            {a.format === 'pdf' || a.format === 'docx' ? (
              <button type="button" class="button" data-testid="audit-attachment" data-url={a.url} onClick={() => onAudit(a.url)}>
                {ui('popupAuditAttachment', lang)}：{a.name}
              </button>
            ) : (
              <span data-testid="attachment-unsupported">{format(ui('popupAttachmentUnsupported', lang), { name: a.name, kind: `.${a.format}` })}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The tab shows a PDF or a Word file itself (the browser's own viewer): offered to ours. */
export function DocumentPanel({ kind, onAudit, lang }: { kind: 'pdf' | 'docx'; onAudit: () => void; lang: Lang }) {
  return (
    <div class="panel panel-document" data-testid="document-tab">
      <p>{format(ui('popupDocumentTab', lang), { kind: kind === 'pdf' ? 'PDF' : 'Word' })}</p>
      <button type="button" class="button button-primary" data-testid="audit-document" onClick={onAudit}>
        {ui(kind === 'pdf' ? 'popupAuditPdf' : 'popupAuditDocx', lang)}
      </button>
    </div>
  );
}

export function ReloadPanel({ onReload, lang }: { onReload: () => void; lang: Lang }) {
  return (
    <div class="panel">
      <h1 class="panel-title"><span class="panel-icon" aria-hidden="true">↻</span>{ui('popupReloadTitle', lang)}</h1>
      <p>{ui('popupReloadNote', lang)}</p>
      <button type="button" class="button button-primary" data-testid="reload-page" onClick={onReload}>{ui('popupReloadButton', lang)}</button>
    </div>
  );
}

export function OutsidePanel({ onAudit, lang }: { onAudit: () => void; lang: Lang }) {
  return (
    <div class="panel">
      <h1 class="panel-title"><span class="panel-icon" aria-hidden="true">◌</span>{ui('popupOutsideTitle', lang)}</h1>
      <p>{ui('popupOutsideNote', lang)}</p>
      <AuditButton label={ui('popupAuditPage', lang)} onAudit={onAudit} />
    </div>
  );
}

export function ErrorPanel({ view, onRetry, lang }: { view: Extract<View, { state: 'error' }>; onRetry: () => void; lang: Lang }) {
  return (
    <div class="panel panel-error" role="alert">
      <h1 class="panel-title"><span class="panel-icon" aria-hidden="true">✖</span>{ui('popupErrorTitle', lang)}</h1>
      <p data-testid="error-message">{errorSentence(view, lang)}</p>
      <details class="error-detail">
        <summary>{ui('popupErrorDetail', lang)}</summary>
        <pre>{view.detail}</pre>
      </details>
      <button type="button" class="button" data-testid="retry" onClick={onRetry}>{ui('popupRetry', lang)}</button>
    </div>
  );
}
