// File names for exports: the report's own (Chinese) title kept, only what file systems refuse
// replaced, cut to a length every system accepts.
import { ui } from '../i18n/ui';
import type { ExportFormat } from './registry';
import { EXPORTERS } from './registry';
import type { ExportInput } from './input';
import { reportTitle } from './input';

/** Refused by Windows (and "/" everywhere). */
const ILLEGAL = /[\\/:*?"<>|]/g;
/** Control characters, C1 controls and the bidirectional overrides that can disguise an extension. */
// Control and direction-override characters: what a file name must never carry.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Windows device names, refused as a name before the first dot. */
const DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/** Characters of the title kept (before the suffix and extension). */
export const MAX_TITLE_CHARS = 80;
/** Bytes of the whole name in UTF-8 (file systems allow 255; a Chinese character takes 3). */
export const MAX_NAME_BYTES = 200;

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

const TRIM_ENDS = /^[\s._-]+|[\s._-]+$/g;

/** A title made safe to be part of a file name; '' when nothing usable is left. */
export function safeFileNamePart(text: string | null | undefined, maxChars = MAX_TITLE_CHARS): string {
  if (!text) return '';
  let s = text
    .replace(/[\t\n\r\v\f]+/g, ' ')
    .replace(CONTROL, '')
    .replace(ILLEGAL, '_')
    .replace(/ {2,}/g, ' ')
    .replace(TRIM_ENDS, '');
  const chars = Array.from(s);
  if (chars.length > maxChars) s = chars.slice(0, maxChars).join('').replace(TRIM_ENDS, '');
  if (DEVICE.test(s)) s = `_${s}`;
  return s;
}

function hostOf(source: string): string {
  try {
    const url = new URL(source);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : '';
  } catch {
    return '';
  }
}

/** 「互助县教育局2021年度政府信息公开工作年度报告-审核结果.csv」; the host name, or only
 * 「审核结果」, when the report has no title. */
export function exportFileName(input: ExportInput, format: ExportFormat): string {
  const suffix = ui('exportFileSuffix', input.lang);
  const ext = `.${EXPORTERS[format].extension}`;
  let base = safeFileNamePart(reportTitle(input)) || safeFileNamePart(hostOf(input.result.source));
  const budget = MAX_NAME_BYTES - utf8Length(`-${suffix}${ext}`);
  while (base && utf8Length(base) > budget) base = Array.from(base).slice(0, -1).join('').replace(TRIM_ENDS, '');
  return `${base ? `${base}-${suffix}` : suffix}${ext}`;
}
