// `npm run bench [-- <name>…]`: runs the benchmarks of issue 8 and prints every figure beside its
// target, with the machine it ran on. Never part of `npm test`.
import { fork, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { projectPath } from "../core/project-root.js";
import type { Bench } from "./bench.js";
import { adminQuery } from "./bench-database.js";
import { benches } from "./benches.js";
import { type Figure, table, textFigure } from "./figures.js";
import { describeMachine, machineLines } from "./machine.js";

// Isolated benches run compiled, under plain node like `npm start`: under tsx, its loader alone
// adds some 80 MB of RSS, which would blur the memory figures. The build goes where Node still
// resolves the project's packages and git does not look, one directory per run, since engineers
// share this machine and may run benches at the same time.
const BUILD_DIR = projectPath("node_modules", ".cache", `peerbridge-bench-${process.pid}`);

interface ChildRuntime {
  entry: string;
  execArgv: string[];
}

function prepareChildRuntime(forceTsx: boolean): ChildRuntime {
  const fromSources = {
    entry: projectPath("bench", "child-entry.ts"),
    execArgv: ["--expose-gc", "--import", "tsx"],
  };
  if (forceTsx) return fromSources;
  const tsc = spawnSync(
    projectPath("node_modules", ".bin", "tsc"),
    ["-p", projectPath("bench", "tsconfig.json"), "--outDir", BUILD_DIR],
    { encoding: "utf8" },
  );
  const entry = join(BUILD_DIR, "bench", "child-entry.js");
  if (tsc.status !== 0) {
    const errors = `${tsc.stdout}${tsc.stderr}`.trim().split("\n").slice(0, 5).join("\n");
    console.warn(`Type errors while compiling the benches (they still run):\n${errors}\n`);
  }
  if (!existsSync(entry)) {
    console.warn(
      "Could not compile the benches; running them from sources with tsx (RSS figures include tsx).\n",
    );
    return fromSources;
  }
  return { entry, execArgv: ["--expose-gc", "--enable-source-maps"] };
}

interface ChildMessage {
  type: "figures" | "database";
  figures?: Figure[];
  name?: string;
}

let interrupted = false;

/** Runs a bench in a child `node --expose-gc`, then drops any database it announced and left behind. */
function runIsolated(bench: Bench, runtime: ChildRuntime): Promise<Figure[]> {
  return new Promise((resolve) => {
    const child = fork(runtime.entry, [bench.name], {
      // BENCH_CPU_PROF=<dir>: a CPU profile of the bench's process too (and of each bot it starts).
      execArgv: [
        ...runtime.execArgv,
        ...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      ],
      // As the Procfile runs production: two malloc arenas keep a long-running process's RSS flat.
      env: { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let figures: Figure[] | undefined;
    const databases: string[] = [];
    child.on("message", (message: ChildMessage) => {
      if (message.type === "figures" && message.figures) figures = message.figures;
      if (message.type === "database" && message.name) databases.push(message.name);
    });
    child.on("exit", async (code, signal) => {
      for (const name of databases) {
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      }
      resolve(
        figures ?? [
          textFigure(
            bench.name,
            "run",
            `child exited (${signal ?? `code ${code}`}) without figures`,
            "ERROR",
          ),
        ],
      );
    });
  });
}

async function main(): Promise<number> {
  const flags = process.argv.slice(2).filter((arg) => arg.startsWith("-"));
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
  const unknown = wanted.filter((name) => !benches.some((b) => b.name === name));
  if (unknown.length > 0) {
    console.error(
      `Unknown bench: ${unknown.join(", ")}. Available: ${benches.map((b) => b.name).join(", ")}`,
    );
    return 2;
  }
  const selected = wanted.length > 0 ? benches.filter((b) => wanted.includes(b.name)) : benches;
  const runtime = prepareChildRuntime(flags.includes("--tsx"));
  const machine = await describeMachine();
  console.log(`peerbridge benchmarks (issue 8)\n\n${machineLines(machine)}\n`);
  // Ctrl-C reaches the children too (same process group); let them die, clean up, then stop.
  process.on("SIGINT", () => {
    interrupted = true;
  });
  const figures: Figure[] = [];
  const started = performance.now();
  for (const bench of selected) {
    if (interrupted) break;
    console.log(`${bench.title} [${bench.name}]`);
    const benchStarted = performance.now();
    const progress = (line: string) => console.log(`  [${bench.name}] ${line}`);
    const result = bench.isolated ? await runIsolated(bench, runtime) : await bench.run(progress);
    figures.push(...result);
    console.log(`  [${bench.name}] done in ${((performance.now() - benchStarted) / 1000).toFixed(1)} s\n`);
  }
  console.log(
    `${machineLines(machine)}\nTotal time: ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
  console.log(table(figures));
  const misses = figures.filter((f) => f.verdict === "MISS").length;
  const errors = figures.filter((f) => f.verdict === "ERROR").length;
  const passes = figures.filter((f) => f.verdict === "PASS").length;
  console.log(`\n${passes} met, ${misses} missed, ${errors} errors.`);
  if (interrupted) return 130;
  // A missed target is a finding, not a failure of the run; a bench that could not measure is.
  return errors > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} finally {
  rmSync(BUILD_DIR, { recursive: true, force: true });
}
