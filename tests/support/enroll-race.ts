/**
 * Run as its own process by the race test: opens the database, waits for a shared start
 * instant, enrolls one person and prints the outcome as JSON.
 */
import { openDatabase } from "../../db/client";
import { enroll } from "~/cohorts/enrollment.server";

const [file, cohortId, email, startAt] = process.argv.slice(2) as [string, string, string, string];
const db = openDatabase(file);
while (Date.now() < Number(startAt)) {
  // Spin until the shared instant so both processes really run at once.
}
const result = enroll(db, Number(cohortId), { name: email.split("@")[0]!, email }, new Date());
db.$client.close();
process.stdout.write(JSON.stringify(result));
