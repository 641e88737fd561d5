// The inputs as given, with folders expanded: every saved page, PDF or Word file inside,
// recursively, in name order. URLs and paths that are not folders stay as they are (a missing
// file fails when it is read, as its own entry).
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../i18n/lang';
import type { ErrorEntry } from '../export/batch-entry';
import { isUrl } from './fetch-input';
import { cliText } from './messages';

const REPORT_FILE = /\.(html?|shtml|pdf|docx?|wps)$/i;

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function filesIn(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => byName(a.name, b.name));
  const files: string[] = [];
  for (const e of entries) {
    const path = join(folder, e.name);
    if (e.isDirectory()) files.push(...await filesIn(path));
    else if (e.isFile() && REPORT_FILE.test(e.name)) files.push(path);
  }
  return files;
}

/** Each input as one or more paths or URLs to read; a folder with nothing to read is an error entry. */
export async function expandInputs(inputs: readonly string[], lang: Lang): Promise<(string | ErrorEntry)[]> {
  const out: (string | ErrorEntry)[] = [];
  for (const input of inputs) {
    if (isUrl(input) || !(await isFolder(input))) {
      out.push(input);
      continue;
    }
    const files = await filesIn(input);
    if (files.length === 0) out.push({ source: input, error: { code: 'empty', message: cliText('emptyFolder', lang) } });
    out.push(...files);
  }
  return out;
}
