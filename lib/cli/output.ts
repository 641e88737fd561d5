// The batch's one output, in the format asked for: text, JSON or CSV on standard output, or a
// workbook file (its library loaded only then).
import { writeFile } from 'node:fs/promises';
import { format } from '../i18n/lang';
import { toBatchCsv } from '../export/batch-csv';
import type { BatchEntry } from '../export/batch-entry';
import { isErrorEntry } from '../export/batch-entry';
import type { AuditResult } from '../result/schema';
import type { Args } from './args';
import { formatBatchText } from './format-text';
import { cliText } from './messages';

interface Out {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Writes the output; false when the workbook file could not be written (said on standard error). */
export async function writeOutput(entries: readonly BatchEntry[], args: Args, io: Out): Promise<boolean> {
  switch (args.format) {
    case 'json':
      io.out(JSON.stringify(entries, null, 2));
      return true;
    case 'csv':
      io.out(toBatchCsv(entries, args.lang));
      return true;
    case 'xlsx': {
      const { buildWorkbook } = await import('../export/workbook');
      try {
        await writeFile(args.xlsxFile!, await buildWorkbook(entries, args.lang));
      } catch (e) {
        const detail = (e as { code?: string }).code ?? String(e);
        io.err(`xxgk-audit: ${format(cliText('cannotWrite', args.lang), { file: args.xlsxFile, detail })}`);
        return false;
      }
      const reports = entries.filter((e): e is AuditResult => !isErrorEntry(e));
      const findings = reports.reduce((n, e) => n + e.findings.length, 0);
      io.out(format(cliText('wroteXlsx', args.lang), { file: args.xlsxFile, reports: reports.length, findings }));
      return true;
    }
    case 'text':
      io.out(formatBatchText(entries, args.lang));
      return true;
  }
}
