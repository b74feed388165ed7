/** A page number from a query parameter (`?page=`, `?thread=`): 1 unless it is a sensible one. */
import { z } from "zod";

const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export function pageNumber(params: URLSearchParams, name: string): number {
  return pageSchema.parse(params.get(name) ?? 1);
}
