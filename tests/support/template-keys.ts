// Every key the templates define (tables, blocks, rows, columns), to check that what an auditor
// reads names places in words, not keys.
import { APPEAL_COLUMNS, APPEAL_GROUPS } from '../../lib/templates/appeals';
import { TEMPLATES } from '../../lib/templates';
import { REQUEST_COLUMNS, REQUEST_ROWS } from '../../lib/templates/requests';

export const TEMPLATE_KEYS: readonly string[] = [...new Set([
  'proactive', 'requests', 'appeals',
  ...Object.values(TEMPLATES).flatMap((t) => t.proactive.flatMap((b) => [b.key, ...b.rows.map((r) => r.key), ...b.columns.map((c) => c.key)])),
  ...REQUEST_ROWS.map((r) => r.key), ...REQUEST_COLUMNS.map((c) => c.key),
  ...APPEAL_GROUPS.map((g) => g.key), ...APPEAL_COLUMNS.map((c) => c.key),
])].sort((a, b) => b.length - a.length);

const KEY_RE = new RegExp(`(?<![A-Za-z0-9_-])(${TEMPLATE_KEYS.map((k) => k.replace(/-/g, '\\-')).join('|')})(?![A-Za-z0-9_-])`, 'g');

/** The template keys standing as words in a text, in order. */
export function keysIn(text: string): string[] {
  return [...text.matchAll(KEY_RE)].map((m) => m[1]!);
}
