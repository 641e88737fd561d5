// Hand-written checks for what reaches the in-page scripts (messages, stored dismissals), so the
// page-side bundles need no schema library. tests/unit/page-guards.test.ts keeps them in step with
// the zod schemas of protocol.ts and dismissal.ts.
import { DISMISS_REASONS, NOTE_MAX } from '../../lib/result/dismissal-reasons';
import type { Dismissal } from '../../lib/result/dismissal';
import type { ToPage } from './protocol';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isReason = (v: unknown): v is Dismissal['reason'] => (DISMISS_REASONS as readonly unknown[]).includes(v);
const ID = /^[0-9a-f]{8}$/;
const isNote = (v: unknown): v is string | undefined => v === undefined || (typeof v === 'string' && v.length <= NOTE_MAX);

/** The only message the detector answers; a check of its own keeps the rest out of its bundle. */
export function isPing(raw: unknown): boolean {
  return isObj(raw) && raw.type === 'ping';
}

export function readToPage(raw: unknown): ToPage | null {
  if (!isObj(raw)) return null;
  switch (raw.type) {
    case 'ping':
    case 'get-state':
    case 'rescan':
      return { type: raw.type };
    case 'set-highlights':
      return typeof raw.on === 'boolean' ? { type: raw.type, on: raw.on } : null;
    case 'focus-finding':
    case 'restore':
      return typeof raw.id === 'string' ? { type: raw.type, id: raw.id } : null;
    case 'dismiss':
      if (typeof raw.id !== 'string' || !isReason(raw.reason) || !isNote(raw.note)) return null;
      return raw.note === undefined ? { type: raw.type, id: raw.id, reason: raw.reason } : { type: raw.type, id: raw.id, reason: raw.reason, note: raw.note };
    case 'step-finding':
      return raw.delta === 1 || raw.delta === -1 ? { type: raw.type, delta: raw.delta } : null;
    case 'import-dismissals': {
      // All or nothing: one malformed entry refuses the whole message.
      const list = Array.isArray(raw.dismissals) ? readDismissals(raw.dismissals) : null;
      return list && list.length === (raw.dismissals as unknown[]).length ? { type: raw.type, dismissals: list } : null;
    }
    default:
      return null;
  }
}

function isDismissal(d: unknown): d is Dismissal {
  return isObj(d) && typeof d.findingId === 'string' && ID.test(d.findingId) && isReason(d.reason)
    && typeof d.at === 'string' && !Number.isNaN(Date.parse(d.at)) && /^\d{4}-\d{2}-\d{2}T/.test(d.at) && isNote(d.note);
}

/** The well-formed entries, copied field by field (nothing else a page or a file added rides along). */
export function readDismissals(raw: unknown): Dismissal[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isDismissal).map((d) => (d.note === undefined
    ? { findingId: d.findingId, reason: d.reason, at: d.at }
    : { findingId: d.findingId, reason: d.reason, at: d.at, note: d.note }));
}
