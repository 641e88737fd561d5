// Dismissing a finding from a list: a reason and an optional free-text note, confirmed or cancelled.
import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/lang';
import { format } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import { REASON_KEY } from '../../lib/export/input';
import type { DismissReason } from '../../lib/result/dismissal';
import { DISMISS_REASONS, NOTE_MAX } from '../../lib/result/dismissal-reasons';

export interface DismissFormProps {
  findingId: string;
  lang: Lang;
  onDismiss: (reason: DismissReason, note: string) => void;
  onCancel: () => void;
}

export function DismissForm({ findingId, lang, onDismiss, onCancel }: DismissFormProps) {
  const [reason, setReason] = useState<DismissReason>('not-a-defect');
  const [note, setNote] = useState('');
  const id = `dismiss-${findingId}`;
  return (
    <form
      class="dismiss-form"
      data-testid="dismiss-form"
      onSubmit={(e) => {
        e.preventDefault();
        onDismiss(reason, note.trim());
      }}
    >
      <label class="dismiss-field">
        <span>{ui('listDismissReason', lang)}</span>
        <select data-testid="dismiss-reason" value={reason} onChange={(e) => setReason(e.currentTarget.value as DismissReason)}>
          {DISMISS_REASONS.map((r) => <option key={r} value={r}>{ui(REASON_KEY[r], lang)}</option>)}
        </select>
      </label>
      <label class="dismiss-field" for={`${id}-note`}>{ui('listDismissNote', lang)}</label>
      <textarea
        id={`${id}-note`}
        data-testid="dismiss-note"
        rows={2}
        maxLength={NOTE_MAX}
        value={note}
        aria-describedby={`${id}-hint`}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <p id={`${id}-hint`} class="dismiss-hint">{format(ui('listDismissNoteHint', lang), { n: NOTE_MAX })}</p>
      <div class="dismiss-buttons">
        <button type="submit" class="button button-small" data-testid="dismiss-confirm">{ui('listDismissConfirm', lang)}</button>
        <button type="button" class="button button-small" onClick={onCancel}>{ui('listCancel', lang)}</button>
      </div>
    </form>
  );
}
