// Sharing a review: export the page's dismissals as a JSON file, import one (a file input; the
// text is read here and checked by dismissal-file.ts before anything is sent to the page).
import type { Lang } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';

export interface DismissalToolsProps {
  lang: Lang;
  onExport: () => void;
  onImport: (text: string) => void;
  /** Reading the chosen file failed (the browser's own error). */
  onReadError: (e: unknown) => void;
}

export function DismissalTools({ lang, onExport, onImport, onReadError }: DismissalToolsProps) {
  return (
    <section class="dismissal-tools" aria-labelledby="dismissals-heading">
      <h2 id="dismissals-heading" class="section-heading">{ui('panelDismissals', lang)}</h2>
      <p class="hint">{ui('panelDismissalsNote', lang)}</p>
      <div class="export-buttons">
        <button type="button" class="button" data-testid="export-dismissals" onClick={onExport}>{ui('panelExportDismissals', lang)}</button>
        <label class="button file-button">
          {ui('panelImportDismissals', lang)}
          <input
            type="file"
            class="sr-only"
            accept=".json,application/json"
            data-testid="import-dismissals"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              // Cleared so that choosing the same file again imports it again.
              input.value = '';
              if (file) file.text().then(onImport, onReadError);
            }}
          />
        </label>
      </div>
    </section>
  );
}
