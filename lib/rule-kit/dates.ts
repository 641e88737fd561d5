// The dates a report states about itself, for the date rules.
import type { ReportModel } from '../model';
import type { Lang } from '../i18n/lang';

export interface StatedDate {
  kind: 'signed' | 'published';
  iso: string;
}

export function statedDates(report: ReportModel): StatedDate[] {
  const out: StatedDate[] = [];
  if (report.signedOn) out.push({ kind: 'signed', iso: report.signedOn });
  if (report.publishedOn) out.push({ kind: 'published', iso: report.publishedOn });
  return out;
}

export function dateKindName(kind: StatedDate['kind'], lang: Lang): string {
  return kind === 'signed' ? (lang === 'zh' ? '落款日期' : 'signature date') : (lang === 'zh' ? '发布日期' : 'publication date');
}

export function isoOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}
