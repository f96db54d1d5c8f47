import postgres from "postgres";

/** The PostgreSQL server benchmarks use: BENCH_PG_URL, else DATABASE_URL, else the local development server. */
export function benchServerUrl(): string {
  return process.env.BENCH_PG_URL || process.env.DATABASE_URL || "postgres://nexus:nexus@127.0.0.1:5432/postgres";
}

/** The URL of database `name` on that server. */
export function databaseUrl(name: string): string {
  const url = new URL(benchServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Benchmark databases are named nexus_bench_*, so nothing else on the server is ever dropped. */
export function checkBenchName(name: string): string {
  if (!/^nexus_bench_[a-z0-9_]+$/.test(name)) throw new Error(`benchmark databases are named nexus_bench_*, not ${name}`);
  return name;
}

export async function recreateDatabase(name: string): Promise<void> {
  const admin = postgres(benchServerUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${checkBenchName(name)} with (force)`);
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
}
