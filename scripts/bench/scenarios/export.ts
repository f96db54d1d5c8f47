import { performance } from "node:perf_hooks";
import { rssSampler } from "../lib/process-tree";
import type { ScenarioContext, ScenarioResult } from "./context";

export type ExportFigures = { path: string; ttfbMs: number; totalMs: number; bytes: number; serverPeakRssMb: number; serverRssBeforeMb: number; status: number };

const EXPORTS = ["/api/v1/export/entities.ftm.json", "/api/v1/export/claims.csv"];

/** Scenario 4: each export downloaded once (after a warm-up of a first byte): time to first byte, total, peak server memory. */
export async function exportScenario(ctx: ScenarioContext): Promise<ScenarioResult> {
  const results: ExportFigures[] = [];
  for (const path of EXPORTS) {
    // Warm the route (compile, first queries) without downloading everything.
    const w = await fetch(ctx.server.origin + path);
    await w.body?.cancel();
    await new Promise((r) => setTimeout(r, 1000));
    const sampler = rssSampler(ctx.server.pid, 50);
    const before = sampler.stop();
    const peak = rssSampler(ctx.server.pid, 50);
    const start = performance.now();
    const res = await fetch(ctx.server.origin + path);
    let ttfb = NaN;
    let bytes = 0;
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (Number.isNaN(ttfb)) ttfb = performance.now() - start;
      bytes += value.byteLength;
    }
    const total = performance.now() - start;
    const mb = (n: number) => Math.round(n / 2 ** 20);
    const f = { path, status: res.status, ttfbMs: Math.round(ttfb), totalMs: Math.round(total), bytes, serverRssBeforeMb: mb(before), serverPeakRssMb: mb(peak.stop()) };
    ctx.log(`export ${path}: first byte ${f.ttfbMs} ms, total ${(f.totalMs / 1000).toFixed(1)} s, ${(bytes / 2 ** 20).toFixed(0)} MB, server RSS ${f.serverRssBeforeMb} → peak ${f.serverPeakRssMb} MB`);
    results.push(f);
  }
  return { figures: [], facts: { exports: results } };
}
