// The findings as the popup and the side panel list them: grouped by rule (findings.ts). With
// `tools` (the side panel) also the filters by severity and rule, a text search, and
// previous/next through the findings as shown, each shown on the page in turn.
import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/lang';
import { format } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import type { Severity } from '../../lib/result/severity';
import { SEVERITIES, SEVERITY_ICON } from '../../lib/result/severity';
import { ruleTitle } from '../../lib/rules';
import { severityLabel } from '../popup/labels';
import type { FindingActions } from './finding-group';
import { FindingGroupView } from './finding-group';
import type { FindingFilter } from './filter';
import { NO_FILTER, filterGroups, isFiltering, rulesIn, stepThrough } from './filter';
import type { FindingGroup } from './findings';
import { startsOpen } from './findings';

export interface FindingsListProps {
  groups: FindingGroup[];
  lang: Lang;
  actions: FindingActions;
  tools: boolean;
}

export function FindingsList({ groups, lang, actions, tools }: FindingsListProps) {
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [current, setCurrent] = useState<string | null>(null);
  const filtering = tools && isFiltering(filter);
  const shown = filtering ? filterGroups(groups, filter, lang) : groups;
  const ids = shown.flatMap((g) => g.rows.map((r) => r.finding.id));
  const total = groups.reduce((n, g) => n + g.rows.length, 0);

  const focus = (id: string) => {
    setCurrent(id);
    actions.onFocus(id);
  };
  const step = (delta: 1 | -1) => {
    const id = stepThrough(ids, current, delta);
    if (id) focus(id);
  };

  return (
    <section class="groups" aria-label={ui('popupFocusHint', lang)}>
      {tools && (
        <FilterBar
          filter={filter}
          rules={rulesIn(groups)}
          lang={lang}
          onChange={setFilter}
        />
      )}
      {tools && (
        <div class="stepper">
          <p class="hint" data-testid="shown" data-shown={ids.length} data-total={total}>
            {format(ui('panelShown', lang), { shown: ids.length, total })}
          </p>
          <div class="stepper-buttons" role="group" aria-label={ui('panelStepHint', lang)} title={ui('panelStepHint', lang)}>
            <button type="button" class="button button-small" data-testid="step-prev" disabled={ids.length === 0} onClick={() => step(-1)}>
              {ui('panelPrev', lang)}
            </button>
            <button type="button" class="button button-small" data-testid="step-next" disabled={ids.length === 0} onClick={() => step(1)}>
              {ui('panelNext', lang)}
            </button>
          </div>
        </div>
      )}
      {!tools && <p class="hint">{ui('popupFocusHint', lang)}</p>}
      {shown.length === 0 && filtering && (
        <p class="no-match" data-testid="no-match">
          {ui('panelNoMatch', lang)}{' '}
          <button type="button" class="button button-small" onClick={() => setFilter(NO_FILTER)}>{ui('panelClearFilters', lang)}</button>
        </p>
      )}
      {shown.map((g) => (
        <FindingGroupView
          key={g.key}
          group={g}
          // While filtering every group shown is open: the matches are what was asked for.
          open={filtering || startsOpen(g, groups)}
          current={current}
          lang={lang}
          actions={{ ...actions, onFocus: focus }}
        />
      ))}
    </section>
  );
}

function FilterBar({ filter, rules, lang, onChange }: {
  filter: FindingFilter; rules: string[]; lang: Lang; onChange: (f: FindingFilter) => void;
}) {
  const toggle = (sev: Severity, on: boolean) => {
    const severities = new Set(filter.severities);
    if (on) severities.add(sev);
    else severities.delete(sev);
    onChange({ ...filter, severities });
  };
  return (
    <fieldset class="filters" data-testid="filters">
      <legend class="section-heading">{ui('panelFilters', lang)}</legend>
      <div class="filter-row" role="group" aria-label={ui('exportColSeverity', lang)}>
        {SEVERITIES.map((sev) => (
          <label key={sev} class={`chip sev-${sev}`}>
            <input
              type="checkbox"
              data-testid={`filter-${sev}`}
              checked={filter.severities.has(sev)}
              onChange={(e) => toggle(sev, e.currentTarget.checked)}
            />
            <span class="sev-icon" aria-hidden="true">{SEVERITY_ICON[sev]}</span>
            {severityLabel(sev, lang)}
          </label>
        ))}
      </div>
      <label class="filter-row filter-field">
        <span class="filter-label">{ui('exportColRule', lang)}</span>
        <select
          data-testid="filter-rule"
          value={filter.rule ?? ''}
          onChange={(e) => onChange({ ...filter, rule: e.currentTarget.value || null })}
        >
          <option value="">{ui('panelAllRules', lang)}</option>
          {rules.map((r) => <option key={r} value={r}>{ruleTitle(r, lang)}</option>)}
        </select>
      </label>
      <label class="filter-row filter-field">
        <span class="filter-label">{ui('panelSearch', lang)}</span>
        <input
          type="search"
          data-testid="search"
          placeholder={ui('panelSearchPlaceholder', lang)}
          value={filter.query}
          onInput={(e) => onChange({ ...filter, query: e.currentTarget.value })}
        />
      </label>
    </fieldset>
  );
}
