// The card a click on a mark opens: the finding's message, expected and actual values, the cells
// involved, Previous/Next through the findings in page order, copy details, dismiss with a reason.
import type { Lang } from '../../lib/i18n/lang';
import { format } from '../../lib/i18n/lang';
import type { UiKey } from '../../lib/i18n/ui';
import { SEVERITY_KEY, ui } from '../../lib/i18n/ui';
import type { Dismissal, DismissReason } from '../../lib/result/dismissal';
import { DISMISS_REASONS } from '../../lib/result/dismissal-reasons';
import type { Finding } from '../../lib/result/schema';
import { actualText } from '../../lib/i18n/places';

export const REASON_KEYS: Record<DismissReason, UiKey> = {
  'not-a-defect': 'reasonNotADefect',
  accepted: 'reasonAccepted',
  'follow-up': 'reasonFollowUp',
};

/** An across-years finding's cells, last year's beside this year's, and a link to last year's
 *  report (null when its source is not a web page: a saved file on the command line). */
export interface CardYears {
  previous: { year: number; title: string | null; href: string | null };
  year: number;
  last: string[];
  now: string[];
}

export interface CardProps {
  finding: Finding;
  ruleTitle: string;
  index: number;
  total: number;
  dismissal: Dismissal | null;
  /** The cells involved, in the page's words. */
  cells: string[];
  /** For an across-years finding: its cells by year, shown side by side instead of the list. */
  years: CardYears | null;
  lang: Lang;
  left: number;
  top: number;
  /** What the last "copy details" did. */
  copied: 'no' | 'yes' | 'failed';
  onPrev(): void;
  onNext(): void;
  onClose(): void;
  onDismiss(reason: DismissReason): void;
  onRestore(): void;
  onCopy(): void;
}

export function Card(p: CardProps) {
  const t = (k: UiKey) => ui(k, p.lang);
  const f = p.finding;
  const showValues = f.expected !== null || f.actual !== null;
  return (
    <div
      class={`xxgk-card sev-${f.severity}`}
      role="dialog"
      aria-label={p.ruleTitle}
      data-finding-id={f.id}
      tabIndex={-1}
      style={{ left: `${p.left}px`, top: `${p.top}px` }}
    >
      <button type="button" class="close" aria-label={t('cardClose')} onClick={p.onClose}>×</button>
      <h2>
        <span class="sev">{t(SEVERITY_KEY[f.severity])}{f.status === 'review' ? ` · ${t('statusReview')}` : ''}</span>
        {p.ruleTitle}
      </h2>
      <p class="message">{f.message}</p>
      {f.quote && <blockquote class="quote">{f.quote.text}</blockquote>}
      {showValues && (
        <dl>
          {f.expected !== null && <><dt>{t('exportColExpected')}</dt><dd class="expected">{f.expected}</dd></>}
          <dt>{t('exportColActual')}</dt><dd class="actual">{actualText(f, p.lang)}</dd>
        </dl>
      )}
      {p.years && <YearsTable years={p.years} lang={p.lang} />}
      {!p.years && p.cells.length > 0 && (
        <>
          <div class="rule">{t('cardCells')}</div>
          <ul>{p.cells.map((c, i) => <li key={i}>{c}</li>)}</ul>
        </>
      )}
      {p.dismissal ? (
        <div class="row">
          <span class="dismissed">{t('statusDismissed')}：{ui(REASON_KEYS[p.dismissal.reason], p.lang)}</span>
          <button type="button" data-action="restore" onClick={p.onRestore}>{t('popupRestore')}</button>
        </div>
      ) : (
        <div class="row">
          <span>{t('cardDismissAs')}</span>
          {DISMISS_REASONS.map((r) => (
            <button type="button" key={r} data-action="dismiss" data-reason={r} onClick={() => p.onDismiss(r)}>
              {ui(REASON_KEYS[r], p.lang)}
            </button>
          ))}
        </div>
      )}
      <div class="row">
        <button type="button" data-action="prev" onClick={p.onPrev} disabled={p.total < 2}>‹ {t('panelPrev')}</button>
        <button type="button" data-action="next" onClick={p.onNext} disabled={p.total < 2}>{t('panelNext')} ›</button>
        <button type="button" data-action="copy" onClick={p.onCopy}>{t('cardCopy')}</button>
        {p.copied !== 'no' && (
          <span class={p.copied === 'yes' ? 'copied' : 'copy-failed'} role="status" data-copy={p.copied}>
            {p.copied === 'yes' ? t('cardCopied') : t('cardCopyFailed')}
          </span>
        )}
        <span class="pos">{format(t('cardPosition'), { n: p.index + 1, total: p.total })}</span>
      </div>
    </div>
  );
}

function YearsTable({ years, lang }: { years: CardYears; lang: Lang }) {
  const t = (k: UiKey) => ui(k, lang);
  const { previous } = years;
  const rows = Math.max(years.last.length, years.now.length);
  return (
    <>
      <table class="years" data-xxgk-years="">
        <thead>
          <tr>
            <th scope="col" title={previous.title ?? undefined}>{format(t('cardYearColumn'), { year: previous.year })}</th>
            <th scope="col">{format(t('cardYearColumn'), { year: years.year })}（{t('cardThisReport')}）</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            <tr key={i}><td class="last">{years.last[i] ?? ''}</td><td class="now">{years.now[i] ?? ''}</td></tr>
          ))}
        </tbody>
      </table>
      {previous.href && (
        <a class="previous" href={previous.href} target="_blank" rel="noopener noreferrer" data-xxgk-previous={previous.href}>
          {format(t('cardOpenPrevious'), { year: previous.year })}{previous.title ? `：${previous.title}` : ''}
        </a>
      )}
    </>
  );
}

/** The plain-text details "copy details" puts on the clipboard. */
export function detailsText(f: Finding, ruleTitle: string, cells: string[], url: string, lang: Lang): string {
  const t = (k: UiKey) => ui(k, lang);
  const lines = [`[${t(SEVERITY_KEY[f.severity])}] ${ruleTitle} (${f.rule})`, f.message];
  if (f.quote) lines.push(`「${f.quote.text}」`);
  if (f.expected !== null) lines.push(`${t('exportColExpected')}: ${f.expected}`);
  if (f.expected !== null || f.actual !== null) lines.push(`${t('exportColActual')}: ${actualText(f, lang)}`);
  if (cells.length) lines.push(`${t('cardCells')}: ${cells.join('; ')}`);
  if (f.previous) lines.push(`${t('cardPreviousReport')}: ${f.previous.title ? `${f.previous.title} ` : ''}${f.previous.source}`);
  lines.push(`${t('exportHtmlSource')}: ${url}`, `id: ${f.id}`);
  return lines.join('\n');
}
