// npm run backup -- --out FILE      PostgreSQL (DATABASE_URL): pg_dump custom format; embedded (DATA_DIR): a PGlite data dump
// npm run restore -- --in FILE      replaces the database with the backup (embedded: the old data is moved aside, not deleted)
// The embedded database is locked while the server runs: stop it first (the command says so if you forget).
import path from "node:path";
import { parseArgs } from "node:util";
import { backupEmbedded, backupPostgres, restoreEmbedded, restorePostgres } from "@/db/backup";
import { optionsFromEnv } from "@/db/client";
import { DataDirLockedError } from "@/db/lock";

const USAGE = `Usage:
  npm run backup -- --out FILE
  npm run restore -- --in FILE`;

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({ args: rest, options: { out: { type: "string" }, in: { type: "string" } }, strict: true });
  const options = optionsFromEnv();
  const where = options.driver === "postgres" ? `PostgreSQL at ${new URL(options.url).host}` : `the embedded database in ${options.driver === "pglite" ? options.dataDir : "memory"}`;
  if (command === "backup" && values.out) {
    const out = path.resolve(values.out);
    if (options.driver === "postgres") await backupPostgres(options.url, out);
    else if (options.driver === "pglite") await backupEmbedded(options.dataDir, out);
    console.log(`Backed up ${where} to ${out}.`);
    return 0;
  }
  if (command === "restore" && values.in) {
    const input = path.resolve(values.in);
    if (options.driver === "postgres") await restorePostgres(input, options.url);
    else if (options.driver === "pglite") {
      const { previous } = await restoreEmbedded(input, options.dataDir);
      if (previous) console.log(`The data it replaced is kept in ${previous}.`);
    }
    console.log(`Restored ${where} from ${input}.`);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`${process.argv[2] ?? "backup"}: ${err instanceof DataDirLockedError || err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
