import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Figures } from "./measure";

export type RunRecord = {
  date: string;
  label: string;
  commit: string;
  scale: string;
  machine: Record<string, unknown>;
  corpus: Record<string, unknown> | null;
  settings: { seconds: number; concurrencies: number[] };
  load: { before: number[]; after: number[] };
  scenarios: Record<string, { figures: Figures[]; facts: Record<string, unknown> }>;
};

const root = path.resolve(import.meta.dirname, "../../..");

export function writeJson(record: RunRecord): string {
  const dir = path.join(root, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${record.date.slice(0, 10)}-${record.scale}${record.label ? `-${record.label}` : ""}.json`);
  writeFileSync(file, JSON.stringify(record, null, 2) + "\n");
  return path.relative(root, file);
}

const cell = (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? "–" : String(n));

/** The run as Markdown, appended to docs/benchmarks.md under its date, scale and label. */
export function markdown(record: RunRecord, jsonFile: string): string {
  const m = record.machine;
  const lines = [
    "",
    `### ${record.date.slice(0, 16).replace("T", " ")} UTC · ${record.scale}${record.label ? ` · ${record.label}` : ""} · commit ${record.commit}`,
    "",
    `- Machine: ${m.cpu} × ${m.cores} cores, ${m.memoryGb} GB, ${m.os}; Node ${m.node}; PostgreSQL ${m.postgres}`,
    `- Load average (1/5/15 min) before ${record.load.before.join(" / ")}, after ${record.load.after.join(" / ")}; ${record.settings.seconds} s per measurement`,
    `- Corpus: ${record.corpus ? JSON.stringify(record.corpus) : "unknown"} · raw figures: \`${jsonFile}\``,
    "",
    "| scenario | measured | concurrency | req/s | p50 ms | p95 ms | p99 ms | errors | server peak RSS MB | load 1 min |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const [scenario, { figures }] of Object.entries(record.scenarios)) {
    for (const f of figures) {
      lines.push(`| ${scenario} | ${f.name} | ${f.concurrency} | ${cell(f.rps)} | ${cell(f.p50)} | ${cell(f.p95)} | ${cell(f.p99)} | ${f.errors} | ${cell(f.serverPeakRssMb)} | ${f.load1} |`);
    }
  }
  lines.push("");
  for (const [scenario, { facts }] of Object.entries(record.scenarios)) lines.push(`- ${scenario}: \`${JSON.stringify(facts)}\``);
  return lines.join("\n") + "\n";
}

export function appendReport(record: RunRecord, jsonFile: string): void {
  appendFileSync(path.join(root, "docs", "benchmarks.md"), markdown(record, jsonFile));
}
