/**
 * Reading a request body with a ceiling (pure of Express; works on any Node readable).
 * Nothing past the ceiling is kept in memory: the rest is read and dropped, so the client
 * can still be told "413" instead of seeing its connection cut mid-upload.
 */
import type { IncomingMessage } from "node:http";

export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyResult = { ok: true; body: Uint8Array<ArrayBuffer> } | { ok: false; status: 413 | 400; reason: string };

export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve({ ok: false, status: 413, reason: tooLarge(limit) });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on("data", (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.once("end", () => resolve(over ? { ok: false, status: 413, reason: tooLarge(limit) } : { ok: true, body: new Uint8Array(Buffer.concat(chunks, size)) }));
    req.once("error", () => resolve({ ok: false, status: 400, reason: "The request body could not be read." }));
  });
}

function tooLarge(limit: number): string {
  return `This request is too large: the most this site accepts is ${Math.round(limit / 1024).toLocaleString("en-GB")} KB.`;
}

/** The body types the app's forms send. */
export function isFormContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") return true;
  return type === "multipart/form-data" && /;\s*boundary=/i.test(contentType);
}
