// Reads the counts a section's prose states (「全年共收到政府信息公开申请154件」), the cells each may mean
// (lib/templates/statements.ts), 「占X%」 beside them, and the sentences saying there were none.
// Pure: section text in, statements out. Every pattern is bounded, so the time is linear in the text.
import { DEFAULT_PERCENT_BASES, OTHER_COUNTS, STATEMENTS, STATEMENT_BY_KEY, WEAK_NOT_REQUESTS, qualifiedCells } from '../templates/statements';
import type { Alternatives, BaseDef, QualifierDef, StatementDef } from '../templates/statements';
import type { SectionKey } from '../templates/types';
import { notOwnFrom } from './context';
import { findCounts, findPercents, foldWidth } from './numbers';
import type { CountToken } from './numbers';
import { readNone } from './none';
import { splitSentences } from './sentences';
import type { ReadOptions, Statement } from './types';

/** Words that end the clause naming a count. 「、」 does not: 「行政复议、行政诉讼案件9件」 names both. */
const CLAUSE_END = /[，,；;：:（(）)]/;
/** The words before a count that name it are near it: longer heads are other clauses' words. */
const MAX_HEAD = 40;
const MAX_TAIL = 16;
/** 「另有11件结转下年度继续办理」: the count first, its words after. */
const COUNT_FIRST = /^(?:另有|尚有|还有|共有|有|共|另|计)$/;
const APPROX_BEFORE = /(?:约|近|逾|超过|大约|将近|接近|不足|不到) ?$/;
const APPROX_AFTER = /^ ?(?:左右|上下|以上|之多|多)/;
/** 「占办结总数的51.85%」: at most this far after its count. */
const MAX_PERCENT_GAP = 30;

interface WordHit {
  def: StatementDef;
  start: number;
  end: number;
}

/** Every definition's words as one pattern, a group each: one scan of a sentence finds them all. */
const ALL_WORDS = new RegExp(STATEMENTS.map((def) => `(${def.words.source})`).join('|'), 'g');

/**
 * Where the definitions' words stand in a sentence: at each place, the first definition (in
 * STATEMENTS order) whose words start there; overlapping hits from later places are kept too.
 */
function wordsOf(sentence: string): WordHit[] {
  const hits: WordHit[] = [];
  ALL_WORDS.lastIndex = 0;
  for (let m = ALL_WORDS.exec(sentence); m; m = ALL_WORDS.exec(sentence)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    hits.push({ def: STATEMENTS[group - 1]!, start: m.index, end: m.index + m[0].length });
    ALL_WORDS.lastIndex = m.index + 1;
  }
  return hits;
}

/** The definitions named in `words`. */
function namedIn(words: string): WordHit[] {
  return longest(wordsOf(words));
}

/** Of two hits that overlap (予以公开 in 不予以公开), the longer. */
function longest(all: WordHit[]): WordHit[] {
  const hits = [...all].sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: WordHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept;
}

interface Subject {
  subject: string;
  of?: string;
  alternatives: Alternatives;
}

/** What the words name, given the last base stated before them in the sentence; null when unclear. */
function resolve(hits: WordHit[], lastBase: BaseDef | null, opts: ReadOptions): Subject | null {
  const defs = [...new Set(hits.map((h) => h.def))];
  let bases = defs.filter((d): d is BaseDef => d.role === 'base');
  const qualifiers = defs.filter((d): d is QualifierDef => d.role === 'qualifier');
  if (bases.length > 1) bases = bases.filter((b) => !b.weak);
  bases = bases.filter((b) => !bases.some((c) => c.parent === b.key));
  if (bases.length > 1 || qualifiers.length > 1) return null;
  const q = qualifiers[0];
  if (!q) return bases[0] ? { subject: bases[0].key, alternatives: bases[0].cells[opts.template] } : null;
  let b: BaseDef | undefined = bases[0];
  if (b && !q.bases.includes(b.key)) return null;
  if (!b && lastBase && q.bases.includes(lastBase.key)) b = lastBase;
  if (!b && q.defaultBase) b = STATEMENT_BY_KEY.get(q.defaultBase) as BaseDef;
  if (!b) return null;
  return { subject: q.key, of: b.key, alternatives: qualifiedCells(q, b, opts.template) };
}

function lastClauseEnd(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (CLAUSE_END.test(text[i]!)) return i + 1;
  return from;
}

function firstClauseEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (CLAUSE_END.test(text[i]!)) return i;
  return to;
}

function isApproximate(f: string, t: CountToken, tail: string): boolean {
  return t.approximate || APPROX_BEFORE.test(f.slice(Math.max(0, t.start - 3), t.start)) || APPROX_AFTER.test(tail);
}

/** The bases 「占…X%」 names (「占办结总数的」), else the handled total then the new total for a count of requests. */
function percentBase(words: string, stated: Alternatives, opts: ReadOptions): Alternatives | null {
  const named = namedIn(words).filter((h) => h.def.role === 'base');
  if (named.length === 1) return (named[0]!.def as BaseDef).cells[opts.template];
  if (named.length > 1) return null;
  if (!stated.every((set) => set.every((c) => c.table === 'requests'))) return null;
  return DEFAULT_PERCENT_BASES.flatMap((key) => (STATEMENT_BY_KEY.get(key) as BaseDef).cells[opts.template]);
}

/** `f` is the sentence folded (foldWidth), offsets unchanged. */
function readSentence(section: SectionKey, sentence: string, f: string, sentenceStart: number, opts: ReadOptions): Statement[] {
  const counts = findCounts(f);
  if (counts.length === 0) return [];
  const out: Statement[] = [];
  const ownUntil = notOwnFrom(f, opts);
  const words = wordsOf(f);
  const inside = (from: number, to: number) => longest(words.filter((h) => h.start >= from && h.end <= to));
  let lastBase: BaseDef | null = null;
  for (let i = 0; i < counts.length; i++) {
    const t = counts[i]!;
    const prevEnd = i > 0 ? counts[i - 1]!.unitEnd : 0;
    const nextStart = i + 1 < counts.length ? counts[i + 1]!.start : f.length;
    const headStart = Math.max(lastClauseEnd(f, prevEnd, t.start), t.start - MAX_HEAD);
    const head = f.slice(headStart, t.start);
    const tail = f.slice(t.unitEnd, Math.min(firstClauseEnd(f, t.unitEnd, nextStart), t.unitEnd + MAX_TAIL));
    if (t.start > ownUntil || OTHER_COUNTS.test(head) || OTHER_COUNTS.test(tail)) {
      lastBase = null;
      continue;
    }
    let hits = inside(headStart, t.start);
    if (hits.length === 0 && COUNT_FIRST.test(head.trim())) hits = inside(t.unitEnd, t.unitEnd + tail.length);
    const subject = resolve(hits, lastBase, opts);
    if (!subject || subject.alternatives.length === 0) continue;
    // 「收到申请100件，其中网上申请80件」: a part of a count already stated, not the count again.
    const isPart = out.some((s) => s.subject === subject.subject && s.of === subject.of
      && f.slice(s.numberEnd - sentenceStart, t.start).includes('其中'));
    if (isPart) continue;
    const def = STATEMENT_BY_KEY.get(subject.of ?? subject.subject);
    if (def?.role === 'base' && def.weak && WEAK_NOT_REQUESTS.test(head)) continue;
    if (def?.role === 'base') lastBase = def;
    out.push({
      section, sentence, sentenceStart, numberStart: sentenceStart + t.start, numberEnd: sentenceStart + t.end,
      count: t.value, approximate: isApproximate(f, t, tail), ...subject,
    });
  }
  attachPercents(out, f, counts, ownUntil, sentenceStart, opts);
  return out;
}

/** 「予以公开及部分公开42件，占51.85%」: a percentage after 占 belongs to the count before it. */
function attachPercents(stated: Statement[], f: string, counts: CountToken[], ownUntil: number, offset: number, opts: ReadOptions): void {
  if (stated.length === 0) return;
  for (const p of findPercents(f)) {
    if (p.start > ownUntil) continue;
    const s = [...stated].reverse().find((x) => x.numberEnd - offset <= p.start);
    if (!s || s.percent) continue;
    const gap = f.slice(s.numberEnd - offset, p.start);
    if (gap.length > MAX_PERCENT_GAP || counts.some((c) => c.start >= s.numberEnd - offset && c.start < p.start)) continue;
    const at = gap.indexOf('占');
    if (at < 0) continue;
    const base = percentBase(gap.slice(at + 1), s.alternatives, opts);
    if (base && base.length > 0) s.percent = { value: p.value, digits: p.digits, start: offset + p.start, end: offset + p.end, base };
  }
}

/** Every statement of one section's text (SectionHit.body), in text order. */
export function readStatements(section: SectionKey, text: string, opts: ReadOptions): Statement[] {
  const out: Statement[] = [];
  const folded = foldWidth(text);
  for (const s of splitSentences(text)) {
    const f = folded.slice(s.start, s.start + s.text.length);
    out.push(...readNone(section, s.text, f, s.start, opts), ...readSentence(section, s.text, f, s.start, opts));
  }
  return out.sort((a, b) => a.numberStart - b.numberStart);
}
