// The export buttons: CSV, JSON and the readable HTML report (lib/export's registry).
import type { ExportFormat } from '../../lib/export';
import { EXPORTERS, EXPORT_FORMATS } from '../../lib/export';
import type { Lang } from '../../lib/i18n/lang';
import type { UiKey } from '../../lib/i18n/ui';
import { ui } from '../../lib/i18n/ui';

const BUTTON_KEY: Record<ExportFormat, UiKey> = { csv: 'popupExportCsv', json: 'popupExportJson', html: 'popupExportHtml' };

export function ExportButtons({ onExport, lang }: { onExport: (format: ExportFormat) => void; lang: Lang }) {
  return (
    <section class="exports" aria-labelledby="exports-heading">
      <h2 id="exports-heading" class="section-heading">{ui('popupExport', lang)}</h2>
      <div class="export-buttons">
        {EXPORT_FORMATS.map((fmt) => (
          <button
            key={fmt}
            type="button"
            class="button"
            data-testid={`export-${fmt}`}
            title={EXPORTERS[fmt].label[lang]}
            onClick={() => onExport(fmt)}
          >
            {ui(BUTTON_KEY[fmt], lang)}
          </button>
        ))}
      </div>
    </section>
  );
}
