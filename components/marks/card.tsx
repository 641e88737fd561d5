// The card a click on a mark opens: the finding's message, expected and actual values, the cells
// involved, Previous/Next through the findings in page order, copy details, dismiss with a reason.
import type { Lang } from '../../lib/i18n/lang';
import { format } from '../../lib/i18n/lang';
import { pageUi } from '../../lib/i18n/page-ui';
import { ui } from '../../lib/i18n/ui';
import type { UiKey } from '../../lib/i18n/ui';
import type { Dismissal, DismissReason } from '../../lib/result/dismissal';
import { DISMISS_REASONS } from '../../lib/result/dismissal-reasons';
import type { Finding } from '../../lib/result/schema';

export const REASON_KEYS: Record<DismissReason, UiKey> = {
  'not-a-defect': 'reasonNotADefect',
  accepted: 'reasonAccepted',
  'follow-up': 'reasonFollowUp',
};

export interface CardProps {
  finding: Finding;
  ruleTitle: string;
  index: number;
  total: number;
  dismissal: Dismissal | null;
  /** The cells involved, in the page's words. */
  cells: string[];
  lang: Lang;
  left: number;
  top: number;
  copied: boolean;
  onPrev(): void;
  onNext(): void;
  onClose(): void;
  onDismiss(reason: DismissReason): void;
  onRestore(): void;
  onCopy(): void;
}

export function Card(p: CardProps) {
  const t = (k: Parameters<typeof pageUi>[0]) => pageUi(k, p.lang);
  const f = p.finding;
  const showValues = f.expected !== null || f.actual !== null;
  return (
    <div
      class={`xxgk-card sev-${f.severity}`}
      role="dialog"
      aria-label={p.ruleTitle}
      data-finding-id={f.id}
      style={{ left: `${p.left}px`, top: `${p.top}px` }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') p.onClose();
      }}
    >
      <button type="button" class="close" aria-label={t('close')} onClick={p.onClose}>×</button>
      <h2>
        <span class="sev">{t(f.severity)}{f.status === 'review' ? ` · ${t('review')}` : ''}</span>
        {p.ruleTitle}
      </h2>
      <div class="rule">{t('rule')}: {f.rule}</div>
      <p class="message">{f.message}</p>
      {showValues && (
        <dl>
          {f.expected !== null && <><dt>{t('expected')}</dt><dd class="expected">{f.expected}</dd></>}
          <dt>{t('actual')}</dt><dd class="actual">{f.actual ?? t('blank')}</dd>
        </dl>
      )}
      {p.cells.length > 0 && (
        <>
          <div class="rule">{t('cells')}</div>
          <ul>{p.cells.map((c, i) => <li key={i}>{c}</li>)}</ul>
        </>
      )}
      {p.dismissal ? (
        <div class="row">
          <span class="dismissed">{t('dismissed')}：{ui(REASON_KEYS[p.dismissal.reason], p.lang)}</span>
          <button type="button" data-action="restore" onClick={p.onRestore}>{t('restore')}</button>
        </div>
      ) : (
        <div class="row">
          <span>{t('dismissAs')}</span>
          {DISMISS_REASONS.map((r) => (
            <button type="button" key={r} data-action="dismiss" data-reason={r} onClick={() => p.onDismiss(r)}>
              {ui(REASON_KEYS[r], p.lang)}
            </button>
          ))}
        </div>
      )}
      <div class="row">
        <button type="button" data-action="prev" onClick={p.onPrev} disabled={p.total < 2}>‹ {t('previous')}</button>
        <button type="button" data-action="next" onClick={p.onNext} disabled={p.total < 2}>{t('next')} ›</button>
        <button type="button" data-action="copy" onClick={p.onCopy}>{p.copied ? t('copied') : t('copy')}</button>
        <span class="pos">{format(t('position'), { n: p.index + 1, total: p.total })}</span>
      </div>
    </div>
  );
}

/** The plain-text details "copy details" puts on the clipboard. */
export function detailsText(f: Finding, ruleTitle: string, cells: string[], url: string, lang: Lang): string {
  const t = (k: Parameters<typeof pageUi>[0]) => pageUi(k, lang);
  const lines = [`[${t(f.severity)}] ${ruleTitle} (${f.rule})`, f.message];
  if (f.expected !== null) lines.push(`${t('expected')}: ${f.expected}`);
  if (f.expected !== null || f.actual !== null) lines.push(`${t('actual')}: ${f.actual ?? t('blank')}`);
  if (cells.length) lines.push(`${t('cells')}: ${cells.join('; ')}`);
  lines.push(`${t('source')}: ${url}`, `id: ${f.id}`);
  return lines.join('\n');
}
