/** Writing a request body by hand: a string or buffer, or `{ size }` bytes streamed in 1 MB chunks (never held whole). */
import type http from "node:http";

export type RawBody = string | Buffer | { size: number };

export function writeBody(req: http.ClientRequest, body: RawBody | undefined): void {
  if (body && typeof body === "object" && !Buffer.isBuffer(body)) {
    const chunk = Buffer.alloc(1024 * 1024, "a");
    let left = body.size;
    const pump = () => {
      while (left > 0) {
        left -= chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  } else req.end(body);
}
