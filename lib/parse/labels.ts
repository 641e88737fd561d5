// Matches a page's label against a template's labels: exactly (the same words and ordinal,
// however spaced, quoted or broken over cells), through a known variant, or by keywords.
import { labelKey, labelWords, splitOrdinal, stripUnitNote } from '../text/normalize';
import type { LabelDef } from '../templates/types';

export interface LabelMatch<D extends LabelDef> {
  def: D;
  exact: boolean;
}

const MAX_CACHE = 5000;

/** Memoises a pure string function: labels repeat on every page and every scan. */
function memo(f: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = f(s);
      if (cache.size >= MAX_CACHE) cache.clear();
      cache.set(s, v);
    }
    return v;
  };
}

const cachedKey = memo((label) => labelKey(stripUnitNote(label)));

/** The words of a label with its ordinal and any unit note removed. */
export const bareWords = memo((text) => labelWords(splitOrdinal(stripUnitNote(text)).rest));

/**
 * `page` is the page's label text. Exact: same ordinal and words. Variant: one of the def's
 * variants (ordinal ignored), or a keyword of the def found in the bare words.
 * Defs are tried in order for keywords, so put the more specific first.
 */
export function matchLabel<D extends LabelDef>(page: string, defs: readonly D[]): LabelMatch<D> | null {
  const pageKey = cachedKey(page);
  for (const def of defs) if (cachedKey(def.label) === pageKey) return { def, exact: true };
  const words = bareWords(page);
  if (!words) return null;
  for (const def of defs) {
    if (def.variants?.some((v) => bareWords(v) === words)) return { def, exact: false };
  }
  for (const def of defs) {
    if (bareWords(def.label) === words) return { def, exact: false }; // right words, ordinal missing or other
  }
  for (const def of defs) {
    if (def.keywords.some((k) => k.test(words))) return { def, exact: false };
  }
  return null;
}
