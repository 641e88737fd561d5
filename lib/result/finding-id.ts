// Stable finding ids: the same defect on the same page keeps its id across scans and runs.

/** FNV-1a, 32 bits, as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function findingId(parts: readonly (string | null | undefined)[]): string {
  return fnv1a(parts.map((p) => p ?? '').join('\u241f'));
}
