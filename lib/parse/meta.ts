// The report's title, year, agency, signature date and page publication date.
import type { AgencyKind } from '../model';
import type { Item, PageMeta } from '../sources/types';
import { metaTag } from '../sources/types';
import { chineseNumeral, cleanText, squash } from '../text/normalize';
import { REPORT_END } from './sections';
import type { Steps } from '../steps';
import { ITEMS_PER_STEP, ticker } from '../steps';

export interface DateHit<R> {
  iso: string;
  /** Where the date stands; null when it came from the page's metadata. */
  ref: R | null;
}

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 二〇二二年一月五日 → 2022年1月5日. */
function arabicDate(text: string): string {
  return text.replace(/([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g, (_, y: string, m: string, d: string) => {
    const year = [...y].map((c) => chineseNumeral(c)).join('');
    return `${year}年${chineseNumeral(m)}月${chineseNumeral(d)}日`;
  });
}

/** The portal's line about the article (来源、发布日期、浏览次数 …), not the report's prose. */
const PAGE_META = /来源[:：]|发布(?:时间|日期|机构)|发文(?:日期|机关)|成文日期|索引号|浏览(?:次数)?[:：]|阅读(?:次数)?[:：]|字号|【打印】|分享到/;

const TITLE_LINE = /(?:信息公开|政务公开).{0,12}(?:年度报告|工作报告|年报)|年度报告/;
const YEAR = /((?:19|20)\d{2})\s*年/;

export function isTitleLike(text: string): boolean {
  return text.length <= 80 && TITLE_LINE.test(squash(text)) && !/[。；]/.test(text);
}

/**
 * The title: the last title-like line before the first section (joined with the line before it
 * when a line break split the title), else the page's ArticleTitle meta, else <title>.
 */
export function* findTitleSteps<R>(items: Item<R>[], firstSection: number, meta: PageMeta): Steps<{ text: string | null; ref: R | null }> {
  const tick = ticker(ITEMS_PER_STEP);
  const limit = firstSection >= 0 ? firstSection : Math.min(items.length, 200);
  for (let i = limit - 1; i >= 0; i--) {
    if (tick()) yield;
    const it = items[i];
    if (it?.kind !== 'line' || !isTitleLike(it.line.text)) continue;
    let text = squash(it.line.text);
    const prev = items[i - 1];
    if (prev?.kind === 'line' && !prev.line.inTable) {
      const p = squash(prev.line.text);
      // The title line lacks its start (「2020年政府信息公开…」 under 「吴忠市教育局」).
      const incomplete = /^(?:(?:19|20)\d{2}|信息公开|政府信息|工作年度|年度报告)/.test(text);
      if (incomplete && p.length <= 30 && !/[:：>|/。，]/.test(p) && !isTitleLike(p)) text = p + text;
    }
    return { text, ref: it.line.ref };
  }
  const article = metaTag(meta, ['ArticleTitle', 'og:title']);
  if (article && TITLE_LINE.test(squash(article))) return { text: squash(article), ref: null };
  const title = meta.title ? squash(meta.title.split(/[_|]| - /)[0] ?? '') : '';
  return { text: title && TITLE_LINE.test(title) ? title : null, ref: null };
}

/** The report year: the title, then the statistics-period sentence, then the first paragraph. */
export function* findYearSteps(title: string | null, items: Item<unknown>[], firstSection: number, bodyStart: number): Steps<number | null> {
  const fromTitle = title?.match(YEAR);
  if (fromTitle) return Number(fromTitle[1]);
  const tick = ticker(ITEMS_PER_STEP);
  for (const it of items) {
    if (tick()) yield;
    if (it.kind !== 'line') continue;
    const m = squash(it.line.text).match(/统计(?:期限|时限|时间|区间|范围)[^。]{0,12}?((?:19|20)\d{2})年1月1日/);
    if (m) return Number(m[1]);
  }
  // The first paragraph of the report: the first long line after the title, before section 二.
  const stop = firstSection >= 0 ? firstSection + 4 : items.length;
  for (let i = bodyStart; i < Math.min(stop, items.length); i++) {
    if (tick()) yield;
    const it = items[i]!;
    if (it.kind !== 'line' || it.line.inTable || it.line.text.length < 30 || PAGE_META.test(it.line.text)) continue;
    const m = squash(it.line.text).match(/((?:19|20)\d{2})年(?!\d{1,2}月\d{1,2}日)/);
    return m ? Number(m[1]) : null;
  }
  return null;
}

const TITLE_SUFFIX = /(?:关于)?(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报)$|(?:年度)?(?:工作)?(?:报告|年报)$/;

export function agencyFromTitle(title: string | null): string | null {
  if (!title) return null;
  let t = squash(title).replace(/^关于/, '');
  t = t.replace(TITLE_SUFFIX, '').replace(TITLE_SUFFIX, '');
  t = t.replace(/(?:19|20)\d{2}年度?/, '').replace(/(?:政府)?(?:信息公开|政务公开)(?:工作)?$/, '').replace(/(?:关于|的)$/, '');
  t = t.replace(/^[（(【[]|[）)】\]]$/g, '');
  return t.length >= 2 && t.length <= 40 ? t : null;
}

const GOVERNMENT = /(?:政府|实验区|新区|开发区|示范区|高新区|自治州|自治县|自治旗|盟|旗|县|市|区|省)$/;
const DEPARTMENT = /(?:办公厅|办公室|厅|局|委员会|委|办|署|中心|院|所|馆|站|队|处|部|会|公司|集团|银行|学校|大学)$/;

/** Governments of their own level; tried before departments (街道办事处 ends in 处 but is one). */
const OWN_LEVEL_GOVERNMENT = /(?:人民政府|管委会|管理委员会|行政公署|街道办事处|街道办|街道|乡|镇)$/;

export function agencyKind(agency: string | null): AgencyKind {
  if (!agency) return 'unknown';
  if (OWN_LEVEL_GOVERNMENT.test(agency)) return 'government';
  if (DEPARTMENT.test(agency)) return 'department';
  return GOVERNMENT.test(agency) ? 'government' : 'unknown';
}

const PUB_META = ['PubDate', 'publishdate', 'firstpublishedtime', 'publishtime', 'article:published_time', 'og:release_date', 'dc.date'];

/** Labels of a page's date, best first: the publication's own, the document's, then any date. */
const PUB_LABELS: readonly RegExp[] = [
  /(?:发布|公开|发表|发文)(?:时间|日期)/,
  /成文日期/,
  /(?<![更新成文生效印发截止])(?:日期|时间)/,
];
const LABEL = new RegExp(`(${PUB_LABELS.map((r) => r.source).join('|')})`);
const DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const LABELLED = new RegExp(`${LABEL.source}\\s*[:：]\\s*${DATE.source}`);
const LABEL_ONLY = new RegExp(`^${LABEL.source}\\s*[:：]?$`);
/** A clock, not a publication: 「2025年12月30日 星期二」, written by the portal's script at every view. */
const WEEKDAY_AFTER = /^\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?(?:星期|周|礼拜)[一二三四五六日天]/;
/** Stamps of the copy, not of the publication. */
const NOT_PUBLICATION = /采集|capture|页面生成|生成时间|当前时间|今天是|今日|现在是|北京时间|访问时间|更新时间/i;

function labelRank(label: string): number {
  return PUB_LABELS.findIndex((r) => r.test(label));
}

/** The date at the start of `text` (the value cell of a metadata table), not a clock. */
function leadingDate(text: string): string | null {
  const m = text.match(new RegExp(`^${DATE.source}`));
  if (!m || WEEKDAY_AFTER.test(text.slice(m[0].length))) return null;
  return iso(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * The page's publication date: its meta tags, else the best-labelled date of the page chrome around
 * the report (a metadata table's 公开日期 before a bare 日期), never a clock, a capture stamp or the
 * page's generation time; a label and its date may stand in two cells.
 */
export function* findPublishedSteps<R>(meta: PageMeta, items: Item<R>[], reportStart: number, reportEnd: number): Steps<DateHit<R> | null> {
  const m = metaTag(meta, PUB_META)?.match(/((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/);
  const fromMeta = m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (fromMeta) return { iso: fromMeta, ref: null };
  const tick = ticker(ITEMS_PER_STEP);
  let best: (DateHit<R> & { rank: number }) | null = null;
  const offer = (date: string | null, label: string, ref: R) => {
    const rank = labelRank(label);
    if (date && rank >= 0 && (!best || rank < best.rank)) best = { iso: date, ref, rank };
  };
  for (let i = 0; i < items.length; i++) {
    if (i >= reportStart && i < reportEnd) continue;
    if (tick()) yield;
    const it = items[i]!;
    if (it.kind !== 'line') continue;
    const text = cleanText(it.line.text);
    if (NOT_PUBLICATION.test(text)) continue;
    const hit = text.match(LABELLED);
    if (hit) {
      const after = text.slice(hit.index! + hit[0].length);
      if (!WEEKDAY_AFTER.test(after)) offer(iso(Number(hit[2]), Number(hit[3]), Number(hit[4])), hit[1]!, it.line.ref);
      continue;
    }
    const label = text.match(LABEL_ONLY);
    const next = items[i + 1];
    if (label && next?.kind === 'line' && (i + 1 < reportStart || i + 1 >= reportEnd)) {
      offer(leadingDate(cleanText(next.line.text)), label[1]!, next.line.ref);
    }
  }
  if (!best) return null;
  const { iso: date, ref } = best as DateHit<R> & { rank: number };
  return { iso: date, ref };
}

const SIGNATURE = /^(.{0,40}?)((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$/;

/** The signature date: a line that is only a date (or an agency and a date) closing the report. */
export function* findSignedSteps<R>(items: Item<R>[], from: number, to: number): Steps<DateHit<R> | null> {
  const tick = ticker(ITEMS_PER_STEP);
  let found: DateHit<R> | null = null;
  for (let i = Math.max(0, from); i < Math.min(items.length, to); i++) {
    if (tick()) yield;
    const it = items[i]!;
    if (it.kind !== 'line') continue;
    if (REPORT_END.test(it.line.text)) break;
    const m = arabicDate(squash(it.line.text)).match(SIGNATURE);
    if (!m || /[，。；:：]/.test(m[1]!)) continue;
    const d = iso(Number(m[2]), Number(m[3]), Number(m[4]));
    if (d) found = { iso: d, ref: it.line.ref };
  }
  return found;
}
