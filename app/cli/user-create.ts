/**
 * `npm run user:create -- --email ada@example.org --name "Ada Lovelace" --role facilitator`
 * Creates a facilitator or an admin and says what it did. A bad or missing flag, or an
 * address that already has an account, exits 1 with a clear message.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { users } from "../../db/schema";
import { emailField } from "~/auth/forms";
import { getEnvOrExit } from "~/env.server";

const USAGE = 'usage: npm run user:create -- --email <address> --name "<full name>" --role <facilitator|admin>';

const flagsSchema = z.object({
  email: emailField,
  name: z.string({ error: "--name is required" }).trim().min(1, "--name must not be empty").max(120, "--name is too long"),
  role: z.enum(["facilitator", "admin"], { error: "--role must be facilitator or admin" }),
});

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

let values: Record<string, string | undefined>;
try {
  values = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } }, strict: true }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const flags = flagsSchema.safeParse(values);
if (!flags.success) {
  fail(flags.error.issues.map((i) => (i.path[0] === "email" ? `--email: ${i.message}` : i.message)).join("\n"));
}

const env = getEnvOrExit();
const db = openDatabase(path.resolve(env.DATABASE_URL));
migrateDatabase(db);
const existing = db.select({ role: users.role }).from(users).where(eq(users.email, flags.data.email)).get();
if (existing) {
  db.$client.close();
  fail(`${flags.data.email} already has an account (role: ${existing.role}); nothing was changed.`);
}
const created = db.insert(users).values({ email: flags.data.email, name: flags.data.name, role: flags.data.role }).returning({ id: users.id }).get();
db.$client.close();
console.log(`Created ${flags.data.role} ${flags.data.name} <${flags.data.email}> (user ${created.id}). They sign in at ${new URL("/login", env.APP_URL)} with that address.`);
