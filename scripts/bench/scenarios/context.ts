import type { Db } from "@/db/client";
import type { Figures } from "../lib/measure";
import type { Server } from "../lib/server";

/** What every scenario gets: the running server, the benchmark database, the run's settings. */
export type ScenarioContext = {
  server: Server;
  db: Db;
  concurrencies: number[];
  seconds: number;
  log: (line: string) => void;
};

export type ScenarioResult = { figures: Figures[]; facts: Record<string, unknown> };

/** Hits the paths a while, unmeasured: JIT, the public cache, PostgreSQL's buffers and plans. */
export async function warm(origin: string, paths: string[], rounds: number, headers: Record<string, string> = {}): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await Promise.all(paths.map(async (p) => (await fetch(origin + p, { headers })).arrayBuffer()));
  }
}
