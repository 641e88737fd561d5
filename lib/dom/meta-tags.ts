// Reads <meta name|property=… content=…> in one pass (attribute selectors are slow in some DOMs).

/** The content of the first meta tag whose name or property is one of `names` (case-insensitive), in the order of `names`. */
export function metaContent(doc: Document, names: readonly string[]): string | null {
  const wanted = names.map((n) => n.toLowerCase());
  const found = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && wanted.includes(key) && !found.has(key)) found.set(key, content);
  }
  for (const n of wanted) if (found.has(n)) return found.get(n)!;
  return null;
}
