// An auditor's decision on a finding: kept with the page, shown as dismissed, never dropped.
import { z } from 'zod';

import { DISMISS_REASONS, NOTE_MAX } from './dismissal-reasons';

export { DISMISS_REASONS, NOTE_MAX };

export const DismissalSchema = z.object({
  findingId: z.string().regex(/^[0-9a-f]{8}$/),
  reason: z.enum(DISMISS_REASONS),
  /** When it was decided (ISO date-time). */
  at: z.string().datetime(),
  /** The auditor's own words on the decision (free text, shown as text only). */
  note: z.string().max(NOTE_MAX).optional(),
});

export type Dismissal = z.infer<typeof DismissalSchema>;
export type DismissReason = Dismissal['reason'];
