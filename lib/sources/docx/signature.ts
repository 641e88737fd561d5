// How a .docx is told from its bytes, apart from the reader so that telling costs no unzip library.

export const DOCUMENT_PART = 'word/document.xml';

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
