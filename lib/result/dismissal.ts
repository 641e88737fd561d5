// An auditor's decision on a finding: kept with the page, shown as dismissed, never dropped.
import { z } from 'zod';

import { DISMISS_REASONS } from './dismissal-reasons';

export { DISMISS_REASONS };

export const DismissalSchema = z.object({
  findingId: z.string().regex(/^[0-9a-f]{8}$/),
  reason: z.enum(DISMISS_REASONS),
  /** When it was decided (ISO date-time). */
  at: z.string().datetime(),
});

export type Dismissal = z.infer<typeof DismissalSchema>;
export type DismissReason = Dismissal['reason'];
