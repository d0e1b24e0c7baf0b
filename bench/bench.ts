import type { Figure } from "./figures.js";

export interface Bench {
  /** What `npm run bench -- <name>` selects. */
  name: string;
  /** The item this bench answers. */
  title: string;
  /**
   * Run in a child process of its own (`node --expose-gc`): memory figures then belong to this
   * bench alone, and a crash cannot take the other benches down.
   */
  isolated: boolean;
  run(progress: (line: string) => void): Promise<Figure[]>;
}

/** Full garbage collections until the heap stops shrinking: memory samples then mean live data. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  let before = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    gc();
    const used = process.memoryUsage().heapUsed;
    if (used >= before * 0.99) break;
    before = used;
  }
}

export function canCollectGarbage(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === "function";
}
