/** Why an auditor dismissed a finding. */
export const DISMISS_REASONS = ['not-a-defect', 'accepted', 'follow-up'] as const;

/** A dismissal's note is at most this long (characters). */
export const NOTE_MAX = 500;
