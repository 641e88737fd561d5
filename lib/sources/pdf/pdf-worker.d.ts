// pdf.js's worker module ships without types; read-pdf.ts only hands it to pdf.js whole.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
