// "显示标记 / Show marks": a labelled checkbox with the switch role.
import type { Lang } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';

export function HighlightSwitch({ on, onChange, lang }: { on: boolean; onChange: (on: boolean) => void; lang: Lang }) {
  return (
    <label class="switch" title={ui('popupHighlightsHint', lang)}>
      <input
        type="checkbox"
        role="switch"
        class="switch-input"
        data-testid="highlight-switch"
        checked={on}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
      <span class="switch-label">{ui('popupHighlights', lang)}</span>
    </label>
  );
}
