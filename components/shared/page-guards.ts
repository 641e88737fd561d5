// Hand-written checks for what reaches the in-page scripts (messages, stored dismissals), so the
// page-side bundles need no schema library. tests/unit/page-guards.test.ts keeps them in step with
// the zod schemas of protocol.ts and dismissal.ts.
import { DISMISS_REASONS } from '../../lib/result/dismissal-reasons';
import type { Dismissal } from '../../lib/result/dismissal';
import type { ToPage } from './protocol';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isReason = (v: unknown): v is Dismissal['reason'] => (DISMISS_REASONS as readonly unknown[]).includes(v);
const ID = /^[0-9a-f]{8}$/;

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
      return typeof raw.id === 'string' && isReason(raw.reason) ? { type: raw.type, id: raw.id, reason: raw.reason } : null;
    default:
      return null;
  }
}

export function readDismissals(raw: unknown): Dismissal[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((d): d is Dismissal =>
    isObj(d) && typeof d.findingId === 'string' && ID.test(d.findingId) && isReason(d.reason)
    && typeof d.at === 'string' && !Number.isNaN(Date.parse(d.at)) && /^\d{4}-\d{2}-\d{2}T/.test(d.at));
}
