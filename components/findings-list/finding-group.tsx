// One group of findings (a rule's failures, "needs review" or dismissed) as a disclosure, and
// each finding as a button that shows it on the page, with dismiss (reason and note) or restore.
// All text is rendered as text: messages, cell text and notes come from the page or a person.
import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/lang';
import { format } from '../../lib/i18n/lang';
import type { UiKey } from '../../lib/i18n/ui';
import { ui } from '../../lib/i18n/ui';
import type { DismissReason } from '../../lib/result/dismissal';
import { DismissForm } from './dismiss-form';
import type { FindingGroup, FindingRow } from './findings';
import { SEVERITY_ICON } from '../../lib/result/severity';
import { ruleDescription, ruleTitle } from '../../lib/rules';
import { dismissalLabel, expectedActual, severityLabel, whereHint } from '../popup/labels';

export interface FindingActions {
  onFocus: (id: string) => void;
  onDismiss: (id: string, reason: DismissReason, note: string) => void;
  onRestore: (id: string) => void;
}

const GROUP_TITLE: Record<'review' | 'dismissed', UiKey> = { review: 'exportHtmlReviewGroup', dismissed: 'statusDismissed' };
const GROUP_NOTE: Record<'review' | 'dismissed', UiKey> = { review: 'popupGroupReviewNote', dismissed: 'popupGroupDismissedNote' };

export interface FindingGroupProps {
  group: FindingGroup;
  open: boolean;
  /** The finding last shown on the page from this list (marked as current), if any. */
  current: string | null;
  lang: Lang;
  actions: FindingActions;
}

export function FindingGroupView({ group, open, current, lang, actions }: FindingGroupProps) {
  const title = group.kind === 'fail' ? ruleTitle(group.rule!, lang) : ui(GROUP_TITLE[group.kind], lang);
  const note = group.kind === 'fail' ? ruleDescription(group.rule!, lang) : ui(GROUP_NOTE[group.kind], lang);
  const icon = group.kind === 'fail' ? SEVERITY_ICON[group.severity] : group.kind === 'review' ? '?' : '–';
  return (
    <details
      class={`group group-${group.kind} sev-${group.severity}`}
      data-testid="group"
      data-kind={group.kind}
      data-rule={group.rules.join(' ')}
      open={open}
    >
      <summary class="group-summary">
        <span class="sev-icon" aria-hidden="true">{icon}</span>
        {group.kind === 'fail' && <span class="sr-only">{severityLabel(group.severity, lang)}：</span>}
        <span class="group-title">{title}</span>
        <span class="group-count">{format(ui('popupFindingCount', lang), { n: group.rows.length })}</span>
      </summary>
      {note && <p class="group-note">{note}</p>}
      <ul class="finding-list">
        {group.rows.map((row) => (
          <FindingItem
            key={row.finding.id}
            row={row}
            showRule={group.kind !== 'fail'}
            isCurrent={row.finding.id === current}
            lang={lang}
            actions={actions}
          />
        ))}
      </ul>
    </details>
  );
}

function FindingItem({ row, showRule, isCurrent, lang, actions }: {
  row: FindingRow; showRule: boolean; isCurrent: boolean; lang: Lang; actions: FindingActions;
}) {
  const f = row.finding;
  const values = expectedActual(f, lang);
  const where = whereHint(f, lang);
  const [dismissing, setDismissing] = useState(false);
  return (
    <li
      class={`finding sev-${f.severity}${row.dismissal ? ' is-dismissed' : ''}`}
      data-testid="finding"
      data-finding-id={f.id}
      data-severity={f.severity}
      data-status={row.dismissal ? 'dismissed' : f.status}
    >
      <button type="button" class="finding-focus" aria-current={isCurrent ? 'true' : undefined} onClick={() => actions.onFocus(f.id)}>
        <span class="sev-icon" aria-hidden="true">{SEVERITY_ICON[f.severity]}</span>
        <span class="finding-body">
          <span class="sr-only">{severityLabel(f.severity, lang)}：</span>
          {showRule && <span class="finding-rule">{ruleTitle(f.rule, lang)}</span>}
          <span class="finding-message">{f.message}</span>
          {values.length > 0 && (
            <span class="finding-values">
              {values.map((v) => (
                <span key={v.label} class="value"><span class="value-label">{v.label}</span> <span class="value-n">{v.value}</span></span>
              ))}
            </span>
          )}
          {where && <span class="finding-where">{where}</span>}
        </span>
      </button>
      {!row.dismissal && !dismissing && (
        <div class="finding-tools">
          <button
            type="button"
            class="button button-small"
            data-testid="dismiss"
            aria-label={format(ui('listDismissLabel', lang), { message: f.message })}
            onClick={() => setDismissing(true)}
          >
            {ui('listDismiss', lang)}
          </button>
        </div>
      )}
      {!row.dismissal && dismissing && (
        <DismissForm
          findingId={f.id}
          lang={lang}
          onDismiss={(reason, note) => {
            setDismissing(false);
            actions.onDismiss(f.id, reason, note);
          }}
          onCancel={() => setDismissing(false)}
        />
      )}
      {row.dismissal && (
        <div class="finding-dismissal">
          <span class="dismissal-reason">{dismissalLabel(row.dismissal, lang)}</span>
          <button
            type="button"
            class="button button-small"
            data-testid="restore"
            aria-label={format(ui('popupRestoreLabel', lang), { message: f.message })}
            onClick={() => actions.onRestore(f.id)}
          >
            {ui('popupRestore', lang)}
          </button>
        </div>
      )}
    </li>
  );
}
