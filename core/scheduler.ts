import cron from "node-cron";
import type { Engine } from "./engine.js";

/**
 * Ticks the engine once a minute. node-cron skips a tick while the previous one still runs, so a
 * slow minute never piles up work.
 */
export function startScheduler(engine: Engine): { stop(): Promise<void> } {
  const task = cron.schedule("* * * * *", () => engine.tick().then(() => undefined), { noOverlap: true });
  return {
    async stop() {
      await task.stop();
    },
  };
}
