import { readdirSync, readFileSync } from "node:fs";

/** The pid and all its descendants, from /proc (Linux). the server may fork workers: count them all. */
export function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const children = readFileSync(`/proc/${p}/task/${tid}/children`, "utf8").trim();
        if (children) out.push(...children.split(/\s+/).map(Number));
      } catch {
        /* the task ended meanwhile */
      }
    }
  }
  return out;
}

/** Resident memory of a process tree in bytes (VmRSS of each, summed). */
export function treeRss(pid: number): number {
  let total = 0;
  for (const p of processTree(pid)) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      /* gone */
    }
  }
  return total;
}

/** Samples a tree's RSS every `everyMs` until stopped; returns the peak seen. */
export function rssSampler(pid: number, everyMs = 100) {
  let peak = treeRss(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, everyMs);
  return {
    stop(): number {
      clearInterval(timer);
      return Math.max(peak, treeRss(pid));
    },
  };
}
