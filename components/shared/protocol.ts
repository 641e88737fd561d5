// The one message protocol between the detector, the auditor (both in the page), the background
// and the popup. Every message is validated where it arrives: a page can post anything.
import { z } from 'zod';
import { AuditResultSchema } from '../../lib/result/schema';
import { DismissalSchema, DISMISS_REASONS, NOTE_MAX } from '../../lib/result/dismissal';
import { LibraryRecordSchema } from '../library/schema';

const Summary = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });

/** From a frame's content scripts to the background. */
export const ToBackgroundSchema = z.discriminatedUnion('type', [
  /** The detector saw a page that may be a report: inject the auditor into this frame. */
  z.object({ type: z.literal('candidate') }),
  /** The auditor finished a scan of this frame. */
  z.object({
    type: z.literal('audited'), isReport: z.boolean(), title: z.string().nullable(),
    summary: Summary, dismissed: z.number().int(), errorsOpen: z.number().int(),
  }),
  /** The auditor audited a report: keep it in the library, and answer with last year's report of
   *  the same body if the library has it (LibraryReplySchema). */
  z.object({ type: z.literal('library-audited'), record: LibraryRecordSchema }),
]);
export type ToBackground = z.infer<typeof ToBackgroundSchema>;

/** From the popup to the background. */
export const PopupToBackgroundSchema = z.discriminatedUnion('type', [
  /** Which frames of the tab hold an audited report. */
  z.object({ type: z.literal('tab-frames'), tabId: z.number().int() }),
  /** Audit the tab now (pages outside the automatic hosts; uses activeTab). */
  z.object({ type: z.literal('audit-tab'), tabId: z.number().int() }),
]);
export type PopupToBackground = z.infer<typeof PopupToBackgroundSchema>;

export const LibraryReplySchema = z.object({ previous: LibraryRecordSchema.nullable() });

export const FrameStateSchema = z.object({
  frameId: z.number().int(), isReport: z.boolean(), title: z.string().nullable(), summary: Summary,
});
export type FrameState = z.infer<typeof FrameStateSchema>;

export const TabFramesReplySchema = z.object({ frames: z.array(FrameStateSchema) });
export const AuditTabReplySchema = z.object({ ok: z.boolean(), error: z.string().optional() });

/** From the popup (or background) to a frame's content scripts. */
export const ToPageSchema = z.discriminatedUnion('type', [
  /** Is a content script here, and what did it find? */
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('get-state') }),
  z.object({ type: z.literal('set-highlights'), on: z.boolean() }),
  z.object({ type: z.literal('focus-finding'), id: z.string() }),
  z.object({ type: z.literal('dismiss'), id: z.string(), reason: z.enum(DISMISS_REASONS), note: z.string().max(NOTE_MAX).optional() }),
  z.object({ type: z.literal('restore'), id: z.string() }),
  /** Show the next (1) or previous (-1) finding in page order: the keyboard commands. */
  z.object({ type: z.literal('step-finding'), delta: z.union([z.literal(1), z.literal(-1)]) }),
  /** Merge dismissals read from a shared file; the page keeps only those of its own findings. */
  z.object({ type: z.literal('import-dismissals'), dismissals: z.array(DismissalSchema) }),
  /** Audit the page again now. */
  z.object({ type: z.literal('rescan') }),
]);
export type ToPage = z.infer<typeof ToPageSchema>;

/** The answer to ping: an auditor's, or a detector's that found a candidate and is loading the
 *  auditor (a detector that found nothing does not listen: see components/shared/metrics.ts). */
export const PingReplySchema = z.object({
  role: z.enum(['detector', 'auditor']),
  /** detector: the cheap look said this may be a report. */
  candidate: z.boolean(),
});

/** The auditor's answer to get-state: everything the popup shows and exports. */
export const PageStateSchema = z.object({
  url: z.string(),
  pageTitle: z.string(),
  result: AuditResultSchema,
  dismissals: z.array(DismissalSchema),
  highlights: z.boolean(),
  /** Per finding: the page's table rows involved, as HTML (untrusted: sanitise before showing). */
  snippets: z.record(z.string(), z.string()),
});
export type PageState = z.infer<typeof PageStateSchema>;

export const OkReplySchema = z.object({ ok: z.boolean() });

/** The answer to import-dismissals: how many were merged, how many named findings not on the page. */
export const ImportReplySchema = z.object({ ok: z.boolean(), applied: z.number().int().nonnegative(), ignored: z.number().int().nonnegative() });
