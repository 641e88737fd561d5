// The parts of a .docx package the source reads, unzipped with fflate. A file that is not a ZIP,
// a damaged or truncated one, one without word/document.xml, or one that would unpack to more than
// the limit answers with an UnreadableDocument.
import { unzipSync } from 'fflate';
import { DOCUMENT_TEXT } from '../../i18n/documents';
import { UnreadableDocument } from '../unreadable';
import { DOCUMENT_PART, isZip } from './signature';

const PARTS = new Set([DOCUMENT_PART, 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml', 'docProps/custom.xml']);
/** What the parts read may unpack to, all together. */
const MAX_UNPACKED = 256 * 1024 * 1024;

export type DocxParts = Readonly<Record<string, Uint8Array>>;

export function unpackDocx(bytes: Uint8Array): DocxParts {
  if (!isZip(bytes)) throw new UnreadableDocument('unsupported', DOCUMENT_TEXT.notDocx);
  let unpacked = 0;
  let parts: DocxParts;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        if (!PARTS.has(file.name)) return false;
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED) throw new UnreadableDocument('too-large', DOCUMENT_TEXT.docxTooLarge);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof UnreadableDocument) throw e;
    throw new UnreadableDocument('unsupported', DOCUMENT_TEXT.docxDamaged);
  }
  if (!parts[DOCUMENT_PART]) throw new UnreadableDocument('unsupported', DOCUMENT_TEXT.zipNotWord);
  return parts;
}
