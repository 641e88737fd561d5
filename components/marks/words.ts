// Finds the words a prose finding is about (a stated number) inside the element of their line, as a
// Range to measure: the element's text is read the way the engine read the line (white space
// collapsed), the words found after the few characters that preceded them there.
const SPACE = /[\s\u00a0\u3000]/;

export interface Words {
  text: string;
  before: string;
}

export function wordsRange(el: Element, w: Words): Range | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let flat = '';
  const at: { node: Text; offset: number }[] = [];
  let space = true;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const v = n.nodeValue ?? '';
    for (let i = 0; i < v.length; i++) {
      const isSpace = SPACE.test(v[i]!);
      if (isSpace && space) continue;
      flat += isSpace ? ' ' : v[i];
      at.push({ node: n, offset: i });
      space = isSpace;
    }
  }
  const withContext = flat.indexOf(w.before + w.text);
  const start = withContext >= 0 ? withContext + w.before.length : flat.indexOf(w.text);
  if (start < 0 || w.text.length === 0) return null;
  const first = at[start]!;
  const last = at[start + w.text.length - 1]!;
  const range = doc.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}
