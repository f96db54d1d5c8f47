// A write load for the kill test (test/faults/killed-mid-write.test.ts), run with tsx in a child process:
// opens the database of DATABASE_URL or DATA_DIR as the server would, then writes entities and claims
// through the domain functions, moving them through the workflow, and prints a line after each commit:
//   committed <entity_revisions|claim_revisions> <id>      (printed only once the transaction has committed)
// until it is killed. stdout to a pipe is synchronous on Linux, so a printed line was really committed first.
import { migrateDatabase, openDatabase, optionsFromEnv } from "@/db/client";
import { transitionRevision } from "@/lib/review/transition";
import { users, type Role } from "@/db/schema";
import { ctxFor, makeClaim, makeEntity } from "@/test/factories";

const options = optionsFromEnv();
const database = await openDatabase(options);
await migrateDatabase(database, options);
const db = database.db;
// Users of this run (the factories' counter restarts with every process, so their emails would repeat).
const user = async (role: Role) => {
  const [row] = await db.insert(users).values({ email: `load-${process.pid}-${role}@test.example`, name: `Load ${role}`, role }).returning();
  return { id: row!.id, role: row!.role };
};
const author = await user("contributor");
const reviewer = await user("reviewer");
const say = (line: string) => process.stdout.write(line + "\n");
say("ready");
for (let i = 0; ; i++) {
  const entity = await makeEntity(db, author, "firm", `Fault firm ${process.pid} ${i}`);
  say(`committed entity_revisions ${entity.revision.id}`);
  await transitionRevision(ctxFor(db, author), entity.revision.id, "submit");
  await transitionRevision(ctxFor(db, reviewer), entity.revision.id, "approve");
  const claim = await makeClaim(db, author, entity.slug);
  say(`committed claim_revisions ${claim.revision.id}`);
  await transitionRevision(ctxFor(db, author), claim.revision.id, "submit");
  if (i % 2 === 0) await transitionRevision(ctxFor(db, reviewer), claim.revision.id, "approve");
}
