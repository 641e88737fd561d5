// Where the extension audits by itself. Government portals at every level publish on gov.cn
// (the national rules for government websites require it); any other page is audited on demand
// from the popup through activeTab, so no broad host permission is needed.
export const AUTO_HOST_PATTERNS = ['*://*.gov.cn/*'] as const;

export function isAutoHost(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && (u.hostname === 'gov.cn' || u.hostname.endsWith('.gov.cn'));
  } catch {
    return false;
  }
}
