// Splits a section's text into sentences, each as written with its offset: at 。；！？ (either width)
// and at line breaks (each paragraph of the page is a line of the section text).

export interface Sentence {
  text: string;
  start: number;
}

const END = /[。；;！!？?\n]/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const ends: number[] = [];
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) ends.push(m.index);
  ends.push(text.length);
  for (const i of ends) {
    const end = i < text.length && text[i] !== '\n' ? i + 1 : i;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: start + lead });
    start = i + 1;
  }
  return out;
}
