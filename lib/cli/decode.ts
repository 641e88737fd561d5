// Bytes of a saved page → text, in the encoding the page declares (UTF-8, GBK/GB2312, GB18030).

/** Bytes that are no page: the reason is the error code of result-format.md. */
export class UnreadableInput extends Error {
  constructor(readonly code: 'empty' | 'binary' | 'not-html') {
    super(code);
  }
}

const LABELS: Record<string, string> = {
  'utf-8': 'utf-8', utf8: 'utf-8', gbk: 'gbk', gb2312: 'gbk', 'gb_2312-80': 'gbk', 'x-gbk': 'gbk', gb18030: 'gb18030', 'iso-8859-1': 'utf-8',
};

/** The charset named by a BOM, the HTTP header, or a <meta> in the page's first bytes. */
export function declaredCharset(bytes: Uint8Array, header?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const fromHeader = header?.match(/charset\s*=\s*["']?([\w-]+)/i)?.[1];
  if (fromHeader && LABELS[fromHeader.toLowerCase()]) return LABELS[fromHeader.toLowerCase()]!;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i)?.[1];
  if (meta && LABELS[meta.toLowerCase()]) return LABELS[meta.toLowerCase()]!;
  return 'utf-8';
}

export function decodePage(bytes: Uint8Array, header?: string | null): { text: string; charset: string } {
  if (bytes.length === 0) throw new UnreadableInput('empty');
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) throw new UnreadableInput('binary');
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  if (controls > sample.length / 20) throw new UnreadableInput('binary');
  const charset = declaredCharset(bytes, header);
  const text = new TextDecoder(charset).decode(bytes);
  if (text.trim() === '') throw new UnreadableInput('empty');
  if (!/<[a-z!?/]/i.test(text.slice(0, 65536))) throw new UnreadableInput('not-html');
  return { text, charset };
}
