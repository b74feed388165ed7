/** Reading a PDF back in tests with pdf.js: each page's text, the page count and size, the metadata. */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export type PdfRead = { pages: number; text: string; info: Record<string, unknown>; width: number; height: number };

export async function readPdf(bytes: ArrayBuffer | Uint8Array): Promise<PdfRead> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const texts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      texts.push(content.items.map((i) => ("str" in i ? i.str : "")).join(" "));
    }
    const viewport = (await doc.getPage(1)).getViewport({ scale: 1 });
    return { pages: doc.numPages, text: texts.join("\n"), info: (await doc.getMetadata()).info as Record<string, unknown>, width: viewport.width, height: viewport.height };
  } finally {
    await doc.destroy();
  }
}
