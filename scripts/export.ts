// npm run export -- --format ftm|csv [--out FILE] [--base-url https://nexus.example.org]
// Writes the published data set, as the API's /export endpoints serve it, to FILE (or to
// standard output). Against the embedded database this runs while the server is stopped
// (the data folder is locked), and says so when it is not.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import { migrateDatabase, openDatabase, optionsFromEnv } from "@/db/client";
import { DataDirLockedError } from "@/db/lock";
import { claimsCsv } from "@/lib/export/claims-csv";
import { ftmLines } from "@/lib/export/ftm";

const USAGE = `Usage:
  npm run export -- --format ftm|csv [--out FILE] [--base-url URL]
    ftm  published entities and relations as FollowTheMoney JSON lines
    csv  published claims, one row per citation
    URL  origin of the links inside the file (default: SITE_URL, else http://localhost:3000)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { format: { type: "string" }, out: { type: "string" }, "base-url": { type: "string" }, help: { type: "boolean" } },
    strict: true,
  });
  if (values.help || (values.format !== "ftm" && values.format !== "csv")) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const origin = originOf(values["base-url"] ?? process.env.SITE_URL ?? "http://localhost:3000");
  if (!origin) {
    console.error(`export: --base-url must be an http(s) URL.\n${USAGE}`);
    return 2;
  }

  const options = optionsFromEnv();
  const database = await openDatabase(options);
  try {
    await migrateDatabase(database, options);
    const chunks = values.format === "ftm" ? ftmLines(database.db, origin) : claimsCsv(database.db, origin);
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    let lines = 0;
    for await (const chunk of chunks) {
      lines += chunk.split("\n").length - 1;
      // Respect back-pressure, so a large export never piles up in memory.
      if (!out.write(chunk)) await once(out, "drain");
    }
    if (values.out) {
      out.end();
      await once(out, "finish");
      console.error(`Wrote ${lines} lines (${values.format}) to ${values.out}.`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null;
  } catch {
    return null;
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof DataDirLockedError) console.error(`export: ${err.message}`);
    else console.error(err);
    process.exit(1);
  },
);
