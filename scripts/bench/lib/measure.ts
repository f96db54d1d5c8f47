import autocannon from "autocannon";
import { performance } from "node:perf_hooks";
import os from "node:os";
import { rssSampler } from "./process-tree";

export type Figures = {
  name: string;
  concurrency: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  /** Server process tree, peak resident memory during the run (MB). */
  serverPeakRssMb: number | null;
  /** 1-minute load average at the end of the run: how busy the shared machine was. */
  load1: number;
  bytesPerResponse?: number;
};

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summarize(name: string, concurrency: number, latencies: number[], seconds: number, errors: number, peakRss: number | null): Figures {
  const s = [...latencies].sort((a, b) => a - b);
  return {
    name, concurrency, seconds: round(seconds), requests: s.length, rps: round(s.length / seconds),
    p50: round(percentile(s, 50), 2), p95: round(percentile(s, 95), 2), p99: round(percentile(s, 99), 2), max: round(s.at(-1) ?? NaN, 2),
    errors, serverPeakRssMb: peakRss === null ? null : round(peakRss / 2 ** 20, 0), load1: round(os.loadavg()[0]!, 2),
  };
}

export type HttpLoad = {
  name: string;
  origin: string;
  /** Paths requested in turn by each connection. */
  paths: string[];
  connections: number;
  seconds: number;
  serverPid: number;
  headers?: Record<string, string>;
};

/**
 * autocannon at a fixed number of connections. Latencies are collected per response
 * (autocannon's own summary has no p95); non-2xx answers count as errors.
 */
export async function httpLoad(o: HttpLoad): Promise<Figures> {
  const latencies: number[] = [];
  let bytes = 0;
  const sampler = rssSampler(o.serverPid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: o.origin,
        connections: o.connections,
        duration: o.seconds,
        headers: o.headers,
        requests: o.paths.map((path) => ({ method: "GET", path })),
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client, _status, resBytes, responseTime) => {
      latencies.push(responseTime);
      bytes += resBytes;
    });
  });
  const peak = sampler.stop();
  const errors = result.errors + result.timeouts + result.non2xx;
  const f = summarize(o.name, o.connections, latencies, result.duration, errors, peak);
  return { ...f, bytesPerResponse: latencies.length ? Math.round(bytes / latencies.length) : 0 };
}

/** A closed loop: `concurrency` workers each run `task` back to back for `seconds`. */
export async function loopLoad(
  name: string,
  concurrency: number,
  seconds: number,
  task: (worker: number, i: number) => Promise<void>,
  serverPid: number | null,
): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: unknown = null;
  const sampler = serverPid ? rssSampler(serverPid) : null;
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = 0; performance.now() < end; i++) {
        const t = performance.now();
        try {
          await task(worker, i);
          latencies.push(performance.now() - t);
        } catch (err) {
          errors++;
          firstError ??= err;
        }
      }
    }),
  );
  if (firstError) console.error(`[bench] ${name}: ${errors} errors, first:`, (firstError as Error).message ?? firstError);
  return summarize(name, concurrency, latencies, (performance.now() - start) / 1000, errors, sampler ? sampler.stop() : null);
}
