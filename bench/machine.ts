import { availableParallelism, cpus, loadavg, platform, release, totalmem } from "node:os";
import pg from "pg";
import { postgresAdminUrl } from "./bench-database.js";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  postgres: string;
  date: string;
  /** 1-minute load average when the run started: other work on the machine skews tail latencies. */
  load: number;
}

/** The machine a run happened on: figures mean nothing without it. */
export async function describeMachine(): Promise<Machine> {
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    postgres: await postgresVersion(),
    date: new Date().toISOString(),
    load: loadavg()[0] ?? 0,
  };
}

async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: postgresAdminUrl(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const result = await client.query<{ server_version: string }>("SHOW server_version");
    return `PostgreSQL ${result.rows[0]?.server_version ?? "?"}`;
  } catch {
    return "PostgreSQL unreachable";
  } finally {
    await client.end().catch(() => {});
  }
}

export function machineLines(machine: Machine): string {
  return [
    `CPU:      ${machine.cpu}`,
    `Cores:    ${machine.cores}`,
    `Memory:   ${machine.memoryGiB} GiB`,
    `Node:     ${machine.node}`,
    `OS:       ${machine.os}`,
    `Database: ${machine.postgres} (127.0.0.1), PGlite embedded`,
    `Date:     ${machine.date}`,
    `Load:     ${machine.load.toFixed(2)} (1-min load average at the start of the run)`,
  ].join("\n");
}
