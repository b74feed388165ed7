/**
 * The certificate as a PDF: one A4 landscape page drawn with pdfkit, in DejaVu Serif and Sans
 * (embedded, subset to the glyphs used: accents, Greek and Cyrillic names render). Streamed:
 * pdfkit is a Node stream, handed to the response as it is written.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import { PILLAR_HEX, PILLARS } from "~/course/pillars";
import { datesWording, ISSUER, sheetWords } from "./rules";
import type { CertificateView } from "./certificates.server";

const FONT_FILES = { serif: "DejaVuSerif.ttf", serifBold: "DejaVuSerif-Bold.ttf", sans: "DejaVuSans.ttf", sansBold: "DejaVuSans-Bold.ttf" } as const;

let fontDir: string | undefined;

/**
 * Where the DejaVu fonts are: resolved as a package from this module (works from the sources,
 * the tests and the built server in build/), else from the working directory's node_modules.
 */
export function dejaVuDir(): string {
  if (fontDir) return fontDir;
  const candidates: string[] = [];
  try {
    candidates.push(path.join(path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf"));
  } catch {
    // Not resolvable from here (an unusual layout): try the working directory next.
  }
  candidates.push(path.resolve("node_modules/dejavu-fonts-ttf/ttf"));
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, FONT_FILES.sans)));
  if (!found) throw new Error(`The DejaVu fonts were not found (looked in ${candidates.join(", ")}); is dejavu-fonts-ttf installed?`);
  return (fontDir = found);
}

const INK = "#1c2026";
const SOFT = "#4a5261";

/** Draws the certificate; the caller ends nothing: the document is ended here. */
function draw(doc: PDFKit.PDFDocument, c: CertificateView, verify: string): void {
  const dir = dejaVuDir();
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, path.join(dir, file));
  const { width, height } = doc.page;
  const margin = 36;
  // A double frame, and the three pillars' colours as a band across the top.
  doc.lineWidth(2).strokeColor(INK).rect(margin, margin, width - 2 * margin, height - 2 * margin).stroke();
  doc.lineWidth(0.75).rect(margin + 7, margin + 7, width - 2 * margin - 14, height - 2 * margin - 14).stroke();
  const band = (width - 2 * margin - 14) / 3;
  PILLARS.forEach((pillar, i) => doc.rect(margin + 7 + i * band, margin + 7, band, 6).fill(PILLAR_HEX[pillar].bar));

  const inner = width - 2 * 96;
  const line = (text: string, font: keyof typeof FONT_FILES, size: number, color: string, gap: number, options: PDFKit.Mixins.TextOptions = {}) => {
    doc.font(font).fontSize(size).fillColor(color).text(text, 96, doc.y, { width: inner, align: "center", ...options });
    doc.moveDown(gap);
  };
  const w = sheetWords(c, verify);
  doc.y = 92;
  line(ISSUER.toUpperCase(), "sansBold", 11, SOFT, 0.6, { characterSpacing: 4 });
  line("Certificate of Completion", "serif", 30, INK, 0.7);
  line("This certifies that", "sans", 12, SOFT, 0.5);
  // The name, as large as fits on one line.
  let size = 34;
  doc.font("serifBold");
  while (size > 16 && doc.fontSize(size).widthOfString(w.recipientName) > inner) size -= 1;
  line(w.recipientName, "serifBold", size, INK, 0.45);
  line("has completed", "sans", 12, SOFT, 0.4);
  line(w.courseTitle, "sansBold", 16, INK, 0.5);
  line(`with ${w.cohortTitle}, ${w.dates}`, "sans", 12.5, INK, 0.35);
  line(`${w.days}.`, "sans", 11, SOFT, 0);

  // Facilitators on the left, the date on the right, above a rule each, like signatures.
  const baseY = height - 170;
  const colW = 250;
  const left = 110;
  const right = width - 110 - colW;
  doc.lineWidth(0.75).strokeColor(SOFT);
  doc.moveTo(left, baseY).lineTo(left + colW, baseY).stroke();
  doc.moveTo(right, baseY).lineTo(right + colW, baseY).stroke();
  doc.font("sansBold").fontSize(12).fillColor(INK).text(w.facilitatorNames, left, baseY - 22, { width: colW, align: "center", height: 18, ellipsis: true });
  doc.font("sans").fontSize(9.5).fillColor(SOFT).text(w.facilitatorLabel, left, baseY + 6, { width: colW, align: "center" });
  doc.font("sansBold").fontSize(12).fillColor(INK).text(w.issuedOn, right, baseY - 22, { width: colW, align: "center" });
  doc.font("sans").fontSize(9.5).fillColor(SOFT).text("Issued", right, baseY + 6, { width: colW, align: "center" });

  doc.font("sans").fontSize(9).fillColor(SOFT).text(`Check that this certificate is genuine: ${verify}`, 60, height - 84, { width: width - 120, align: "center", link: verify });
}


/** The certificate's PDF as a web stream, with its metadata (Title, Author, Subject). */
export function certificatePdf(c: CertificateView, verify: string): ReadableStream<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 0,
    info: {
      Title: `Certificate of Completion: ${c.recipientName}`,
      Author: ISSUER,
      Subject: `${c.courseTitle}, ${c.cohortTitle} (${datesWording(c.startsOn, c.endsOn)})`,
      Keywords: "certificate, engineering leadership, Tripod",
      Creator: ISSUER,
      CreationDate: c.issuedAt,
    },
    lang: "en",
    displayTitle: true,
  });
  draw(doc, c, verify);
  doc.end();
  return Readable.toWeb(doc) as unknown as ReadableStream<Uint8Array>;
}
