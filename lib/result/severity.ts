// Severity: the one owner of its values, its order and its signs.

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Sort order: the most severe first. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The most severe of some severities (info for none). */
export function mostSevere(severities: Iterable<Severity>): Severity {
  let worst: Severity = 'info';
  for (const s of severities) if (SEVERITY_ORDER[s] < SEVERITY_ORDER[worst]) worst = s;
  return worst;
}

/** Shape as well as colour, for people who do not tell the colours apart: ✖ error, ▲ warning, ℹ note. */
export const SEVERITY_ICON: Readonly<Record<Severity, string>> = { error: '✖', warning: '▲', info: 'ℹ' };

/** The same signs for a terminal, where ℹ is drawn at an unpredictable width. */
export const SEVERITY_TEXT_MARK: Readonly<Record<Severity, string>> = { error: '✖', warning: '▲', info: '·' };
