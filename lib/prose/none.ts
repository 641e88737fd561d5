// Sentences saying there were none: 「未收到政府信息公开申请」, 「未发生因政府信息公开引起的行政复议、行政诉讼」,
// 「无…行政复议」. Each is a statement of count 0 (`none: true`) whose number span is the words.
import { STATEMENT_BY_KEY } from '../templates/statements';
import type { BaseDef } from '../templates/statements';
import type { SectionKey } from '../templates/types';
import { notOwnFrom } from './context';
import type { ReadOptions, Statement } from './types';
import { allMatches } from './scan';

const NO_REQUESTS = /(?:未|没有)(?:收到|接到|受理|接收|发生)[^，。；,;\d复诉]{0,24}?申请/g;
const NO_APPEALS = /(?:未|没有)(?:发生|出现|被)[^，。；,;\d]{0,30}?(?:复议|诉讼)|(?:^|[，,、：:年度])无(?:因|涉及|针对|有关)?[^，。；,;\d法]{0,24}?(?:复议|诉讼)/g;
const APPEAL_AFTER = /^[^，。；,;]{0,16}(?:复议|诉讼)/;
/** 「…行政复议、行政诉讼」: the second of a pair named under one negation. */
const PAIR = /^(?:、|和|及|或|与|以及)[^，。；,;\d]{0,8}?(?:复议|诉讼|起诉)/;
/** 「未被复议纠错」 says none were corrected, not that there were none. */
const OUTCOME_AFTER = /^[^，。；,;\d]{0,6}(?:纠错|纠正|败诉|撤销|维持)/;

function statement(section: SectionKey, sentence: string, sentenceStart: number, start: number, end: number,
  subject: string, opts: ReadOptions): Statement {
  const def = STATEMENT_BY_KEY.get(subject) as BaseDef;
  return {
    section, sentence, sentenceStart, numberStart: sentenceStart + start, numberEnd: sentenceStart + end,
    count: 0, approximate: false, subject, alternatives: def.cells[opts.template], none: true,
  };
}

/** `f` is the sentence folded (foldWidth), offsets unchanged. */
export function readNone(section: SectionKey, sentence: string, f: string, sentenceStart: number, opts: ReadOptions): Statement[] {
  const out: Statement[] = [];
  const disclosure = /信息公开|依申请/.test(f);
  let ownUntil: number | null = null;
  const own = (at: number) => at <= (ownUntil ??= notOwnFrom(f, opts));
  if ((disclosure || section === 'requests') && /(?:未|没有)(?:收到|接到|受理|接收|发生)/.test(f)) {
    for (const m of allMatches(NO_REQUESTS, f)) {
      const end = m.index + m[0].length;
      // 「未发生因政府信息公开申请引起的行政复议」 is about appeals.
      if (APPEAL_AFTER.test(f.slice(end)) || !own(m.index)) continue;
      out.push(statement(section, sentence, sentenceStart, m.index, end, 'new', opts));
    }
  }
  if ((disclosure || section === 'appeals') && /复议|诉讼/.test(f) && /未|没有|无/.test(f)) {
    for (const m of allMatches(NO_APPEALS, f)) {
      let end = m.index + m[0].length;
      const pair = PAIR.exec(f.slice(end));
      if (pair) end += pair[0].length;
      if (OUTCOME_AFTER.test(f.slice(end)) || !own(m.index)) continue;
      const words = f.slice(m.index, end).replace(/复议后(?:提起)?(?:行政)?起诉/g, '');
      if (/复议/.test(words)) out.push(statement(section, sentence, sentenceStart, m.index, end, 'review', opts));
      if (/诉讼|起诉/.test(words)) out.push(statement(section, sentence, sentenceStart, m.index, end, 'suit', opts));
    }
  }
  return out;
}
