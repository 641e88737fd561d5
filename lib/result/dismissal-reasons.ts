/** Why an auditor dismissed a finding. */
export const DISMISS_REASONS = ['not-a-defect', 'accepted', 'follow-up'] as const;
