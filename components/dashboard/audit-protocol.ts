// What the dashboard and its audit worker (audit-worker.ts) say to each other.
import type { Lang } from '../../lib/i18n/lang';
import type { ReportModel } from '../../lib/model';
import type { AuditResult } from '../../lib/result/schema';
import type { DocumentFormat } from '../../lib/sources/read-document';
import type { UnreadableCode } from '../../lib/sources/unreadable';

export interface AuditRequest {
  id: number;
  bytes: Uint8Array;
  contentType: string | null;
  /** The address the bytes were read from (after redirects): the format's last hint. */
  url: string;
  /** The report's source, as the list links it: the result's `source`. */
  source: string;
  lang: Lang;
}

export type AuditReply =
  | { id: number; ok: true; format: DocumentFormat; result: AuditResult; model: ReportModel }
  /** The bytes hold no report the engine can read. */
  | { id: number; ok: false; error: { code: UnreadableCode; message: string } }
  /** The engine failed: a bug, reported as it came. */
  | { id: number; ok: false; failure: string };
