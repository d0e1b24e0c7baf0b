// Issue 8, item 6: time from launch to ready, on PGlite and on PostgreSQL. The process is the
// real entry point in console mode (no platform tokens); "ready" is the moment its answer to
// `/help`, written on stdin before launch, reaches stdout.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectPath } from "../core/project-root.js";
import type { Bench } from "./bench.js";
import { emptyPostgres } from "./bench-database.js";
import { type Figure, figure, median, textFigure } from "./figures.js";

const NAME = "startup";
const READY = "Commands you can use";
const TIMEOUT_MS = 120_000;
const WARM_RUNS = 3;

type Backend = "PGlite" | "PostgreSQL";
const FIRST: Record<Backend, string> = {
  PGlite: "new data dir: initdb + migrations",
  PostgreSQL: "empty database: migrations",
};

interface Launcher {
  label: string;
  args: string[];
}

function launchers(): Launcher[] {
  // Absolute, because the process runs in a scratch directory (see `launch`).
  const tsx = import.meta.resolve("tsx");
  const list: Launcher[] = [
    { label: "tsx bots/main.ts", args: ["--import", tsx, projectPath("bots", "main.ts")] },
  ];
  const compiled = projectPath("dist", "bots", "main.js");
  if (existsSync(compiled)) list.push({ label: "dist/bots/main.js (npm start)", args: [compiled] });
  return list;
}

/** Milliseconds from spawn to the /help answer on stdout. */
function launch(launcher: Launcher, env: Record<string, string>): Promise<number> {
  // A scratch working directory: a developer's .env (with platform tokens) must not be read.
  const cwd = mkdtempSync(join(tmpdir(), "peerbridge-startup-"));
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
  for (const name of ["TELEGRAM_BOT_TOKEN", "DISCORD_TOKEN", "SLACK_BOT_TOKEN"]) delete childEnv[name];
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let child: ChildProcess;
    try {
      child = spawn(process.execPath, launcher.args, { cwd, env: childEnv, stdio: ["pipe", "pipe", "pipe"] });
    } catch (error) {
      rmSync(cwd, { recursive: true, force: true });
      reject(error);
      return;
    }
    let output = "";
    let ready: number | undefined;
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (ready === undefined && output.includes(READY)) ready = performance.now() - started;
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      rmSync(cwd, { recursive: true, force: true });
      if (ready !== undefined) resolve(ready);
      else reject(new Error(`no /help answer (exit ${signal ?? code}): ${output.slice(-300)}`));
    });
    // End of input after /help: the console bot answers, then quits.
    child.stdin?.end("/help\n");
  });
}

async function startUps(
  launcher: Launcher,
  backend: Backend,
  env: () => Promise<{ env: Record<string, string>; cleanup(): Promise<void> }>,
  progress: (line: string) => void,
): Promise<Figure[]> {
  const target = await env();
  try {
    const first = await launch(launcher, target.env);
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push(await launch(launcher, target.env));
    progress(
      `${launcher.label} on ${backend}: first ${first.toFixed(0)} ms, then ${warm.map((t) => t.toFixed(0)).join(", ")} ms`,
    );
    return [
      figure(NAME, `${launcher.label}, ${backend}, first start (${FIRST[backend]})`, first / 1000, "s"),
      figure(
        NAME,
        `${launcher.label}, ${backend}, existing data (median of ${WARM_RUNS})`,
        median(warm) / 1000,
        "s",
      ),
    ];
  } finally {
    await target.cleanup();
  }
}

export const startupBench: Bench = {
  name: NAME,
  title: "6. Start-up: launch to ready (console mode), PGlite and PostgreSQL",
  isolated: true,
  async run(progress) {
    const figures: Figure[] = [];
    for (const launcher of launchers()) {
      if (launcher.args[0]?.endsWith("main.js")) {
        const built = statSync(launcher.args[0]).mtime.toISOString();
        progress(`${launcher.label} built ${built} (run \`npm run build\` first to measure current code)`);
      }
      const runs: [Backend, () => Promise<{ env: Record<string, string>; cleanup(): Promise<void> }>][] = [
        [
          "PGlite",
          async () => {
            const dir = mkdtempSync(join(tmpdir(), "peerbridge-startup-data-"));
            return {
              env: { PEERBRIDGE_DATA_DIR: join(dir, "data") },
              cleanup: async () => rmSync(dir, { recursive: true, force: true }),
            };
          },
        ],
        [
          "PostgreSQL",
          async () => {
            const db = await emptyPostgres();
            return { env: { DATABASE_URL: db.url }, cleanup: () => db.drop() };
          },
        ],
      ];
      for (const [backend, env] of runs) {
        try {
          figures.push(...(await startUps(launcher, backend, env, progress)));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          figures.push(
            textFigure(NAME, `${launcher.label}, ${backend}`, `error: ${message.slice(0, 160)}`, "ERROR"),
          );
        }
      }
    }
    return figures;
  },
};
