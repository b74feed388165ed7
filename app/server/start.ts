/**
 * `npm start`. Reads the settings first, then switches React and Remix to their production
 * code before anything loads them (several times faster and far leaner than their
 * development builds; the app is always served from a production build). Tripod's own
 * mode, local or production, stays the one NODE_ENV asked for (kept in TRIPOD_MODE).
 */
import { getEnvOrExit } from "../env.server";

const env = getEnvOrExit();
process.env.TRIPOD_MODE = env.NODE_ENV;
process.env.NODE_ENV = "production";

const { main } = await import("./main");
main(env).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Tripod could not start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);
