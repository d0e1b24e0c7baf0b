// A bot of a peer comparison as a child process (bench/peers/bot-child.ts), and the CPU time of
// it and of its PostgreSQL connections, so a figure per update counts all the work it causes.
import { type ChildProcess, fork } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type pg from "pg";

export type BotRole =
  | "telegram-bare"
  | "telegram-peer"
  | "telegram-adapter"
  | "discord-peer"
  | "discord-adapter"
  | "slack-peer"
  | "slack-adapter";

export interface BotSpec {
  role: BotRole;
  token: string;
  /** The platform's API base (Discord's gateway URL comes from its `GET /gateway/bot`). */
  apiRoot: string;
  /** Carries `application_name=<role>`, so the bench finds this bot's server processes. */
  databaseUrl: string;
  /** Slack's signing secret: the Slack bots are HTTP apps the fake posts to, signed with it. */
  signingSecret?: string;
}

export type ParentMessage = { type: "cpu" } | { type: "stop" };
export type ChildReply = { type: "ready"; endpoint?: string } | { type: "cpu"; micros: number };

export interface BotProcess {
  role: BotRole;
  /** Where an HTTP bot (Slack's) takes the platform's requests. */
  endpoint?: string;
  /** CPU time (µs) of the bot's process so far. */
  cpu(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * BENCH_ENGINE=replay, a diagnostic: peerbridge's engine runs each distinct command once and its
 * views are replayed after that (bench/peers/bot-child.ts), so its figures are the adapter's alone.
 */
export const ENGINE_REPLAYED = process.env.BENCH_ENGINE === "replay";

// Compiled benches fork the compiled child; under --tsx the source, with tsx's loader again.
const here = fileURLToPath(import.meta.url);
const CHILD = join(dirname(here), `bot-child${extname(here)}`);

export function withApplicationName(url: string, name: string): string {
  const named = new URL(url);
  named.searchParams.set("application_name", name);
  return named.toString();
}

export async function startBot(spec: BotSpec): Promise<BotProcess> {
  const child: ChildProcess = fork(CHILD, [JSON.stringify(spec)], {
    // BENCH_CPU_PROF=<dir> writes a CPU profile of each bot there (node --cpu-prof), to find causes.
    execArgv: [
      ...process.execArgv.filter((arg) => !arg.startsWith("--cpu-prof")),
      ...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    ],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = (type: ChildReply["type"]) =>
    new Promise<ChildReply>((resolve, reject) => {
      const onMessage = (message: ChildReply) => {
        if (message.type !== type) return;
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve(message);
      };
      const onExit = (code: number | null) => reject(new Error(`${spec.role} exited (${code})`));
      child.on("message", onMessage);
      child.once("exit", onExit);
    });
  const ready = await next("ready");
  return {
    role: spec.role,
    ...(ready.type === "ready" && ready.endpoint ? { endpoint: ready.endpoint } : {}),
    async cpu() {
      const reply = next("cpu");
      child.send({ type: "cpu" } satisfies ParentMessage);
      const message = await reply;
      return message.type === "cpu" ? message.micros : 0;
    },
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send({ type: "stop" } satisfies ParentMessage);
      await exited;
    },
  };
}

// Linux reports process times in clock ticks; 100 per second on every common kernel build.
const TICKS_PER_SECOND = 100;

/** Listens on a free port of 127.0.0.1 (unless already listening) and returns the URL of `path` there. */
export async function listening(server: Server, path: string): Promise<string> {
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
}

/** CPU time (µs) of each PostgreSQL server process serving connections named `name`. */
export async function serverCpu(admin: pg.Client, name: string): Promise<Map<number, number>> {
  const { rows } = await admin.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE application_name = $1",
    [name],
  );
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      // Fields after the command name (which is in parentheses): utime and stime are 14th and 15th.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]);
      out.set(pid, (ticks / TICKS_PER_SECOND) * 1e6);
    } catch {
      // The server is on another machine, or the connection just closed: nothing to count.
    }
  }
  return out;
}

/** CPU spent between two samples of serverCpu; a connection opened in between counts whole. */
export function serverCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, micros] of after) total += micros - (before.get(pid) ?? 0);
  return total;
}
