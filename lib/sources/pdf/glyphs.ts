// Where a run's glyphs stand: the text layer gives a run's box, not each glyph's, so each glyph's
// width is estimated from its kind, the run's width shared out among its glyphs by weight.
import type { Run } from './types';

/** A glyph's share of its run's width: Chinese and full-width forms a whole em, the rest half. */
const glyphWeight = (ch: string) => (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1);

export interface Glyph {
  ch: string;
  /** Its estimated left edge and width, in PDF units. */
  x: number;
  w: number;
}

/** The run's glyphs left to right, each where its estimated width puts it. */
export function glyphs(run: Run): Glyph[] {
  const chars = [...run.text];
  const total = chars.reduce((n, ch) => n + glyphWeight(ch), 0);
  const out: Glyph[] = [];
  let at = run.x;
  for (const ch of chars) {
    const w = (glyphWeight(ch) / total) * run.w;
    out.push({ ch, x: at, w });
    at += w;
  }
  return out;
}
