// What a file's name (a path, or a URL's path) says about its format: the last hint read-document
// uses, and what the popup and a page's attachment links go by before any byte is read.
export type DocumentFormat = 'html' | 'pdf' | 'docx' | 'doc' | 'wps';

const EXTENSIONS: Readonly<Record<string, DocumentFormat>> = { pdf: 'pdf', docx: 'docx', doc: 'doc', wps: 'wps', html: 'html', htm: 'html', shtml: 'html' };

/** The last part of the name's path, decoded (query and fragment left off). */
export function fileNameOf(name: string): string {
  const path = name.replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    // A malformed escape: the name as written.
    return last;
  }
}

/** The name's extension, lower-cased. */
export function extensionOf(name: string): string {
  const last = fileNameOf(name);
  const dot = last.lastIndexOf('.');
  return dot < 0 ? '' : last.slice(dot + 1).toLowerCase();
}

/** The format the name claims, or null. */
export function formatOfName(name: string): DocumentFormat | null {
  return EXTENSIONS[extensionOf(name)] ?? null;
}
