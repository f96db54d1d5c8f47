// npm run bench -- [--scale medium] [--scenarios page,search,write,export,collab] [--seconds 10]
//                  [--concurrency 1,8,32] [--port 3200] [--label before] [--build] [--no-report]
// Starts the production server (scripts/server.mjs, as npm start) on nexus_bench_<scale> (seed it first with
// npm run bench:seed), warms it, measures each scenario, stops the server, and writes
// bench/results/<date>-<scale>[-label].json plus a table appended to docs/benchmarks.md.
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { instanceSettings } from "@/db/schema";
import { commitOf, loadAverage, machineFacts } from "./lib/machine";
import { appendReport, writeJson, type RunRecord } from "./lib/report";
import { ensureBuild, startServer } from "./lib/server";
import { checkBenchName, databaseUrl } from "./pg-server";
import type { ScenarioContext } from "./scenarios/context";
import { exportScenario } from "./scenarios/export";
import { pageScenario, saveStaticCopy } from "./scenarios/page";
import { searchScenario } from "./scenarios/search";
import { writeScenario } from "./scenarios/write";
import { collabScenario } from "./scenarios/collab";

const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "medium" },
    db: { type: "string" },
    scenarios: { type: "string" },
    seconds: { type: "string", default: "10" },
    concurrency: { type: "string", default: "1,8,32" },
    port: { type: "string", default: "3200" },
    label: { type: "string", default: "" },
    build: { type: "boolean" },
    "no-report": { type: "boolean" },
  },
});

async function main() {
  const name = checkBenchName(args.db ?? `nexus_bench_${args.scale}`);
  const url = databaseUrl(name);
  const scenarios = (args.scenarios ?? (args.scale === "large" ? "export" : "page,search,write,collab")).split(",");
  const concurrencies = args.concurrency!.split(",").map(Number);
  ensureBuild(Boolean(args.build));
  const database = await openDatabase({ driver: "postgres", url, max: 4 });
  const [corpusRow] = await database.db.select().from(instanceSettings).where(eq(instanceSettings.key, "bench_corpus"));
  if (scenarios.includes("page")) {
    const first = await startServer(url, Number(args.port));
    try {
      await saveStaticCopy({ db: database.db, server: first });
    } finally {
      await first.stop();
    }
  }
  const loadBefore = loadAverage();
  const server = await startServer(url, Number(args.port));
  const log = (line: string) => console.error(`[bench] ${line}`);
  log(`server pid ${server.pid} on ${server.origin}, database ${name}, load ${loadBefore.join(" / ")}`);
  const record: RunRecord = {
    date: new Date().toISOString(),
    label: args.label!,
    commit: commitOf(),
    scale: args.scale!,
    machine: await machineFacts(database.db),
    corpus: corpusRow ? (JSON.parse(corpusRow.value) as Record<string, unknown>) : null,
    settings: { seconds: Number(args.seconds), concurrencies },
    load: { before: loadBefore, after: [] },
    scenarios: {},
  };
  const ctx: ScenarioContext = { server, db: database.db, concurrencies, seconds: Number(args.seconds), log };
  try {
    for (const s of scenarios) {
      if (s === "page") record.scenarios.page = await pageScenario(ctx);
      else if (s === "search") record.scenarios.search = await searchScenario(ctx, url);
      else if (s === "write") record.scenarios.write = await writeScenario(ctx, concurrencies.filter((c) => c <= 8));
      else if (s === "export") record.scenarios.export = await exportScenario(ctx);
      else if (s === "collab") record.scenarios.collab = await collabScenario(ctx);
      else throw new Error(`unknown scenario ${s}`);
    }
  } finally {
    await server.stop();
    await database.close();
  }
  record.load.after = loadAverage();
  const file = writeJson(record);
  if (!args["no-report"]) appendReport(record, file);
  log(`wrote ${file}${args["no-report"] ? "" : " and appended docs/benchmarks.md"}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
