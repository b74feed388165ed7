import pino from "pino";
import { getEnv } from "~/env.server";

/** Structured logs (JSON lines on stdout); level from LOG_LEVEL. */
export const log = pino({ level: getEnv().LOG_LEVEL, base: { app: "tripod" } });
