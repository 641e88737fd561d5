// A web address our pages may link to: http(s) only, never a script or a local file.
/** A URL shown as a link only when it is http(s); anything else is shown as text. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
