// Runs one benchmark in this (child) process and hands its figures to the parent runner over IPC.
import { benches } from "./benches.js";
import { type Figure, textFigure } from "./figures.js";

const name = process.argv[2];
const bench = benches.find((b) => b.name === name);
if (!bench || !process.send) {
  console.error(`child-entry: unknown bench ${name ?? "(none)"} or no IPC channel`);
  process.exit(2);
}
const progress = (line: string) => process.stderr.write(`  [${bench.name}] ${line}\n`);
let figures: Figure[];
try {
  figures = await bench.run(progress);
} catch (error) {
  progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  figures = [textFigure(bench.name, "run", `error: ${message.slice(0, 160)}`, "ERROR")];
}
await new Promise<void>((resolve) => {
  process.send?.({ type: "figures", figures }, undefined, undefined, () => resolve());
});
// Pools and timers a bench left open must not keep the child alive once its figures are sent.
process.exit(0);
