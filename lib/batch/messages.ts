// Why a page of a batch could not be read, in both languages.
import { format } from '../i18n/lang';
import type { Lang, Text } from '../i18n/lang';
import type { FetchErrorCode } from './polite-fetch';

const FETCH_ERROR_TEXT = {
  'not-found': { zh: '网页不存在（服务器返回 {status}）', en: 'no such page (the server answered {status})' },
  http: { zh: '服务器返回 {status}', en: 'the server answered {status}' },
  network: { zh: '网络错误（{detail}）', en: 'network error ({detail})' },
  timeout: { zh: '{seconds} 秒内没有响应', en: 'no answer within {seconds} s' },
  empty: { zh: '网页为空', en: 'the page is empty' },
  binary: { zh: '不是文本网页（二进制文件）', en: 'not a text page (binary data)' },
  'not-html': { zh: '不是 HTML 网页', en: 'not an HTML page' },
  unsupported: { zh: '不支持的网址：{url}', en: 'unsupported address: {url}' },
  'too-large': { zh: '超过 {limit} MB 的上限', en: 'larger than the {limit} MB limit' },
} as const satisfies Record<FetchErrorCode, Text>;

/** Why a page could not be read, in the user's language, its {placeholders} filled from params. */
export function fetchErrorMessage(code: FetchErrorCode, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return format(FETCH_ERROR_TEXT[code][lang], params);
}
